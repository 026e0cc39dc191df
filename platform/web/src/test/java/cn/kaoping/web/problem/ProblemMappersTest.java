package cn.kaoping.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.contracts.Json;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** The answers of the mappers, called as Quarkus calls them, without a server. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers(
            new ProblemResponses(new Problems(ProblemMessages.load(getClass().getClassLoader()))));
    private final HttpHeaders chinese = RequestHeaders.acceptLanguage("zh-CN");
    private final HttpHeaders english = RequestHeaders.acceptLanguage("en-US,en;q=0.9");

    private static JsonNode body(Response response) {
        return Json.read((String) response.getEntity(), JsonNode.class);
    }

    @Test
    void our_exception_becomes_a_problem_json_answer_in_chinese_by_default() {
        Response response = mappers.problem(new NotFoundException("probe.missing", "2017-001"), null);

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getHeaderString(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("zh");
        assertThat(body(response).get("detail").asText()).isEqualTo("案件 2017-001 不存在。");
        assertThat(body(response).get("errors").isArray()).isTrue();
    }

    @Test
    void the_answer_is_in_english_on_request() {
        Response response = mappers.problem(new NotFoundException("probe.missing", "2017-001"), english);

        assertThat(response.getHeaderString(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
        assertThat(body(response).get("title").asText()).isEqualTo("Not found");
    }

    @Test
    void no_or_an_invalid_token_is_a_401_problem_with_a_bearer_challenge() {
        for (RuntimeException failure : new RuntimeException[] {new UnauthorizedException(),
                new AuthenticationFailedException("bad signature")}) {
            Response response = mappers.unauthenticated(failure, chinese);

            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
            assertThat(body(response).get("code").asText()).isEqualTo("UNAUTHENTICATED");
            assertThat(body(response).get("title").asText()).isEqualTo("未登录");
        }
    }

    @Test
    void a_role_that_does_not_allow_the_endpoint_is_a_403_problem() {
        Response response = mappers.forbidden(new ForbiddenException(), english);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body(response).get("code").asText()).isEqualTo("FORBIDDEN");
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        Response response = mappers.webApplication(new jakarta.ws.rs.NotFoundException(), chinese);

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(body(response).get("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void a_wrong_method_is_a_405_problem_that_keeps_the_allow_header() {
        Response response = mappers.webApplication(new NotAllowedException("GET", new String[] {"POST"}), english);

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getHeaderString("Allow")).contains("GET").contains("POST");
        assertThat(body(response).get("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void a_body_that_is_not_json_is_a_malformed_json_problem() {
        WebApplicationException fromReader = new WebApplicationException(
                new JsonParseException(null, "Unexpected character"), Response.Status.BAD_REQUEST);

        Response response = mappers.webApplication(fromReader, chinese);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response).get("code").asText()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void an_answer_that_already_has_a_body_is_left_alone() {
        Response own = Response.status(409).entity("already explained").build();

        assertThat(mappers.webApplication(new WebApplicationException(own), chinese)).isSameAs(own);
    }

    @Test
    void an_unexpected_error_is_a_500_problem_that_reveals_nothing_internal() {
        Response response = mappers.unexpected(new IllegalStateException("password=secret in jdbc url"), english);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat((String) response.getEntity()).doesNotContain("secret").doesNotContain("IllegalStateException");
        assertThat(body(response).get("code").asText()).isEqualTo("INTERNAL_ERROR");
    }

    @Test
    void the_database_being_away_is_a_503_problem_to_retry_not_a_500() {
        Exception[] failures = {
                new IllegalStateException("command failed", new java.sql.SQLException("terminating connection", "57P01")),
                new RuntimeException(new java.sql.SQLTransientConnectionException("acquisition timeout")),
                new RuntimeException(new java.sql.SQLException("Connection refused", "08001"))};
        for (Exception failure : failures) {
            Response response = mappers.unexpected(failure, chinese);

            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(body(response).get("code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(body(response).get("detail").asText()).isEqualTo("服务暂时无法处理请求，请稍后重试。");
        }
    }

    @Test
    void a_sql_error_that_is_not_about_the_connection_stays_a_500() {
        Response response = mappers.unexpected(
                new RuntimeException(new java.sql.SQLException("duplicate key", "23505")), english);

        assertThat(response.getStatus()).isEqualTo(500);
    }
}
