package cn.kaoping.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.contracts.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = VALIDATION.getValidator();
    private final Problems problems = new Problems(ProblemMessages.load(getClass().getClassLoader()));

    record Finding(@NotBlank String itemCode, @Min(0) @Max(10) int points) {
    }

    record Registration(@NotBlank String caseNumber, @Size(max = 2) List<@Valid Finding> findings,
                        @NotNull(message = "请填写结案日期") LocalDate closedOn) {
    }

    static class CaseFileEndpoint {
        public void register(@Valid Registration request) {
        }

        public void list(@Max(500) int size) {
        }
    }

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    @Test
    void a_not_found_exception_is_a_404_problem_with_its_message() {
        Problem problem = problems.of(new NotFoundException("probe.missing", "2017-001"), Locale.CHINESE);

        assertThat(problem).isEqualTo(new Problem("urn:kaoping:problem:not-found", "未找到", 404,
                "案件 2017-001 不存在。", "NOT_FOUND", List.of()));
    }

    @Test
    void a_problem_is_in_english_when_asked_for() {
        Problem problem = problems.of(new NotFoundException("probe.missing", "2017-001"), Locale.ENGLISH);

        assertThat(problem.title()).isEqualTo("Not found");
        assertThat(problem.detail()).isEqualTo("Case file 2017-001 does not exist.");
    }

    @Test
    void a_conflict_keeps_its_own_code_and_takes_the_title_of_its_status() {
        Problem problem = problems.of(new ConflictException("DUPLICATE_CASE_NUMBER", "probe.greeting", "x"),
                Locale.CHINESE);

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.code()).isEqualTo("DUPLICATE_CASE_NUMBER");
        assertThat(problem.type()).isEqualTo("urn:kaoping:problem:duplicate-case-number");
        assertThat(problem.title()).isEqualTo("与当前状态冲突");
    }

    @Test
    void access_denied_without_a_message_key_uses_the_codes_detail() {
        Problem problem = problems.of(new AccessDeniedException(), Locale.ENGLISH);

        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.code()).isEqualTo("FORBIDDEN");
        assertThat(problem.detail()).isEqualTo("Your role or unit does not allow this operation.");
    }

    @Test
    void a_field_violation_is_listed_in_errors_in_the_callers_language() {
        ValidationException invalid = ValidationException.field("findings[1].points", "constraint.PositiveOrZero");

        Problem chinese = problems.of(invalid, Locale.CHINESE);
        Problem english = problems.of(invalid, Locale.ENGLISH);

        assertThat(chinese.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(chinese.detail()).isEqualTo("请求中有 1 处数据不合格，请按提示修改。");
        assertThat(chinese.errors()).containsExactly(new Problem.FieldError("findings[1].points", "不能小于 0"));
        assertThat(english.errors()).containsExactly(new Problem.FieldError("findings[1].points", "must not be negative"));
    }

    @Test
    void bean_validation_of_a_request_body_names_each_field_by_its_path_in_the_body() throws Exception {
        Registration request = new Registration(" ", List.of(new Finding("A1", 3), new Finding("", 12)), null);
        Method register = CaseFileEndpoint.class.getMethod("register", Registration.class);
        Set<ConstraintViolation<CaseFileEndpoint>> violations = VALIDATOR.forExecutables()
                .validateParameters(new CaseFileEndpoint(), register, new Object[] {request});

        Problem problem = problems.ofViolations(violations, Locale.CHINESE);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.errors()).containsExactly(
                new Problem.FieldError("caseNumber", "不能为空白"),
                new Problem.FieldError("closedOn", "请填写结案日期"),
                new Problem.FieldError("findings[1].itemCode", "不能为空白"),
                new Problem.FieldError("findings[1].points", "不能大于 10"));
        assertThat(problem.detail()).contains("4");
    }

    @Test
    void bean_validation_messages_follow_the_language_with_the_constraint_attributes() {
        Registration request = new Registration("2017-001",
                List.of(new Finding("A1", 1), new Finding("A2", 1), new Finding("A3", 1)), LocalDate.of(2017, 5, 2));

        Problem problem = problems.ofViolations(VALIDATOR.validate(request), Locale.ENGLISH);

        assertThat(problem.errors()).containsExactly(new Problem.FieldError("findings", "size must be between 0 and 2"));
        assertThat(problem.title()).isEqualTo("Invalid request data");
    }

    @Test
    void a_query_parameter_is_named_by_the_parameter() throws Exception {
        Method list = CaseFileEndpoint.class.getMethod("list", int.class);
        Set<ConstraintViolation<CaseFileEndpoint>> violations = VALIDATOR.forExecutables()
                .validateParameters(new CaseFileEndpoint(), list, new Object[] {600});

        Problem problem = problems.ofViolations(violations, Locale.CHINESE);

        assertThat(problem.errors()).containsExactly(new Problem.FieldError("size", "不能大于 500"));
    }

    @Test
    void text_that_is_not_json_is_a_malformed_json_problem_with_its_position() {
        JsonProcessingException failure = parseFailure("{\n  \"caseNumber\": ", Registration.class);

        Problem problem = problems.malformedJson(failure, Locale.CHINESE);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("MALFORMED_JSON");
        assertThat(problem.detail()).startsWith("请求内容不是有效的 JSON（第 2 行");
        assertThat(problem.errors()).isEmpty();
    }

    @Test
    void a_value_of_the_wrong_type_is_a_malformed_json_problem_naming_the_field() {
        JsonProcessingException failure = parseFailure(
                "{\"caseNumber\":\"2017-001\",\"findings\":[{\"itemCode\":\"A1\",\"points\":\"three\"}]}",
                Registration.class);

        Problem problem = problems.malformedJson(failure, Locale.ENGLISH);

        assertThat(problem.code()).isEqualTo("MALFORMED_JSON");
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("findings[0].points", "wrong type or format"));
        assertThat(problem.detail()).isEqualTo("The value of field findings[0].points has the wrong type or format.");
    }

    @Test
    void an_unexpected_error_shows_an_incident_id_and_nothing_internal() {
        Problem problem = problems.unexpected("incident-42", Locale.CHINESE);

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.code()).isEqualTo("INTERNAL_ERROR");
        assertThat(problem.detail()).contains("incident-42");
    }

    @Test
    void an_http_status_without_our_exception_gets_a_code_and_messages() {
        Problem problem = problems.ofStatus(415, Problems.codeOf(415), Locale.ENGLISH);

        assertThat(problem.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(problem.title()).isEqualTo("Unsupported media type");
        assertThat(problems.ofStatus(418, Problems.codeOf(418), Locale.CHINESE).code()).isEqualTo("HTTP_418");
    }

    @Test
    void the_json_of_a_problem_has_the_members_of_rfc_9457_and_ours_in_that_order() {
        Problem problem = problems.of(ValidationException.field("caseNumber", "constraint.NotBlank"), Locale.ENGLISH);

        assertThat(Json.write(problem)).isEqualTo("{\"type\":\"urn:kaoping:problem:validation-failed\","
                + "\"title\":\"Invalid request data\",\"status\":400,"
                + "\"detail\":\"The request has 1 invalid value(s); see errors.\",\"code\":\"VALIDATION_FAILED\","
                + "\"errors\":[{\"field\":\"caseNumber\",\"message\":\"must not be blank\"}]}");
    }

    private static JsonProcessingException parseFailure(String json, Class<?> type) {
        try {
            Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            return e;
        }
        throw new AssertionError("expected " + json + " to fail");
    }
}
