package cn.kaoping.incentive.scheme.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.incentive.IncentiveError;
import cn.kaoping.incentive.scheme.Scheme;
import cn.kaoping.incentive.scheme.SchemeJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** I1: a scheme is strictly validated; forbidden indicators are refused citing the national rules. */
class SchemePublicationDecisionTest {

    static final String VALID = """
            {"versionId": "2027-v1", "name": "2027 方案", "effectiveFrom": "2027-01-01", "coHandlerShare": 0.5,
             "rotationShortfallPeriods": ["YEAR"],
             "terms": [
               {"indicator": "CASE_KIND", "values": {"ADMINISTRATIVE_PENALTY": 10, "ADMINISTRATIVE_LICENSING": 6,
                                                     "ADMINISTRATIVE_COMPULSION": 8, "OTHER": 4}},
               {"indicator": "GRADE", "values": {"EXCELLENT": 1.5, "PASS": 1, "FAIL": 0.2}},
               {"indicator": "VETO", "value": -5},
               {"indicator": "TEN_BEST", "value": 3}
             ]}""";

    static Scheme decide(String json) {
        return SchemePublicationDecision.decide(new PublishScheme(SchemeJson.read(json.getBytes(StandardCharsets.UTF_8)),
                "admin-1", Instant.parse("2026-12-01T00:00:00Z")));
    }

    static DomainException refusal(String json) {
        try {
            decide(json);
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void aValidSchemeIsAccepted() {
        Scheme scheme = decide(VALID);
        assertThat(scheme.coefficient(cn.kaoping.contracts.evaluation.Grade.EXCELLENT)).isEqualByComparingTo("1.5");
        assertThat(scheme.vetoPoints()).isEqualByComparingTo("-5");
        assertThat(scheme.processFactor()).isEqualByComparingTo("1");
    }

    @Nested
    class ForbiddenIndicators {

        @ParameterizedTest
        @ValueSource(strings = {"FINES_COLLECTED", "CONFISCATIONS", "CRIMINAL_DETENTIONS", "ADMINISTRATIVE_DETENTIONS",
                "INCIDENT_COUNT", "CLEARANCE_RATE", "CASE_RETURN_RATE", "罚没款数额", "刑事拘留数", "行政拘留数", "发案数",
                "破案率", "退查率"})
        void asATermAreRefused(String indicator) {
            String json = VALID.replace("\"indicator\": \"TEN_BEST\"", "\"indicator\": \"" + indicator + "\"");
            DomainException e = refusal(json);
            assertThat(e.code()).isEqualTo(IncentiveError.FORBIDDEN_INDICATOR);
            assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("terms[3].indicator");
        }

        @Test
        void asAFieldAnywhereAreRefused() {
            DomainException e = refusal(VALID.replace("\"value\": 3}", "\"value\": 3, \"finesCollected\": 2}"));
            assertThat(e.code()).isEqualTo(IncentiveError.FORBIDDEN_INDICATOR);
            assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("terms[3].finesCollected");
        }

        @Test
        void asAKeyOfValuesAreRefused() {
            DomainException e = refusal(VALID.replace("\"OTHER\": 4", "\"OTHER\": 4, \"FINE_AMOUNT\": 1"));
            assertThat(e.code()).isEqualTo(IncentiveError.FORBIDDEN_INDICATOR);
            assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("terms[0].values.FINE_AMOUNT");
        }
    }

    @Nested
    class UnknownFields {

        @Test
        void atTheTopAreRefusedWithTheirPath() {
            DomainException e = refusal(VALID.replace("\"name\"", "\"bonusPool\": 1, \"name\""));
            assertThat(e.code()).isEqualTo(IncentiveError.SCHEME_INVALID);
            assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("bonusPool", IncentiveError.UNKNOWN_FIELD));
        }

        @Test
        void inATermAreRefusedWithTheirPath() {
            DomainException e = refusal(VALID.replace("\"value\": -5}", "\"value\": -5, \"weight\": 2}"));
            assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("terms[2].weight");
        }

        @Test
        void anUnknownIndicatorIsRefused() {
            DomainException e = refusal(VALID.replace("\"indicator\": \"TEN_BEST\"", "\"indicator\": \"SPEED\""));
            assertThat(e.code()).isEqualTo(IncentiveError.SCHEME_INVALID);
            assertThat(e.fieldErrors()).extracting(FieldError::code).containsExactly(IncentiveError.UNKNOWN_INDICATOR);
        }
    }

    @Nested
    class Figures {

        @Test
        void aVetoFileEarnsZeroOrLess() {
            assertThat(refusal(VALID.replace("\"value\": -5", "\"value\": 1")).fieldErrors())
                    .extracting(FieldError::code).containsExactly(IncentiveError.VETO_MUST_NOT_EARN);
        }

        @Test
        void coefficientsFallFromExcellentToFail() {
            assertThat(refusal(VALID.replace("\"FAIL\": 0.2", "\"FAIL\": 1.2")).fieldErrors())
                    .extracting(FieldError::code).containsExactly(IncentiveError.COEFFICIENTS_NOT_ORDERED);
        }

        @Test
        void everyCaseKindHasBasePoints() {
            assertThat(refusal(VALID.replace(", \"OTHER\": 4", "")).fieldErrors())
                    .extracting(FieldError::field).containsExactly("terms[0].values.OTHER");
        }

        @Test
        void theCoHandlerShareLiesBetweenZeroAndOne() {
            assertThat(refusal(VALID.replace("\"coHandlerShare\": 0.5", "\"coHandlerShare\": 1.5")).fieldErrors())
                    .extracting(FieldError::code).containsExactly(IncentiveError.SHARE_OUT_OF_RANGE);
        }

        @Test
        void aMistypedFigureIsMalformed() {
            assertThatThrownBy(() -> decide(VALID.replace("\"value\": 3", "\"value\": \"three\"")))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(IncentiveError.MALFORMED_BODY));
        }
    }
}
