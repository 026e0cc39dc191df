package cn.kaoping.evaluation.support;

import static io.restassured.RestAssured.given;

import cn.kaoping.servers.Infrastructure;
import cn.kaoping.servers.TokenMinter;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.UUID;

/** Requests to the running service as a given caller, with tokens of the test kit's keys. */
public final class Api {

    private Api() {
    }

    public static TokenMinter tokens() {
        return Infrastructure.shared().tokens();
    }

    /** A request with a bearer token, JSON in and out. */
    public static RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    /** A request without any token. */
    public static RequestSpecification anonymous() {
        // Points are decimals: read them as BigDecimal, never as float.
        return given().config(RestAssured.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** An administrator of no unit. */
    public static String admin() {
        return tokens().mint("admin-" + UUID.randomUUID(), null, "ADMIN");
    }

    /** Leadership of no unit. */
    public static String leadership() {
        return tokens().mint("leader-" + UUID.randomUUID(), "bureau-leadership", "LEADERSHIP");
    }

    /** A short unique suffix for business keys (case numbers, codes, police numbers). */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Points as the API writes them ("5.0"). */
    public static BigDecimal points(String value) {
        return new BigDecimal(value).setScale(1);
    }
}
