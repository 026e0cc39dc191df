package cn.kaoping.evaluation.rest.casefiles;

import static cn.kaoping.evaluation.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.kaoping.evaluation.support.Api;
import cn.kaoping.evaluation.support.CaseFiles;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

/** History summaries follow Accept-Language: Chinese by default, English for en. */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class HistoryLanguageApiTest {

    @Inject
    CommandGateway commands;

    @Test
    void summaries_are_chinese_by_default_and_english_for_accept_language_en() {
        CaseFiles files = new CaseFiles(commands);
        String id = files.register(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2));
        files.submit(id);
        files.reviewRoundOne(id);
        String leader = Api.leadership();

        as(leader).get("/api/v1/case-files/" + id).then().statusCode(200)
                .body("history[0].summary", startsWith("登记案卷 "))
                .body("history[1].summary", equalTo("送评，过程扣分 2.0 分"))
                .body("history[3].summary", equalTo("考评结束（第一次考评未发现问题）：扣 2.0 分，得分 98.0，优秀"));
        as(leader).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").get("/api/v1/case-files/" + id)
                .then().statusCode(200).body("history[1].summary", equalTo("送评，过程扣分 2.0 分"));
        as(leader).header("Accept-Language", "en").get("/api/v1/case-files/" + id).then().statusCode(200)
                .body("history[0].summary", startsWith("Case file "))
                .body("history[1].summary", equalTo("Submitted, process deduction 2.0 point(s)"))
                .body("history[2].summary", equalTo("Review 1: 0 finding(s), 2.0 point(s) deducted, score 98.0, "
                        + "excellent"))
                .body("history[3].summary", equalTo("Evaluation closed (no findings in review 1): 2.0 point(s) "
                        + "deducted, score 98.0, excellent"));
        as(leader).header("Accept-Language", "en-US,en;q=0.9").get("/api/v1/case-files/" + id)
                .then().statusCode(200).body("history[1].summary", equalTo("Submitted, process deduction 2.0 point(s)"));
    }

    @Test
    void the_answer_to_a_command_follows_the_language_too() {
        CaseFiles files = new CaseFiles(commands);
        String id = files.register(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2));
        files.submit(id);
        String reviewer = Api.tokens().mint(CaseFiles.REVIEWER, CaseFiles.BRIGADE, "REVIEWER");

        as(reviewer).header("Accept-Language", "en")
                .body(Map.of("findings", List.of(Map.of("itemCode", "EV02",
                        "note", "no witness"))))
                .post("/api/v1/case-files/" + id + "/reviews").then().statusCode(200)
                .body("history[-1].summary", startsWith("Review 1: 1 finding(s), "));
    }
}
