package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.geo.AdminAreas;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoData;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.pipeline.EventPipeline;
import org.sitrep.pipeline.Knowledge;
import org.sitrep.store.EventStore;
import org.sitrep.store.SyntheticEvents;

/**
 * The dashboard end to end in real headless Chromium (Debian's chromium and chromium-driver) against
 * the real server, store, CoreNLP pipeline and gazetteer: articles are ingested through the API with
 * the token, then the test filters by date, opens an event from the table and from the map, checks the
 * highlighted sentence, changes the text size, drags across the timeline, and runs axe-core on every
 * page. Screenshots go to target/screenshots. Needs ./setup's cache (gazetteer, front-end packages)
 * and Chromium; without them it is skipped, unless SITREP_BROWSER=1 (CI) makes that a failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Our own fixture: a real-looking report whose text carries script and image-handler payloads. */
  static final String HOSTILE = "IS militants attacked a checkpoint near Hajin on Monday, killing two soldiers, the group"
      + " said in a post titled <script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">.\n\n"
      + "The SDF said the attackers fled.";

  /** A report read from the web: its event's link is the article's address. */
  static final String WEB_URL = "https://example.org/news/kabul-arrests";
  static final String WEB_REPORT = "Police arrested seven men in Kabul on Tuesday after a bomb was found near a"
      + " market, the interior ministry said.";
  static final String EARLIER_REPORT = "Islamic State fighters attacked a Syrian army post near Mayadin on Sunday,"
      + " killing three soldiers, a war monitor said.";
  private static final int BIG = 200_000;

  @TempDir
  static Path dir;
  private static EventStore bigStore;
  private static SitrepServer bigServer;
  private static EventStore store;
  private static SitrepServer server;
  private static ChromeDriver browser;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    boolean required = "1".equals(System.getenv("SITREP_BROWSER"));
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      missing.add("chromium and chromium-driver (Debian packages)");
    }
    if (!Files.isDirectory(GeoData.nodeModules().resolve("leaflet")) || !Files.exists(GeoData.indexFile())) {
      missing.add("the setup cache (run ./setup)");
    }
    if (!missing.isEmpty()) {
      if (required) {
        throw new AssertionError("SITREP_BROWSER=1 but missing: " + missing);
      }
      Assumptions.abort("missing: " + missing);
    }
    Files.createDirectories(SCREENSHOTS);
    store = EventStore.open(dir.resolve("dashboard.duckdb"));
    Gazetteer gazetteer = GeoData.loadOrBuild();
    ApiToken token = ApiToken.loadOrCreate(dir.resolve("token"));
    server = SitrepServer.start(store, new SitrepServer.Config("127.0.0.1", 0, false, token, GeoData.nodeModules(), null,
        () -> {
          try {
            return EventPipeline.assemble(NlpPipeline.shared(), Knowledge.withGazetteer(gazetteer,
                Knowledge.UserFiles.NONE));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }, (lat, lon) -> gazetteer.nearestPlace(lat, lon, 1000).map(e -> e.name()))
        .withAreas(AdminAreas.inSetupCache(gazetteer)));
    base = "http://127.0.0.1:" + server.port();
    Path seed = Path.of("..", "..", "shared", "seed");
    if (Files.isDirectory(seed)) {
      try (var files = Files.list(seed)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          ingest(token, Files.readString(f), "2020-05-07", f.getFileName().toString());
        }
      }
    }
    JsonNode hostile = ingest(token, HOSTILE, "2020-05-07", "hostile-fixture.txt");
    assertThat(hostile.get("events").asInt()).isGreaterThanOrEqualTo(1);
    JsonNode web = ingest(token, WEB_REPORT, "2020-05-06", WEB_URL);
    assertThat(web.get("events").asInt()).isGreaterThanOrEqualTo(1);
    // an earlier report, so the comparison has a period before and the timeline several weeks, seed or not
    JsonNode earlier = ingest(token, EARLIER_REPORT, "2020-02-10", "earlier-fixture.txt");
    assertThat(earlier.get("events").asInt()).isGreaterThanOrEqualTo(1);

    // a second server over a store of the size analysts load: news-coded and imported events of every type
    Path big = dir.resolve("big.duckdb");
    EventStore.open(big).close();
    SyntheticEvents.fill(big, BIG, SyntheticEvents.Mix.MIXED);
    bigStore = EventStore.open(big);
    bigServer = SitrepServer.start(bigStore, new SitrepServer.Config("127.0.0.1", 0, false, token, GeoData.nodeModules(),
        null, () -> {
          throw new IllegalStateException("the big store takes no ingest");
        }, (lat, lon) -> gazetteer.nearestPlace(lat, lon, 1000).map(e -> e.name())));

    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,1600", "--user-data-dir=" + dir.resolve("chromium"));
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
        options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  private static JsonNode ingest(ApiToken token, String text, String published, String name) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
            + "/api/documents?published=" + published + "&url=" + name))
        .header("Authorization", "Bearer " + token.value()).header("Content-Type", "text/plain; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
      store.close();
    }
    if (bigServer != null) {
      bigServer.close();
      bigStore.close();
    }
  }

  private static void open(String path) {
    openAt(base, path);
  }

  private static void openAt(String server, String path) {
    browser.get(server + path);
    new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> "true".equals(
        ((JavascriptExecutor) d).executeScript("return document.body.getAttribute('data-ready') || 'true'")));
  }

  private static void waitForDashboard() {
    new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> "true".equals(d.findElement(By.tagName("body"))
        .getAttribute("data-ready")));
  }

  /** The dashboard at its root, once it has loaded. */
  private static void openDashboard() {
    open("/");
    waitForDashboard();
  }

  /**
   * Asserts that axe finds no violation on the page as it is, saving its screenshot first: a failure leaves the
   * picture of what axe checked.
   */
  private static void screenshotPassingAxe(String name) throws Exception {
    screenshot(name);
    assertThat(axe()).isEmpty();
  }

  private static void screenshot(String name) throws Exception {
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  /** Every axe-core violation of the page as it is, whatever its impact, as "impact rule: target" lines. */
  @SuppressWarnings("unchecked")
  private static List<String> axe() throws Exception {
    String axe = Files.readString(GeoData.nodeModules().resolve("axe-core/axe.min.js"));
    JavascriptExecutor js = browser;
    js.executeScript(axe);
    Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r)).catch(e => done({error: String(e)}));");
    assertThat(result).doesNotContainKey("error");
    List<String> violations = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) result.get("violations")) {
      for (Map<String, Object> node : (List<Map<String, Object>>) v.get("nodes")) {
        violations.add(v.get("impact") + " " + v.get("id") + ": " + node.get("target") + " " + v.get("help"));
      }
    }
    return violations;
  }

  /** The id of the event coded from the hostile fixture, as the API lists it. */
  private static String hostileEventId() throws Exception {
    return onlyEventMatching("checkpoint");
  }

  private static String onlyEventMatching(String text) throws Exception {
    JsonNode page = api(base, "/api/events?q=" + text);
    assertThat(page.get("total").asInt()).isEqualTo(1);
    return page.get("events").get(0).get("event_id").asText();
  }

  private static JsonNode api(String server, String path) throws Exception {
    return JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }

  private static void submit() {
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
  }

  private static void waitUntilIdle() {
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "false".equals(d.findElement(By.id("main"))
        .getAttribute("aria-busy")));
  }

  private static long mapNumber(String name) {
    return Long.parseLong(browser.findElement(By.id("map")).getAttribute("data-" + name));
  }

  private static List<WebElement> rows() {
    return browser.findElements(By.cssSelector("#events tbody tr"));
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  @Test
  @Order(1)
  void theDashboardListsTheEventsAndPassesAxe() throws Exception {
    openDashboard();
    assertThat(rows()).isNotEmpty();
    // few events: markers, grouped where they crowd
    assertThat(browser.findElements(By.cssSelector(".event-marker, .marker-cluster"))).isNotEmpty();
    assertThat(browser.findElement(By.id("map")).getAttribute("data-mode")).isEqualTo("markers");
    screenshotPassingAxe("dashboard");
  }

  @Test
  @Order(2)
  void articleTextWithScriptAndImagePayloadsIsShownAsTextNeverRun() throws Exception {
    openDashboard();
    String id = hostileEventId();
    browser.findElement(By.cssSelector("#events tbody tr[data-event-id='" + id + "'] button.open")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("event-panel")).isDisplayed());
    String mark = browser.findElement(By.cssSelector("#event-paragraph mark")).getText();
    assertThat(mark).startsWith("IS militants attacked a checkpoint near Hajin").contains("<script>");
    assertThat(browser.findElement(By.id("event-paragraph")).getText())
        .contains("<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">");
    assertThat(browser.findElements(By.cssSelector("#event-paragraph script, #event-paragraph img, #event-reports img")))
        .isEmpty();
    assertThat(js("return window.__xss === undefined")).isEqualTo(true);
    screenshotPassingAxe("event-panel");
  }

  @Test
  @Order(3)
  void filteringByDateNarrowsTheTableToTheStoresAnswer() throws Exception {
    openDashboard();
    js("document.getElementById('f-from').value = '2020-05-04'; document.getElementById('f-to').value = '2020-05-05';");
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    JsonNode api = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
        + "/api/events?from=2020-05-04&to=2020-05-05")).build(), HttpResponse.BodyHandlers.ofString()).body());
    int expected = api.get("total").asInt();
    assertThat(expected).isGreaterThanOrEqualTo(1);
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> rows().size() == expected
        && browser.findElement(By.id("status")).getText().startsWith(expected + " events"));
    for (WebElement r : rows()) {
      String date = r.findElement(By.cssSelector("button.open")).getText();
      assertThat(date).isBetween("2020-05-04", "2020-05-05");
    }
    screenshot("filtered");
  }

  @Test
  @Order(4)
  void clickingAMarkerOnTheMapOpensItsEvent() throws Exception {
    openDashboard();
    js("document.getElementById('f-q').value = 'checkpoint';");
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> rows().size() == 1
        && d.findElements(By.cssSelector(".event-marker")).size() == 1);
    // the map may draw its markers again just after the list arrives: click the marker as it then is
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> {
          d.findElement(By.cssSelector(".event-marker")).click();
          return true;
        });
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("event-panel")).isDisplayed());
    assertThat(browser.findElement(By.cssSelector("#event-paragraph mark")).getText()).contains("checkpoint");
    assertThat(browser.findElement(By.cssSelector("#events tbody tr.selected"))).isNotNull();
    screenshot("map-event");
  }

  @Test
  @Order(5)
  void theTextSizeControlChangesTheSizeAndPersists() throws Exception {
    openDashboard();
    Object before = js("return parseFloat(getComputedStyle(document.documentElement).fontSize)");
    browser.findElement(By.cssSelector(".text-size button[data-size=lg]")).click();
    Object after = js("return parseFloat(getComputedStyle(document.documentElement).fontSize)");
    assertThat(((Number) after).doubleValue()).isGreaterThan(((Number) before).doubleValue());
    assertThat(browser.findElement(By.cssSelector(".text-size button[data-size=lg]")).getAttribute("aria-pressed"))
        .isEqualTo("true");
    openDashboard();
    assertThat(js("return document.documentElement.classList.contains('size-lg')")).isEqualTo(true);
    screenshotPassingAxe("text-size-lg");
    browser.findElement(By.cssSelector(".text-size button[data-size=md]")).click();
  }

  @Test
  @Order(6)
  void draggingAcrossTheTimelineSetsTheDateFilter() throws Exception {
    openDashboard();
    WebElement over = browser.findElement(By.cssSelector("#timeline .u-over"));
    int width = over.getSize().getWidth();
    new Actions(browser).moveToElement(over, -width / 4, 0).clickAndHold().moveByOffset(width / 2, 0).release().perform();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElement(By.id("f-from")).getAttribute("value")
        .isEmpty());
    assertThat(browser.findElement(By.id("f-to")).getAttribute("value"))
        .isGreaterThanOrEqualTo(browser.findElement(By.id("f-from")).getAttribute("value"));
    screenshot("timeline-brush");
  }

  @Test
  @Order(7)
  void theComparisonAndReportViewsAnswerAndPassAxe() throws Exception {
    openDashboard();
    js("document.getElementById('f-from').value = '2020-04-08'; document.getElementById('f-to').value = '2020-05-07';");
    browser.findElement(By.id("compare-run")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("compare-text")).getText()
        .contains("events from 2020-04-08 to 2020-05-07"));
    assertThat(browser.findElements(By.cssSelector("#compare-chart svg.compare-chart rect"))).hasSizeGreaterThanOrEqualTo(2);
    screenshotPassingAxe("comparison-chart");
    browser.findElement(By.id("report-run")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("report-view")).getText()
        .startsWith("Situation report"));
    // rendered as HTML, not Markdown: headings under the section's own, and the chart and map as images that load
    assertThat(browser.findElement(By.cssSelector("#report-view h3")).getText()).startsWith("Situation report");
    assertThat(browser.findElement(By.id("report-view")).getText()).doesNotContain("![");
    assertThat(js("return Array.from(document.querySelectorAll('#report-view img')).filter(i => i.complete"
        + " && i.naturalWidth > 0).length")).isEqualTo(2L);
    assertThat(browser.findElement(By.id("report-download")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("report-download-html")).getAttribute("href")).contains("format=html");
    assertThat(browser.findElement(By.id("report-download")).getAttribute("href")).contains("format=md");
    screenshotPassingAxe("report");
  }

  @Test
  @Order(8)
  void theApiDocumentationPagePassesAxe() throws Exception {
    open("/api/docs");
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".opblock")).isEmpty());
    screenshotPassingAxe("api-docs");
  }

  @Test
  @Order(9)
  void theUrlKeepsFiltersAndTheEventAcrossReloadShareAndBack() throws Exception {
    openDashboard();
    String all = browser.findElement(By.id("status")).getText();
    js("document.getElementById('f-q').value = 'checkpoint';");
    submit();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> rows().size() == 1);
    assertThat(browser.getCurrentUrl()).contains("q=checkpoint");
    String id = hostileEventId();
    browser.findElement(By.cssSelector("#events tbody tr[data-event-id='" + id + "'] button.open")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("event=" + id));
    String heading = browser.findElement(By.id("event-heading")).getText();

    browser.navigate().refresh(); // reload
    waitForDashboard();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("event-panel")).isDisplayed());
    assertThat(browser.findElement(By.id("f-q")).getAttribute("value")).isEqualTo("checkpoint");
    assertThat(browser.findElement(By.id("event-heading")).getText()).isEqualTo(heading);
    assertThat(rows()).hasSize(1);

    String shared = browser.getCurrentUrl(); // a shared link opens the same view in a fresh page
    openDashboard();
    browser.get(shared);
    waitForDashboard();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("event-panel")).isDisplayed()
        && rows().size() == 1);

    browser.navigate().back(); // to the unfiltered first view
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("q=checkpoint"));
    browser.navigate().forward();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("q=checkpoint"));
    waitForDashboard();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
        "checkpoint".equals(d.findElement(By.id("f-q")).getAttribute("value")) && rows().size() == 1);
    assertThat(all).matches("\\d+ events match the filters\\.");
  }

  @Test
  @Order(10)
  void anErrorClearsTheResultsAndAnEmptyAnswerSaysWhy() throws Exception {
    openDashboard();
    assertThat(rows()).isNotEmpty();
    js("document.getElementById('f-from').value = '2020-05-07'; document.getElementById('f-to').value = '2020-05-01';");
    submit();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("status")).getText()
        .startsWith("Error"));
    assertThat(browser.findElement(By.id("status")).getText()).contains("to");
    assertThat(rows()).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".event-marker, .event-cell"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#timeline canvas"))).isEmpty();
    assertThat(browser.findElement(By.id("apply")).isEnabled()).isTrue();
    screenshotPassingAxe("error-state");

    js("document.getElementById('f-from').value = ''; document.getElementById('f-to').value = '';"
        + " document.getElementById('f-q').value = 'no such words anywhere';");
    submit();
    waitUntilIdle();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("events-empty")).isDisplayed());
    assertThat(browser.findElement(By.id("events-empty")).getText()).contains("No events match text");
    assertThat(browser.findElement(By.id("map-count")).getText()).contains("No events to map");
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("No events to chart");
    screenshotPassingAxe("empty-state");
  }

  @Test
  @Order(11)
  void theEventLinksToItsArticleOnTheWebAndAFileIsNotShownAsALink() throws Exception {
    String web = null;
    for (JsonNode e : api(base, "/api/events?q=Kabul").get("events")) {
      if (WEB_URL.equals(e.get("source_url").asText())) {
        web = e.get("event_id").asText();
      }
    }
    assertThat(web).as("an event of the report read from " + WEB_URL).isNotNull();
    open("/?event=" + web);
    waitForDashboard();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("event-panel")).isDisplayed());
    assertThat(browser.findElement(By.cssSelector("#event-facts a")).getAttribute("href")).isEqualTo(WEB_URL);
    open("/?event=" + hostileEventId());
    waitForDashboard();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("event-panel")).isDisplayed());
    assertThat(browser.findElements(By.cssSelector("#event-facts a"))).isEmpty();
    assertThat(browser.findElement(By.xpath("//dl[@id='event-facts']/dt[.='Link']/following-sibling::dd[1]")).getText())
        .doesNotContain("hostile-fixture.txt").contains("read from a file");
  }

  @Test
  @Order(12)
  void theTimelineIsStackedByTypeKeyboardOperableAndSelectingDoesNotZoom() throws Exception {
    openDashboard();
    assertThat(browser.findElements(By.cssSelector("#timeline .u-legend .u-series"))).hasSizeGreaterThan(2);
    WebElement timeline = browser.findElement(By.id("timeline"));
    timeline.sendKeys(org.openqa.selenium.Keys.ARROW_LEFT);
    timeline.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.SHIFT, org.openqa.selenium.Keys.ARROW_RIGHT));
    assertThat(browser.findElement(By.id("timeline-selection")).getText()).startsWith("Selected ").contains("5 weeks");
    timeline.sendKeys(org.openqa.selenium.Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElement(By.id("f-from")).getAttribute("value")
        .isEmpty());
    assertThat(browser.getCurrentUrl()).contains("from=");
    // a mouse selection stays drawn: the chart did not zoom into it
    WebElement over = browser.findElement(By.cssSelector("#timeline .u-over"));
    int width = over.getSize().getWidth();
    new Actions(browser).moveToElement(over, -width / 4, 0).clickAndHold().moveByOffset(width / 3, 0).release().perform();
    waitUntilIdle();
    assertThat(((Number) js("return document.querySelector('#timeline .u-select').getBoundingClientRect().width"))
        .doubleValue()).isGreaterThan(10);
    // and it follows the window's width
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(900, 1400));
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Math.abs(((Number) js(
        "return document.querySelector('#timeline .uplot').getBoundingClientRect().width"
            + " - document.getElementById('timeline').clientWidth")).doubleValue()) < 12);
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
  }

  @Test
  @Order(13)
  void onAPhoneThePageFitsTheScreenAndPassesAxe() throws Exception {
    for (int width : new int[] {390, 360}) {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 844));
      openDashboard();
      assertThat(((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
          .intValue()).as("sideways scroll at %d px", width).isLessThanOrEqualTo(0);
      screenshot("phone-" + width);
    }
    assertThat(axe()).isEmpty();
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
  }

  @Test
  @Order(20)
  void atScaleTheMapCountsEveryEventAndSaysHowManyItShows() throws Exception {
    String big = "http://127.0.0.1:" + bigServer.port();
    for (int[] size : new int[][] {{1400, 900}, {390, 844}}) {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
      openAt(big, "/");
      waitForDashboard();
      assertThat(browser.findElement(By.id("status")).getText()).startsWith(BIG + " events");
      assertThat(mapNumber("total")).isEqualTo(BIG);
      assertThat(mapNumber("in-view") + mapNumber("outside") + mapNumber("unlocated")).isEqualTo(BIG);
      long drawn = ((Number) js("return Array.from(document.querySelectorAll('.event-cell span'))"
          + ".length")).longValue();
      assertThat(drawn).isPositive();
      assertThat(browser.findElement(By.id("map-count")).getText()).contains("of 200,000 events shown");
      assertThat(browser.findElement(By.id("page-label")).getText()).isEqualTo("1-25 of 200,000 shown");
      screenshotPassingAxe("at-scale-" + size[0]);
    }
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
  }

  @Test
  @Order(21)
  void pickListsOfferTheDataWithCountsAndTheSourceFilterMatchesTheApi() throws Exception {
    String big = "http://127.0.0.1:" + bigServer.port();
    openAt(big, "/");
    waitForDashboard();
    assertThat(js("return Array.from(document.querySelectorAll('#l-country option')).map(o => o.value)"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).contains("SY");
    assertThat(js("return document.querySelector('#l-type option').label")).asString().matches(".+ \\([\\d,]+\\)");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-origin"))).selectByValue("acled");
    submit();
    long acled = api(big, "/api/events?origin=acled&limit=1").get("total").asLong();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("status")).getText()
        .startsWith(acled + " events"));
    assertThat(mapNumber("total")).isEqualTo(acled);
    assertThat(browser.getCurrentUrl()).contains("origin=acled");
    screenshotPassingAxe("filtered-at-scale");

    // the events/fatalities switch re-counts the map and the timeline, and is part of the view's URL
    String label = browser.findElement(By.cssSelector(".event-cell span")).getText();
    browser.findElement(By.cssSelector("input[name=measure][value=fatalities]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("measure=fatalities")
        && !d.findElements(By.cssSelector(".event-cell span")).isEmpty()
        && !label.equals(d.findElement(By.cssSelector(".event-cell span")).getText()));
  }

  @Test
  @Order(14)
  void theAreasViewShadesTheCountrysDivisionsAndAccountsForEveryEvent() throws Exception {
    open("/?mode=areas&country=SY");
    waitForDashboard();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "areas".equals(d.findElement(By.id("map"))
        .getAttribute("data-mode")) && !d.findElement(By.id("map-count")).getText().isEmpty());
    assertThat(browser.findElement(By.id("map-count")).getText()).contains("divisions of SY");
    assertThat(mapNumber("in-view") + mapNumber("outside") + mapNumber("unlocated")).isEqualTo(mapNumber("total"));
    assertThat(mapNumber("in-view")).isPositive();
    // fourteen governorates drawn, one of them shaded (the seed's events are in Deir ez-Zor)
    assertThat(browser.findElements(By.cssSelector(".leaflet-overlay-pane path"))).hasSizeGreaterThanOrEqualTo(14);
    assertThat(js("return Array.from(document.querySelectorAll('.leaflet-overlay-pane path'))"
        + ".filter(p => p.getAttribute('fill') !== '#f7f7f7').length")).isNotEqualTo(0L);
    screenshotPassingAxe("areas");

    // second-level divisions where GeoNames gives them (for few of Syria's towns: the districts it knows)
    browser.findElement(By.cssSelector("input[name=mode][value=areas2]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("mode=areas2")
        && d.findElement(By.id("map-count")).getText().contains("second-level divisions of SY"));
    assertThat(browser.findElements(By.cssSelector(".leaflet-overlay-pane path"))).isNotEmpty();
    assertThat(mapNumber("in-view") + mapNumber("outside") + mapNumber("unlocated")).isEqualTo(mapNumber("total"));
    screenshotPassingAxe("areas-second-level");
  }

  @Test
  @Order(15)
  void theSmallThingsHold() throws Exception {
    openDashboard();
    // no favicon request to fail: the page names its (empty) icon
    assertThat(js("return document.querySelector('link[rel=icon]').getAttribute('href')")).isEqualTo("data:,");
    // the text size reaches the map's controls
    double before = ((Number) js("return parseFloat(getComputedStyle(document.querySelector('.leaflet-container')).fontSize)"))
        .doubleValue();
    browser.findElement(By.cssSelector(".text-size button[data-size=lg]")).click();
    double after = ((Number) js("return parseFloat(getComputedStyle(document.querySelector('.leaflet-container')).fontSize)"))
        .doubleValue();
    browser.findElement(By.cssSelector(".text-size button[data-size=md]")).click();
    assertThat(after).isGreaterThan(before);
    // a marker opens its event where the user looks, without moving the page
    js("document.getElementById('f-q').value = 'checkpoint';");
    submit();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(".event-marker")).size() == 1);
    js("document.getElementById('map').scrollIntoView()");
    long scroll = ((Number) js("return Math.round(window.scrollY)")).longValue();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> {
          d.findElement(By.cssSelector(".event-marker")).click();
          return true;
        });
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".leaflet-popup")).isEmpty());
    assertThat(((Number) js("return Math.round(window.scrollY)")).longValue()).isEqualTo(scroll);
    assertThat(browser.findElement(By.cssSelector(".leaflet-popup")).getText()).contains("Details below");
    assertThat(browser.findElement(By.id("event-facts")).getText()).contains("Sitrep, from the news report");
  }

  @Test
  @Order(16)
  void screenshotsOfEveryViewAtDesktopAndPhoneSizes() throws Exception {
    for (int[] size : new int[][] {{1400, 900}, {390, 844}}) {
      String suffix = "-" + size[0] + "x" + size[1];
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
      openDashboard();
      screenshot("first-view" + suffix);
      open("/?from=2020-05-01&to=2020-05-07&q=Hajin");
      waitForDashboard();
      screenshotPassingAxe("filtered-view" + suffix);
      open("/?event=" + hostileEventId());
      waitForDashboard();
      new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("event-panel")).isDisplayed());
      js("document.getElementById('event-panel').scrollIntoView()");
      screenshot("event-panel" + suffix);
      open("/?from=2020-04-08&to=2020-05-07");
      waitForDashboard();
      browser.findElement(By.id("compare-run")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#compare-chart svg"))
          .isEmpty());
      js("document.getElementById('compare-section').scrollIntoView()");
      screenshot("comparison-chart" + suffix);
      browser.findElement(By.id("report-run")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("report-view")).getText()
          .startsWith("Situation report"));
      js("document.getElementById('report-section').scrollIntoView()");
      screenshotPassingAxe("report" + suffix);
    }
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
  }
}
