package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The operations dashboard at {@code /ops/} in a real headless Chromium against the shared landscape: it lists the
 * routes, shows a dead letter with its reason and the depth of its queue, finds a message's trace, replays a dead
 * letter, suspends and resumes a route, and draws its latency chart. Chromium and its driver are Debian's
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}); Selenium Manager is never asked for a driver or a
 * browser, so nothing is downloaded. Without them the browser test is skipped, except in CI ({@code CI=true}),
 * where it fails.
 */
@ExtendWith(LandscapeFixture.class)
class OperationsDashboardTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "operations-dashboard.png");
    private static final String ROUTE = "order-intake";
    private static final String DLQ = "DLQ.hub.in.order";
    private static final Duration PAGE_WAIT = Duration.ofSeconds(45);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LandscapeFixture landscape;

    OperationsDashboardTest(LandscapeFixture landscape) {
        this.landscape = landscape;
    }

    @Test
    void onlyOperatorsAndAdministratorsGetThePage() throws Exception {
        URI page = landscape.url("hub").resolve("/ops/");
        assertThat(status(page, "integration")).as("integration client").isEqualTo(403);
        assertThat(status(page, "crm-user")).as("CRM user").isEqualTo(403);
        assertThat(status(page, null)).as("no credentials").isEqualTo(401);
        assertThat(status(landscape.url("hub").resolve("/ops/ops.js"), "integration")).isEqualTo(403);
        var operator = TestClients.get(page, "operator", landscape.password("operator"));
        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(operator.body()).contains("id=\"routes-table\"", "ops.js");
        assertThat(status(page, "admin")).isEqualTo(200);
        assertThat(status(landscape.url("crm").resolve("/ops/index.html"), "admin"))
                .as("the page is the hub's alone, though the systems share a classpath here").isEqualTo(404);
        assertThat(status(landscape.url("hub").resolve("/api/sagas"), "integration")).isEqualTo(403);
        assertThat(status(landscape.url("hub").resolve("/api/dead-letters"), "integration")).isEqualTo(403);
    }

    @Test
    void operatorsWatchAndSteerTheHubFromTheDashboard() throws Exception {
        requireBrowser();
        String brokenId = UUID.randomUUID().toString();
        HubMessages.send(landscape, "hub.in.order", "integration",
                HubMessages.order(brokenId).replace("\"currency\":\"", "\"currency\":\"x"),
                Map.of("correlationId", brokenId, "contentType", "application/json"));
        String fixableId = UUID.randomUUID().toString();
        HubMessages.send(landscape, DLQ, "admin", HubMessages.order(fixableId), Map.of("correlationId", fixableId,
                "contentType", "application/json",
                "dlqOriginalQueue", "hub.in.order", "dlqReason", "ERP was down"));

        WebDriver browser = startBrowser();
        try {
            browser.get(landscape.url("hub").resolve("/ops/").toString());

            // Routes with their status
            await().atMost(PAGE_WAIT).ignoreExceptions().untilAsserted(() -> assertThat(
                    browser.findElement(By.id("route-status-" + ROUTE)).getText()).isEqualTo("Started"));
            assertThat(browser.findElements(By.cssSelector("#routes-body tr")).size()).isGreaterThan(3);

            // The dead letter: its queue's depth and its reason
            await().atMost(PAGE_WAIT).ignoreExceptions().untilAsserted(() -> {
                assertThat(Long.parseLong(browser.findElement(By.id("dlq-depth-" + DLQ)).getText()))
                        .isGreaterThanOrEqualTo(2);
                assertThat(failureRow(browser, brokenId).findElement(By.className("reason")).getText())
                        .contains("currency");
                assertThat(failureRow(browser, fixableId).getText()).contains("ERP was down");
            });

            // Its trace, by correlation id
            browser.findElement(By.id("trace-query")).sendKeys(brokenId);
            browser.findElement(By.id("trace-search")).click();
            await().atMost(PAGE_WAIT).ignoreExceptions().untilAsserted(() -> {
                List<String> steps = texts(browser, By.cssSelector("#trace-body tr"));
                assertThat(steps).anyMatch(step -> step.contains(ROUTE));
                assertThat(String.join("\n", steps)).contains("RECEIVED", "DEAD_LETTERED");
            });

            // Replay: the message leaves the dead-letter queue and now goes through
            await().atMost(PAGE_WAIT).ignoreExceptions().untilAsserted(() ->
                    failureRow(browser, fixableId).findElement(By.cssSelector("button.replay")).click());
            await().atMost(PAGE_WAIT).untilAsserted(() -> assertThat(deadLetterIds()).doesNotContain(fixableId));
            await().atMost(PAGE_WAIT).untilAsserted(() -> assertThat(browser.findElements(
                    By.cssSelector("#failures-body tr[data-correlation-id='" + fixableId + "']"))).isEmpty());
            await().atMost(PAGE_WAIT).untilAsserted(() -> assertThat(traceOutcomes(fixableId))
                    .contains(ROUTE + " COMPLETED"));

            // Suspend and resume a route
            await().atMost(PAGE_WAIT).ignoreExceptions().untilAsserted(() ->
                    browser.findElement(By.id("suspend-" + ROUTE)).click());
            await().atMost(PAGE_WAIT).ignoreExceptions().untilAsserted(() -> assertThat(
                    browser.findElement(By.id("route-status-" + ROUTE)).getText()).isEqualTo("Suspended"));
            assertThat(routeStatus()).isEqualTo("Suspended");
            await().atMost(PAGE_WAIT).ignoreExceptions().untilAsserted(() ->
                    browser.findElement(By.id("resume-" + ROUTE)).click());
            await().atMost(PAGE_WAIT).ignoreExceptions().untilAsserted(() -> assertThat(
                    browser.findElement(By.id("route-status-" + ROUTE)).getText()).isEqualTo("Started"));
            assertThat(routeStatus()).isEqualTo("Started");

            // The latency chart, drawn from at least two polls
            await().atMost(PAGE_WAIT).ignoreExceptions().untilAsserted(() -> assertThat(browser
                    .findElement(By.id("latency-line-mean")).getDomAttribute("points").trim().split("\\s+"))
                    .hasSizeGreaterThanOrEqualTo(2));

            Files.createDirectories(SCREENSHOT.getParent());
            Files.write(SCREENSHOT, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
            assertThat(SCREENSHOT).exists().isNotEmptyFile();
        } finally {
            browser.quit();
            if (!"Started".equals(routeStatus())) {
                post("/api/routes/" + ROUTE + "/resume", null);
            }
        }
    }

    // ---- the browser

    /** Skips without Chromium or its driver, unless in CI, where the browser must be there. */
    private static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String why = "Chromium (" + CHROMIUM + ") and its driver (" + CHROMEDRIVER + ") are needed:"
                + " apt-get install chromium chromium-driver";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why + " (CI=true, so this is a failure, not a skip)");
        }
        Assumptions.assumeTrue(present, why + "; skipping the browser test");
    }

    private WebDriver startBrowser() throws Exception {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1900",
                "--user-data-dir=" + Files.createTempDirectory("ops-dashboard-chromium").toAbsolutePath());
        ChromeDriver driver = new ChromeDriver(service, options);
        // HTTP Basic for the page and for every fetch() it makes, as a browser sends it after the login prompt.
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers",
                Map.of("Authorization", TestClients.basic("operator", landscape.password("operator")))));
        return driver;
    }

    private static WebElement failureRow(WebDriver browser, String correlationId) {
        return browser.findElement(By.cssSelector("#failures-body tr[data-correlation-id='" + correlationId + "']"));
    }

    private static List<String> texts(WebDriver browser, By by) {
        return browser.findElements(by).stream().map(WebElement::getText).toList();
    }

    // ---- the hub's REST API and the broker, as the other landscape tests use them

    private int status(URI uri, String user) throws Exception {
        return TestClients.get(uri, user, user == null ? null : landscape.password(user)).statusCode();
    }

    private JsonNode get(String path) throws Exception {
        var response = TestClients.get(landscape.url("hub").resolve(path), "operator", landscape.password("operator"));
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private void post(String path, Object body) throws Exception {
        TestClients.send(HttpRequest.newBuilder(landscape.url("hub").resolve(path))
                .header("Authorization", TestClients.basic("operator", landscape.password("operator")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body))));
    }

    private String routeStatus() throws Exception {
        return get("/api/routes/" + ROUTE).path("status").asText();
    }

    private List<String> deadLetterIds() throws Exception {
        List<String> ids = new ArrayList<>();
        get("/api/dead-letters/" + DLQ + "?max=1000")
                .forEach(d -> ids.add(d.path("properties").path("correlationId").asText()));
        return ids;
    }

    private List<String> traceOutcomes(String correlationId) throws Exception {
        List<String> outcomes = new ArrayList<>();
        get("/api/trace?correlationId=" + correlationId)
                .forEach(t -> outcomes.add(t.path("routeId").asText() + " " + t.path("outcome").asText()));
        return outcomes;
    }


}
