package cn.kaoping.evaluation.support;

import static cn.kaoping.evaluation.support.Api.as;
import static cn.kaoping.evaluation.support.Api.unique;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The people and files of a test, made through the API as users make them: units and officers registered by an
 * ADMIN, each officer with a token carrying his id, unit and roles. Every key is unique, so tests share one
 * database and one running service.
 */
public final class Bureau {

    private final String admin = Api.admin();

    public record Unit(String id, String code, String name) {
    }

    public record Officer(String id, String name, String unitId, String token) {
    }

    public String admin() {
        return admin;
    }

    public Unit unit(String name) {
        String code = "U-" + unique();
        JsonPath unit = as(admin).body(Map.of("code", code, "name", name))
                .post("/api/v1/units").then().statusCode(201).extract().jsonPath();
        return new Unit(unit.getString("id"), code, name);
    }

    public Officer officer(Unit unit, String name, String... roles) {
        JsonPath officer = as(admin)
                .body(Map.of("policeNumber", "P" + unique(), "name", name, "unitId", unit.id(), "roles", List.of(roles)))
                .post("/api/v1/officers").then().statusCode(201).extract().jsonPath();
        String id = officer.getString("id");
        return new Officer(id, name, unit.id(), Api.tokens().mint(id, unit.id(), roles));
    }

    /** A unique case number. */
    public static String caseNumber() {
        return "测公（治）行罚决字〔2017〕" + unique() + "号";
    }

    /** The body of a registration. */
    public static Map<String, Object> newCaseFile(String caseNumber, Unit unit, Officer primary, LocalDate closedOn,
                                                  Officer... coHandlers) {
        List<String> coHandlerIds = new ArrayList<>();
        for (Officer coHandler : coHandlers) {
            coHandlerIds.add(coHandler.id());
        }
        return Map.of("caseNumber", caseNumber, "kind", "ADMINISTRATIVE_PENALTY", "unitId", unit.id(),
                "primaryOfficerId", primary.id(), "coHandlerIds", coHandlerIds, "closedOn", closedOn.toString());
    }

    /** Registers a file as the unit's legal officer; returns its id. */
    public static String register(Officer legalOfficer, Unit unit, Officer primary, LocalDate closedOn,
                                  Officer... coHandlers) {
        return as(legalOfficer.token()).body(newCaseFile(caseNumber(), unit, primary, closedOn, coHandlers))
                .post("/api/v1/case-files").then().statusCode(201).extract().path("id");
    }

    /** A finding as the API takes it. */
    public static Map<String, Object> finding(String itemCode, String points, String note) {
        return points == null ? Map.of("itemCode", itemCode, "note", note)
                : Map.of("itemCode", itemCode, "points", new BigDecimal(points), "note", note);
    }

    public static Map<String, Object> findings(Map<?, ?>... findings) {
        return Map.of("findings", List.of(findings));
    }
}
