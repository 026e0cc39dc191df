package cn.kaoping.evaluation.rest.statistics;

import static cn.kaoping.evaluation.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.evaluation.casefile.registering.RegisterCaseFile;
import cn.kaoping.evaluation.casefile.reviewing.ReviewCaseFile;
import cn.kaoping.evaluation.casefile.submitting.SubmitCaseFile;
import cn.kaoping.evaluation.scoring.FindingInput;
import cn.kaoping.evaluation.support.Api;
import cn.kaoping.evaluation.support.Bureau;
import cn.kaoping.evaluation.support.Bureau.Officer;
import cn.kaoping.evaluation.support.Bureau.Unit;
import cn.kaoping.evaluation.support.CaseFiles;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 考评一致性 over files of 2034 (no other test evaluates a file then); min-files is 4 in tests, ratio 2.
 * <ul>
 *   <li>赵 records EV02 on 4 of his 4 files (100 per 100), 钱 and 孙 on 1 of 4 (25), 李 on 3 of his 3 files;</li>
 *   <li>赵, 钱 and 孙 record PR01 once each, on another file than EV02 where they can.</li>
 * </ul>
 * EV02: 赵's 100 is above 2 × the others' 5/11 files; 钱's and 孙's 25 below the others' 8/11 ÷ 2; 李 reviewed too few
 * files to depart. PR01: 25 against 2/11 or 3/11 — within the ratio.
 */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class ReviewerConsistencyApiTest {

    private static Officer zhao;
    private static Officer qian;
    private static Officer sun;
    private static Officer li;

    @Inject
    CommandGateway commands;

    private final Bureau bureau = new Bureau();

    private static Instant at(LocalDate day) {
        return day.atTime(2, 0).toInstant(ZoneOffset.UTC);
    }

    private void reviewed(Officer reviewer, int day, String... items) {
        String id = UUID.randomUUID().toString();
        LocalDate closed = LocalDate.of(2034, 5, day);
        commands.sendAndWait(new RegisterCaseFile(id, Bureau.caseNumber(), CaseKind.ADMINISTRATIVE_PENALTY,
                CaseFiles.UNIT, CaseFiles.PRIMARY_OFFICER, List.of(), closed, CaseFiles.LEGAL_OFFICER,
                at(closed.plusDays(1))));
        commands.sendAndWait(new SubmitCaseFile(id, CaseFiles.LEGAL_OFFICER, at(closed.plusDays(2))));
        List<FindingInput> findings = new ArrayList<>();
        for (String item : items) {
            findings.add(FindingInput.of(item, "考评意见"));
        }
        commands.sendAndWait(ReviewCaseFile.roundOne(id, findings, reviewer.id(), CaseFiles.BRIGADE,
                at(closed.plusDays(3))));
    }

    @BeforeEach
    void files() {
        if (zhao != null) {
            return;
        }
        Unit brigade = bureau.unit("法制大队");
        zhao = bureau.officer(brigade, "赵考评", "REVIEWER");
        qian = bureau.officer(brigade, "钱考评", "REVIEWER");
        sun = bureau.officer(brigade, "孙考评", "REVIEWER");
        li = bureau.officer(brigade, "李考评", "REVIEWER");
        reviewed(zhao, 1, "EV02", "PR01");
        reviewed(zhao, 2, "EV02");
        reviewed(zhao, 3, "EV02");
        reviewed(zhao, 4, "EV02");
        for (Officer reviewer : List.of(qian, sun)) {
            reviewed(reviewer, 5, "EV02");
            reviewed(reviewer, 6, "PR01");
            reviewed(reviewer, 7);
            reviewed(reviewer, 8);
        }
        reviewed(li, 9, "EV02");
        reviewed(li, 10, "EV02");
        reviewed(li, 11, "EV02");
    }

    private JsonPath consistency(String token) {
        return as(token).queryParam("from", "2034-01").queryParam("to", "2034-12")
                .get("/api/v1/statistics/reviewer-consistency").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void departures_are_the_uses_beyond_the_ratio_of_reviewers_with_enough_files() {
        JsonPath answer = consistency(zhao.token());

        assertThat(answer.getList("departures.collect { it.itemCode + ':' + it.reviewerId }", String.class))
                .containsExactlyInAnyOrder("EV02:" + zhao.id(), "EV02:" + qian.id(), "EV02:" + sun.id());
        Map<String, Object> zhaoEv02 = answer.getMap(
                "items.find { it.itemCode == 'EV02' && it.reviewerId == '" + zhao.id() + "' }");
        assertThat(zhaoEv02).containsEntry("findings", 4)
                .containsEntry("per100Files", new BigDecimal("100.00"))
                .containsEntry("othersPer100Files", new BigDecimal("45.45"))
                .containsEntry("averagePoints", new BigDecimal("2.0"));
        Map<String, Object> liEv02 = answer.getMap(
                "items.find { it.itemCode == 'EV02' && it.reviewerId == '" + li.id() + "' }");
        assertThat(liEv02).containsEntry("per100Files", new BigDecimal("100.00")).containsEntry("departs", false);
        Map<String, Object> sunPr01 = answer.getMap(
                "items.find { it.itemCode == 'PR01' && it.reviewerId == '" + sun.id() + "' }");
        assertThat(sunPr01).containsEntry("per100Files", new BigDecimal("25.00")).containsEntry("departs", false);
        assertThat(answer.getInt("minFiles")).isEqualTo(4);
    }

    @Test
    void each_reviewer_has_his_share_of_files_with_findings_and_average_deduction_beside_the_brigade() {
        JsonPath answer = consistency(Api.leadership());

        Map<String, Object> zhaoProfile = answer.getMap("reviewers.find { it.reviewerId == '" + zhao.id() + "' }");
        // Every file also carries NO_PREREVIEW (2): EV02 2 + PR01 2, then EV02 2 three times: (6 + 4 + 4 + 4) / 4.
        assertThat(zhaoProfile).containsEntry("name", "赵考评").containsEntry("files", 4)
                .containsEntry("filesWithFindings", 4)
                .containsEntry("shareWithFindings", new BigDecimal("100.0"))
                .containsEntry("averageDeduction", new BigDecimal("4.50"));
        Map<String, Object> qianProfile = answer.getMap("reviewers.find { it.reviewerId == '" + qian.id() + "' }");
        assertThat(qianProfile).containsEntry("filesWithFindings", 2)
                .containsEntry("shareWithFindings", new BigDecimal("50.0"))
                .containsEntry("averageDeduction", new BigDecimal("3.00"));
        // 15 files, 11 with findings (4 + 2 + 2 + 3).
        assertThat(answer.getMap("brigade")).containsEntry("files", 15).containsEntry("filesWithFindings", 11)
                .containsEntry("shareWithFindings", new BigDecimal("73.3"));
    }

    @Test
    void the_page_is_chinese_html_with_a_drawn_chart_and_needs_a_reviewer_or_leadership_token() {
        String html = as(zhao.token()).accept("text/html").queryParam("from", "2034-01").queryParam("to", "2034-12")
                .get("/statistics/reviewer-consistency").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("考评一致性"), containsString("赵考评"), containsString("<svg"),
                        containsString("/assets/print.css"), not(containsString("<script")))
                .extract().asString();
        assertThat(html).contains("EV02");
        Api.anonymous().accept("text/html").queryParam("from", "2034-01").queryParam("to", "2034-12")
                .get("/statistics/reviewer-consistency").then().statusCode(401);
        as(Api.tokens().mint("officer-" + Api.unique(), CaseFiles.UNIT, "OFFICER")).accept("text/html")
                .queryParam("from", "2034-01").queryParam("to", "2034-12")
                .get("/statistics/reviewer-consistency").then().statusCode(403);
    }

    @Test
    void only_reviewers_and_leadership_read_it_and_months_are_checked() {
        as(Api.admin()).queryParam("from", "2034-01").queryParam("to", "2034-12")
                .get("/api/v1/statistics/reviewer-consistency").then().statusCode(403);
        as(zhao.token()).queryParam("from", "2034-13").queryParam("to", "2034-12")
                .get("/api/v1/statistics/reviewer-consistency").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(zhao.token()).queryParam("from", "2034-05")
                .get("/api/v1/statistics/reviewer-consistency").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(zhao.token()).queryParam("from", "2034-05").queryParam("to", "2034-01")
                .get("/api/v1/statistics/reviewer-consistency").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }
}
