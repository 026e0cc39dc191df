package cn.kaoping.publicity;

import static cn.kaoping.publicity.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import cn.kaoping.contracts.Topics;
import cn.kaoping.fixtures.EvaluationEvents.File;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.fixtures.EventFeed;
import cn.kaoping.publicity.support.Applied;
import cn.kaoping.publicity.support.TestMonths;
import cn.kaoping.publicity.support.Tokens;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.testkit.RequestLimitsContract;
import cn.kaoping.web.request.Limits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue #11 rule 5 in publicity-service: the platform's contract, and the bounds of its other bodies and queries. */
@QuarkusTest
class RequestLimitsTest extends RequestLimitsContract {

    @Inject
    Db db;

    /** A commentary with the longest title and body allowed, published: its event carries the title. */
    @Override
    protected Published sendLargestAllowedCommand() {
        YearMonth month = TestMonths.fresh();
        File file = File.of(EvaluationEvents.id("u"), EvaluationEvents.id("o"));
        EventFeed feed = EventFeed.shared();
        Applied.await(db, feed.send(EvaluationEvents.unit(file.unitId(), "L" + file.unitId().substring(2, 8), "城关派出所")),
                feed.send(EvaluationEvents.reviewed(file, month, "2.0")));
        String id = as(Tokens.reviewer()).contentType(ContentType.JSON)
                .body(Map.of("caseFileId", file.id(), "title", "评".repeat(Limits.NAME), "body", "文".repeat(Limits.DOCUMENT)))
                .post("/api/v1/commentaries").then().statusCode(201).extract().path("commentaryId");
        as(Tokens.reviewer()).post("/api/v1/commentaries/{id}/publication", id).then().statusCode(200);
        return new Published(Topics.PUBLICITY_EVENTS, id, "CommentaryPublished");
    }

    @Override
    protected OverLimit overLongCommand() {
        return new OverLimit(request -> request.header("Authorization", Tokens.reviewer()).contentType(ContentType.JSON)
                .body(Map.of("caseFileId", "file-1", "title", "点评", "body", "文".repeat(Limits.DOCUMENT + 1)))
                .post("/api/v1/commentaries"), "body", this::commentaries, "reviewer-1");
    }

    private long commentaries() {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM commentary").mapTo(Long.class).one());
    }

    @Test
    void bulletins_and_free_query_parameters_are_bounded() {
        as(Tokens.reviewer()).contentType(ContentType.JSON)
                .body(Map.of("month", "2026-05", "title", "通".repeat(Limits.NAME + 1)))
                .post("/api/v1/bulletins").then().statusCode(400).body("errors.field", hasItem(containsString("title")));
        as(Tokens.reviewer()).contentType(ContentType.JSON)
                .body(Map.of("title", "通报", "body", "报".repeat(Limits.DOCUMENT + 1)))
                .put("/api/v1/bulletins/none").then().statusCode(400).body("errors.field", hasItem(containsString("body")));
        as(Tokens.reviewer()).get("/api/v1/monthly-lists/2026-05?unitId=" + "u".repeat(Limits.ID + 1)).then()
                .statusCode(400).body("errors.field", hasItem(containsString("unitId")));
    }
}
