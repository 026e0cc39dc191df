package cn.kaoping.publicity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.kaoping.runtime.db.Db;
import cn.kaoping.publicity.support.Api;
import cn.kaoping.publicity.support.Applied;
import cn.kaoping.fixtures.EventFeed;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.fixtures.EvaluationEvents.File;
import cn.kaoping.publicity.support.TestMonths;
import cn.kaoping.publicity.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** P5 over plain HTTP: what the pages contain, their states, their assets. The browser test drives them too. */
@QuarkusTest
class LegalWebPageTest {

    @Inject
    Db db;

    @Test
    void the_monthly_list_page_shows_the_live_list_marked_unpublished_to_a_caller_with_a_token_until_published() {
        YearMonth month = TestMonths.fresh();
        String unitId = EvaluationEvents.id("u"), a = EvaluationEvents.id("a"), b = EvaluationEvents.id("b");
        EventFeed feed = EventFeed.shared();
        Applied.await(db, feed.send(EvaluationEvents.unit(unitId, "WY", "网页派出所")),
                feed.send(EvaluationEvents.officer(a, "120001", "页甲", unitId)), feed.send(EvaluationEvents.officer(b, "120002", "页乙", unitId)),
                feed.send(EvaluationEvents.reviewed(File.of(unitId, a), month, "4.5")),
                feed.send(EvaluationEvents.reviewed(File.of(unitId, b), month, "1.0")));
        String label = month.getYear() + "年" + month.getMonthValue() + "月";

        // Without a token, nothing unpublished: no line, no live figure on the index, no live red card.
        String anonymous = page("/monthly-lists/" + month, 200);
        assertThat(anonymous).contains("本月清单尚未发布").contains("登录后可查看实时数据").doesNotContain("页甲")
                .doesNotContain("页乙").doesNotContain("banner-live").doesNotContain("?live=true");
        assertThat(page("/monthly-lists/" + month + "?live=true", 200)).doesNotContain("页甲");
        assertThat(page("/red-cards/" + month, 200)).doesNotContain("页甲");
        assertThat(page("/", 200)).doesNotContain("未发布（实时）");

        String live = page("/monthly-lists/" + month, 200, Tokens.reviewer());
        assertThat(live).contains(label + "执法清单").contains("未发布 · 实时数据").contains("banner-live")
                .contains("页甲").contains("页乙").contains("4.50").contains("badge-red");
        assertThat(page("/", 200, Tokens.reviewer())).contains("未发布（实时）");
        // An officer sees his own line only, as the API shows him.
        String own = page("/monthly-lists/" + month, 200, Tokens.officer(b, unitId));
        assertThat(own).contains("仅含您可查看的记录").contains("页乙").doesNotContain("页甲");

        Api.publish(month);
        String published = page("/monthly-lists/" + month, 200);
        assertThat(published).contains("已发布 第1版").doesNotContain("banner-live").contains("页甲");
        assertThat(page("/monthly-lists/" + month + "?live=true", 200)).contains("已发布 第1版")
                .doesNotContain("banner-live");
        assertThat(page("/monthly-lists/" + month + "?live=true", 200, Tokens.reviewer())).contains("banner-live");
        assertThat(page("/monthly-lists/" + month + "?version=1", 200)).contains("已发布 第1版");
        assertThat(page("/monthly-lists/" + month + "?version=4", 404)).contains("未找到");
        assertThat(page("/monthly-lists/2017-13", 400)).contains("月份格式");

        // Sorting is a matter of links: by name ascending puts 页乙 (yè yǐ) after 页甲 in code point order.
        assertThat(published).contains("href=\"?sort=name&amp;dir=asc\"");
        String byAverageAscending = page("/monthly-lists/" + month + "?sort=average&dir=asc", 200);
        assertThat(byAverageAscending.indexOf("页乙")).isLessThan(byAverageAscending.indexOf("页甲"));
        String byAverageDescending = page("/monthly-lists/" + month + "?sort=average&dir=desc", 200);
        assertThat(byAverageDescending.indexOf("页甲")).isLessThan(byAverageDescending.indexOf("页乙"));

        // The chart is SVG drawn on the server, one bar per unit.
        Matcher svg = Pattern.compile("<svg[^>]*class=\"chart\".*?</svg>", Pattern.DOTALL).matcher(published);
        assertThat(svg.find()).isTrue();
        assertThat(svg.group()).contains("网页派出所").contains("2.75").contains("<rect");

        String redCards = page("/red-cards/" + month, 200);
        assertThat(redCards).contains(label + "红牌民警").contains("页甲").doesNotContain("页乙");
    }

    @Test
    void the_index_lists_the_months_and_every_asset_is_served_by_the_service() {
        String index = page("/", 200);
        assertThat(index).contains("执法质量考评公示").contains("月度执法清单").contains("考评通报").contains("案件点评")
                .contains("<link rel=\"stylesheet\" href=\"/assets/site.css\">")
                .contains("<link rel=\"stylesheet\" href=\"/assets/print.css\" media=\"print\">");
        assertThat(index).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<script");

        given().get("/assets/site.css").then().statusCode(200).contentType(containsString("text/css"))
                .body(not(containsString("@import"))).body(not(containsString("url(http")));
        given().get("/assets/print.css").then().statusCode(200).body(containsString("@page"));
        assertThat(page("/bulletins/no-such", 404)).contains("尚未发布");
    }

    static String page(String path, int status) {
        return given().get(path).then().statusCode(status).contentType(containsString("text/html")).extract().asString();
    }

    /** The page as the holder of this {@code Authorization} value ({@link Tokens}) sees it. */
    static String page(String path, int status, String authorization) {
        return given().header("Authorization", authorization).get(path).then().statusCode(status).contentType(containsString("text/html"))
                .extract().asString();
    }
}
