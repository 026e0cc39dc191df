package cn.kaoping.e2e;

import cn.kaoping.contracts.Json;
import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One service's HTTP API as the scenario uses it: JSON in and out (read with the contracts' mapper, so that
 * points stay exact decimals), a bearer token per call, and a readable failure naming the request and the
 * answer when the status is not the one expected.
 */
final class Api {

    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 10_000)
            .setParam("http.socket.timeout", 120_000));

    private final String baseUrl;

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    JsonNode get(String path, String token) {
        return json(expect("GET", path, 200, request(token).get(path)));
    }

    JsonNode get(String path, String token, Map<String, ?> query) {
        return json(expect("GET", path + " " + query, 200, request(token).queryParams(query).get(path)));
    }

    JsonNode post(String path, String token, Object body, int expectedStatus) {
        RequestSpecification request = request(token);
        if (body != null) {
            request = request.contentType("application/json").body(bytes(body));
        }
        return json(expect("POST", path, expectedStatus, request.post(path)));
    }

    JsonNode put(String path, String token, Object body, int expectedStatus) {
        RequestSpecification request = request(token).contentType("application/json").body(bytes(body));
        return json(expect("PUT", path, expectedStatus, request.put(path)));
    }

    /** A page of the legal web page (no token: pages are public on the intranet), as UTF-8 text. */
    String page(String path) {
        return page(path, null);
    }

    /** A page as the holder of this token sees it (live, unpublished data needs one). */
    String page(String path, String token) {
        Response response = request(token).accept("text/html").get(path);
        expect("GET", path, 200, response);
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }

    private RequestSpecification request(String token) {
        RequestSpecification request = RestAssured.given().config(CONFIG).baseUri(baseUrl).accept("application/json");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private Response expect(String method, String path, int status, Response response) {
        if (response.statusCode() != status) {
            throw new AssertionError(method + " " + baseUrl + path + " answered " + response.statusCode() + " (expected "
                    + status + "): " + new String(response.asByteArray(), StandardCharsets.UTF_8));
        }
        return response;
    }

    private static JsonNode json(Response response) {
        byte[] body = response.asByteArray();
        if (body.length == 0) {
            return Json.mapper().nullNode();
        }
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
        }
    }

    private static byte[] bytes(Object body) {
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
