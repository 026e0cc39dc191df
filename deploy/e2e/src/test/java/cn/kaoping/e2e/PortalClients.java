package cn.kaoping.e2e;

import java.net.http.HttpRequest;
import java.util.function.Consumer;

/**
 * The portal's side of the contract (issue 12): the clients openapi-generator makes from the services' OpenAPI
 * documents at build time, configured as a portal would configure them (base URL, the officer's bearer token).
 */
final class PortalClients {

    private PortalClients() {
    }

    static cn.kaoping.portal.evaluation.client.ApiClient evaluation(String baseUrl, String token) {
        var client = new cn.kaoping.portal.evaluation.client.ApiClient();
        client.updateBaseUri(baseUrl);
        return client.setRequestInterceptor(bearer(token));
    }

    static cn.kaoping.portal.publicity.client.ApiClient publicity(String baseUrl, String token) {
        var client = new cn.kaoping.portal.publicity.client.ApiClient();
        client.updateBaseUri(baseUrl);
        return client.setRequestInterceptor(bearer(token));
    }

    private static Consumer<HttpRequest.Builder> bearer(String token) {
        return request -> request.header("Authorization", "Bearer " + token);
    }
}
