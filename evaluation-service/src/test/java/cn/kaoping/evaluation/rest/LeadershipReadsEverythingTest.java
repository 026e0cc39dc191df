package cn.kaoping.evaluation.rest;

import static cn.kaoping.evaluation.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.kaoping.evaluation.support.Api;
import cn.kaoping.evaluation.support.Bureau;
import cn.kaoping.evaluation.support.Bureau.Officer;
import cn.kaoping.evaluation.support.Bureau.Unit;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** PROCESS.md: leadership (领导) reads everything; every GET of this service answers a LEADERSHIP token of no unit. */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class LeadershipReadsEverythingTest {

    private final Bureau bureau = new Bureau();

    @Test
    void every_get_answers_leadership() {
        Unit unit = bureau.unit("城关派出所");
        Officer legal = bureau.officer(unit, "王法制", "UNIT_LEGAL_OFFICER");
        Officer officer = bureau.officer(unit, "张三", "OFFICER");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String file = Bureau.register(legal, unit, officer, today.minusDays(3));
        String leader = Api.leadership();

        as(leader).get("/api/v1/units").then().statusCode(200);
        as(leader).get("/api/v1/units/" + unit.id()).then().statusCode(200).body("name", equalTo("城关派出所"));
        as(leader).get("/api/v1/officers").then().statusCode(200);
        as(leader).get("/api/v1/officers/" + officer.id()).then().statusCode(200).body("name", equalTo("张三"));
        as(leader).queryParam("unitId", unit.id()).get("/api/v1/case-files")
                .then().statusCode(200).body("items.id", hasItem(file));
        as(leader).get("/api/v1/case-files/" + file).then().statusCode(200);
        as(leader).get("/api/v1/case-files/" + file + "/cards").then().statusCode(200);
        as(leader).get("/api/v1/rulebook").then().statusCode(200);
        as(leader).get("/api/v1/rulebook/versions").then().statusCode(200);
        as(leader).get("/api/v1/rulebook/versions/default-v1").then().statusCode(200);
        as(leader).queryParam("from", "2017-01").queryParam("to", "2017-12").get("/api/v1/statistics")
                .then().statusCode(200);
        as(leader).queryParam("unitId", unit.id()).get("/api/v1/deadlines")
                .then().statusCode(200).body("items.caseFileId", hasItem(file));
    }
}
