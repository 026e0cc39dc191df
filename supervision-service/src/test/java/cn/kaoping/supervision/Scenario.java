package cn.kaoping.supervision;

import static io.restassured.RestAssured.given;

import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.FindingClass;
import cn.kaoping.contracts.evaluation.Rectification;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.servers.Infrastructure;
import cn.kaoping.web.security.Roles;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** Test data of supervision's tests: a unit and officer per test, events dated today so nothing is overdue yet. */
class Scenario {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final String unitId;
    final String officerId = EvaluationEvents.id("officer");
    final YearMonth month = YearMonth.now(ZONE);

    Scenario() {
        this(EvaluationEvents.id("unit"));
    }

    Scenario(String unitId) {
        this.unitId = unitId;
    }

    static RequestSpecification as(String subject, String unitId, String... roles) {
        return given().auth().oauth2(Infrastructure.shared().tokens().mint(subject, unitId, roles))
                .contentType("application/json");
    }

    static RequestSpecification reviewer() {
        return as("reviewer-1", "brigade", Roles.REVIEWER);
    }

    static RequestSpecification leadership() {
        return as("leader-1", "bureau-leadership", Roles.LEADERSHIP);
    }

    RequestSpecification legalOfficer() {
        return as("legal-" + unitId, unitId, Roles.UNIT_LEGAL_OFFICER);
    }

    RequestSpecification officer() {
        return as(officerId, unitId, Roles.OFFICER);
    }

    EvaluationEvents.File file() {
        return EvaluationEvents.File.of(unitId, officerId);
    }

    static Finding finding(String id, FindingClass cls, String points, Rectification rectification) {
        BigDecimal value = new BigDecimal(points);
        return new Finding(id, id.startsWith("R2") ? 2 : 1, "ITEM-" + id, "EVIDENCE", value,
                rectification == Rectification.UNRECTIFIED ? value.multiply(BigDecimal.valueOf(2)) : value, cls, false,
                "问题 " + id, rectification, false);
    }

    /** Round one: a not-strict finding of 5 and a not-standardized one of 2; rectification due in a month. */
    static EvaluationCard roundOne() {
        return EvaluationEvents.card(1, List.of(finding("R1-1", FindingClass.NOT_STRICT, "5", null),
                finding("R1-2", FindingClass.NOT_STANDARDIZED, "2", null)));
    }

    RedCardIssued redCard(int listVersion, String... problemFileIds) {
        return new RedCardIssued(month, listVersion, officerId, "张三", unitId, new BigDecimal("3.50"), 2,
                List.of(problemFileIds));
    }

    RectificationOverdue refused(EvaluationEvents.File f, LocalDate dueOn) {
        EvaluationCard card = EvaluationEvents.card(2, List.of(
                finding("R1-1", FindingClass.NOT_STRICT, "5", Rectification.UNRECTIFIED),
                finding("R1-2", FindingClass.NOT_STANDARDIZED, "2", Rectification.UNRECTIFIED)));
        return new RectificationOverdue(f.id(), f.caseNumber(), f.unitId(), f.officerId(), List.of(), dueOn, card,
                List.of("R1-1", "R1-2"), month, dueOn.plusDays(4), "system", Instant.now());
    }

    static ClosingReason roundTwo() {
        return ClosingReason.ROUND_TWO_REVIEWED;
    }
}
