package cn.kaoping.incentive;

import static io.restassured.RestAssured.given;

import cn.kaoping.servers.Infrastructure;
import cn.kaoping.web.security.Roles;
import io.restassured.specification.RequestSpecification;

/** Requests as the users of the tests make them. */
final class Api {

    private Api() {
    }

    static RequestSpecification as(String subject, String unitId, String... roles) {
        return given().auth().oauth2(Infrastructure.shared().tokens().mint(subject, unitId, roles))
                .header("Accept-Language", "zh");
    }

    static RequestSpecification admin() {
        return as("admin-1", null, Roles.ADMIN);
    }

    static RequestSpecification reviewer() {
        return as("reviewer-1", "brigade", Roles.REVIEWER);
    }

    static RequestSpecification leadership() {
        return as("leader-1", "bureau-leadership", Roles.LEADERSHIP);
    }

    static RequestSpecification legalOfficer(String unitId) {
        return as("legal-" + unitId, unitId, Roles.UNIT_LEGAL_OFFICER);
    }

    static RequestSpecification officer(String officerId, String unitId) {
        return as(officerId, unitId, Roles.OFFICER);
    }
}
