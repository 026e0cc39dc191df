package cn.kaoping.publicity.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** REST calls of the tests. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", token);
    }

    /** The live list of a month as a reviewer sees it (all officers). */
    public static JsonPath liveList(YearMonth month) {
        return as(Tokens.reviewer()).queryParam("size", 500)
                .get("/api/v1/monthly-lists/{month}", month.toString())
                .then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath version(YearMonth month, int version) {
        return as(Tokens.reviewer()).queryParam("size", 500).queryParam("version", version)
                .get("/api/v1/monthly-lists/{month}", month.toString())
                .then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath publish(YearMonth month) {
        return as(Tokens.reviewer()).post("/api/v1/monthly-lists/{month}/publication", month.toString())
                .then().statusCode(201).extract().jsonPath();
    }

    /** An officer's line of a list, or null. */
    public static Map<String, Object> officer(JsonPath list, String officerId) {
        List<Map<String, Object>> officers = list.getList("officers");
        return officers.stream().filter(o -> officerId.equals(o.get("officerId"))).findFirst().orElse(null);
    }

    public static Map<String, Object> unit(JsonPath list, String unitId) {
        List<Map<String, Object>> units = list.getList("units");
        return units.stream().filter(u -> unitId.equals(u.get("unitId"))).findFirst().orElse(null);
    }

    /** A JSON number as a decimal (RestAssured reads them as float/double/int). */
    public static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
