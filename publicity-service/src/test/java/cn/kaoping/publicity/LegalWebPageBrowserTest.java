package cn.kaoping.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.runtime.db.Db;
import cn.kaoping.publicity.support.Api;
import cn.kaoping.publicity.support.Applied;
import cn.kaoping.fixtures.EventFeed;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.fixtures.EvaluationEvents.File;
import cn.kaoping.publicity.support.TestMonths;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * P5 in a real browser: Debian's headless Chromium driven by chromedriver over the real pages. Fails (does not
 * skip) when Chromium is missing: CI installs it ({@code .ci/run}). The screenshot is a test artifact in
 * {@code target/screenshots/}.
 */
@QuarkusTest
class LegalWebPageBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("kaoping.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("kaoping.chromedriver", "/usr/bin/chromedriver"));

    @Inject
    Db db;

    @TestHTTPResource("/")
    URL root;

    ChromeDriver browser;
    Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium at %s (apt-get install chromium)", CHROMIUM).isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER)).as("chromedriver at %s (apt-get install chromium-driver)",
                CHROMEDRIVER).isTrue();
        profile = Files.createTempDirectory("kaoping-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

    @Test
    void the_published_list_shows_the_expected_officers_averages_and_red_cards() throws IOException {
        YearMonth month = TestMonths.fresh();
        String u1 = EvaluationEvents.id("u"), u2 = EvaluationEvents.id("u");
        String a = EvaluationEvents.id("a"), b = EvaluationEvents.id("b"), c = EvaluationEvents.id("c");
        EventFeed feed = EventFeed.shared();
        Applied.await(db, feed.send(EvaluationEvents.unit(u1, "CG", "城关派出所")), feed.send(EvaluationEvents.unit(u2, "JJ", "交警大队")),
                feed.send(EvaluationEvents.officer(a, "010001", "张三", u1)), feed.send(EvaluationEvents.officer(b, "010002", "李四", u1)),
                feed.send(EvaluationEvents.officer(c, "020001", "王五", u2)),
                feed.send(EvaluationEvents.reviewed(File.of(u1, a), month, "5.0")),
                feed.send(EvaluationEvents.reviewed(File.of(u1, a), month, "0")),
                feed.send(EvaluationEvents.reviewed(File.of(u1, a), month, "4.0")),  // 张三 9.0 / 3 = 3.00
                feed.send(EvaluationEvents.reviewed(File.of(u1, b), month, "3.5")),
                feed.send(EvaluationEvents.reviewed(File.of(u1, b), month, "3.0")),  // 李四 6.5 / 2 = 3.25 红牌
                feed.send(EvaluationEvents.reviewed(File.of(u2, c), month, "10.0"))); // 王五 10.00 红牌
        Api.publish(month);

        browser.get(new URL(root, "monthly-lists/" + month).toString());
        assertThat(browser.getTitle()).contains("执法清单");
        assertThat(browser.findElement(By.id("list-status")).getText()).contains("已发布 第1版");

        List<WebElement> rows = browser.findElements(By.cssSelector("#officers tbody tr"));
        assertThat(rows).extracting(r -> r.findElement(By.cssSelector("td.name")).getText())
                .containsExactly("王五", "李四", "张三");
        assertThat(rows).extracting(r -> r.findElement(By.cssSelector("td.average")).getText())
                .containsExactly("10.00", "3.25", "3.00");
        assertThat(rows).extracting(r -> r.findElement(By.cssSelector("td.redcard-cell")).getText())
                .containsExactly("红牌", "红牌", "");
        assertThat(rows).extracting(r -> r.getAttribute("class").contains("red-card"))
                .containsExactly(true, true, false);
        WebElement redBadge = rows.get(0).findElement(By.cssSelector(".badge-red"));
        assertThat(redBadge.getCssValue("background-color")).isEqualTo("rgba(193, 18, 31, 1)"); // site.css is served

        assertThat(browser.findElements(By.cssSelector("svg.chart rect.chart-bar"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector("#units")).getText()).contains("城关派出所").contains("3.10")
                .contains("交警大队").contains("10.00");

        Path screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        browser.manage().window().setSize(new Dimension(1280, 1400));
        java.io.File shot = browser.getScreenshotAs(OutputType.FILE);
        Path saved = screenshots.resolve("monthly-list-" + month + ".png");
        Files.copy(shot.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(saved)).isGreaterThan(10_000);

        // Sorting works through links, without JavaScript: by average, ascending.
        browser.findElement(By.cssSelector("th[data-sort='average'] a")).click();
        assertThat(browser.getCurrentUrl()).contains("sort=average").contains("dir=asc");
        assertThat(browser.findElements(By.cssSelector("#officers tbody td.name")))
                .extracting(WebElement::getText).containsExactly("张三", "李四", "王五");

        browser.get(new URL(root, "red-cards/" + month).toString());
        assertThat(browser.findElements(By.cssSelector(".red-card-entry h2"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).contains("李四")).anySatisfy(t -> assertThat(t).contains("王五"))
                .noneSatisfy(t -> assertThat(t).contains("张三"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve("red-cards-" + month + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
