package org.sitrep.server;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.geo.GeoData;
import org.sitrep.store.EventStore;
import org.sitrep.store.SyntheticEvents;

/**
 * Benchmark of the dashboard in real headless Chromium, not a test: {@code bin/bench-dashboard} runs
 * it on its own (its name keeps it out of {@code mvn test}). After an untimed warm-up (the JVM's and
 * the browser's first pages), for a store of 10,000 synthetic events
 * (the baseline, in the same run) and one of 1,000,000 (news-coded and imported, every ACLED type, one
 * in 20 without a place) it measures the first view (navigation to the map, table, timeline and pick-lists
 * drawn from every event), then a scripted session of filter changes, each a question the server has not
 * answered before, from the click on Apply to the last answer drawn. After each view it checks that the
 * map's parts add up to the status line's count. It prints the times and the JVM's peak heap, and fails
 * when the million-event first view or a filter change's p95 reaches its floor ({@link #MAX_FIRST_VIEW},
 * {@link #MAX_P95}), or when the map's total ever differs from the status count.
 */
class DashboardBench {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /**
   * Where the benchmark fails, in seconds: the targets (2 s, 1 s) unless set otherwise, as CI
   * does to leave room for a slower machine (it prints whether the targets were met either way).
   */
  private static final double MAX_FIRST_VIEW = Double.parseDouble(System.getProperty("sitrep.bench.maxFirstView", "2"));
  private static final double MAX_P95 = Double.parseDouble(System.getProperty("sitrep.bench.maxP95", "1"));
  /** Filter changes of the session, as field=value pairs set before Apply; "" clears every field. */
  private static final List<String[]> SESSION = List.of(
      new String[] {"country=SY"}, new String[] {"type=Battles"}, new String[] {"origin=acled"},
      new String[] {""}, new String[] {"from=2019-01-01", "to=2019-12-31"}, new String[] {"admin1=Region 7"},
      new String[] {"actor=Actor 7"}, new String[] {""}, new String[] {"type=Protests", "from=2020-01-01", "to=2020-06-30"},
      new String[] {"admin1=Governorate 3"}, new String[] {"q=synthetic"}, new String[] {""},
      new String[] {"country=SY", "from=2018-05-01", "to=2018-05-31"}, new String[] {"type=Riots"},
      new String[] {"origin=sitrep"}, new String[] {""}, new String[] {"from=2016-01-01", "to=2016-03-31"},
      new String[] {"admin1=Governorate 12", "type=Strategic developments"}, new String[] {"actor=Actor 42"}, new String[] {""});

  @Test
  void firstViewAndFilterChangesAtTenThousandAndAMillionEvents() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Chromium is needed");
    Path dir = Files.createTempDirectory("sitrep-dashboard-bench");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--no-first-run", "--window-size=1400,900",
        "--user-data-dir=" + dir.resolve("chromium"));
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
    List<String> failures = new ArrayList<>();
    try {
      run(browser, dir, 10_000); // warm-up, not reported: the JVM's and the browser's first pages
      for (int events : new int[] {10_000, 1_000_000}) {
        Result r = run(browser, dir, events);
        System.out.printf(Locale.ROOT, "dashboard, %,d events: store filled in %.1f s; first view %.2f s (cold server)"
                + " and %.2f s (again, answers cached); %d filter changes: median %.2f s, p95 %.2f s, max %.2f s;"
                + " map total = status count in every view: %s; JVM peak heap %d MB%n",
            events, r.fillSeconds, r.firstView, r.again, r.changes.length, percentile(r.changes, 50),
            percentile(r.changes, 95), percentile(r.changes, 100), r.totalsAgree, r.peakHeapMb);
        if (events == 1_000_000) {
          System.out.printf(Locale.ROOT, "dashboard, targets (issue 22): first view < 2 s: %s; filter-change p95 < 1 s: %s%n",
              r.firstView < 2 ? "met" : "NOT met", percentile(r.changes, 95) < 1 ? "met" : "NOT met");
          if (r.firstView >= MAX_FIRST_VIEW) {
            failures.add("first view took " + r.firstView + " s (floor " + MAX_FIRST_VIEW + " s)");
          }
          if (percentile(r.changes, 95) >= MAX_P95) {
            failures.add("filter change p95 " + percentile(r.changes, 95) + " s (floor " + MAX_P95 + " s)");
          }
        }
        if (!r.totalsAgree) {
          failures.add("the map's total differed from the status count at " + events + " events");
        }
      }
    } finally {
      browser.quit();
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(String.join("; ", failures));
    }
  }

  private record Result(double fillSeconds, double firstView, double again, double[] changes, boolean totalsAgree,
                        long peakHeapMb) {
  }

  private static Result run(ChromeDriver browser, Path dir, int events) throws Exception {
    Path file = Files.createTempFile(dir, "bench-" + events + "-", ".duckdb");
    Files.delete(file);
    EventStore.open(file).close();
    long t0 = System.nanoTime();
    SyntheticEvents.fill(file, events, SyntheticEvents.Mix.MIXED);
    double fill = (System.nanoTime() - t0) / 1e9;
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    try (EventStore store = EventStore.open(file);
         SitrepServer server = SitrepServer.start(store, new SitrepServer.Config("127.0.0.1", 0, false,
             ApiToken.loadOrCreate(file.resolveSibling(file.getFileName() + ".token")), GeoData.nodeModules(), null, () -> {
               throw new IllegalStateException("the benchmark takes no ingest");
             }, (lat, lon) -> java.util.Optional.empty()))) {
      String base = "http://127.0.0.1:" + server.port() + "/";
      double first = firstView(browser, base);
      boolean agree = totalsAgree(browser);
      double again = firstView(browser, base);
      double[] changes = new double[SESSION.size()];
      for (int i = 0; i < changes.length; i++) {
        changes[i] = change(browser, SESSION.get(i));
        agree &= totalsAgree(browser);
      }
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      return new Result(fill, first, again, changes, agree, peak >> 20);
    }
  }

  /** Seconds from the start of navigation to the dashboard marking itself ready (every view drawn). */
  private static double firstView(ChromeDriver browser, String url) {
    browser.get("about:blank");
    browser.get(url);
    new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> "true".equals(d.findElement(By.tagName("body"))
        .getAttribute("data-ready")));
    Object ms = browser.executeScript("return performance.getEntriesByName('sitrep-ready')[0].startTime");
    return ((Number) ms).doubleValue() / 1000;
  }

  /** Seconds from Apply to the last of the filter's answers drawn. */
  private static double change(ChromeDriver browser, String[] fields) {
    StringBuilder js = new StringBuilder();
    if (fields.length == 1 && fields[0].isEmpty()) {
      js.append("document.querySelectorAll('#filters input, #filters select').forEach(e => e.value = '');");
    } else {
      for (String f : fields) {
        String[] kv = f.split("=", 2);
        js.append("document.getElementById('f-").append(kv[0]).append("').value = '").append(kv[1]).append("';");
      }
    }
    js.append("const t = performance.now(); document.getElementById('apply').click(); return t;");
    long before = idleMarks(browser);
    double start = ((Number) browser.executeScript(js.toString())).doubleValue();
    new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> idleMarks(browser) > before);
    double end = ((Number) browser.executeScript(
        "const m = performance.getEntriesByName('sitrep-idle'); return m[m.length - 1].startTime")).doubleValue();
    return (end - start) / 1000;
  }

  private static long idleMarks(ChromeDriver browser) {
    return ((Number) browser.executeScript("return performance.getEntriesByName('sitrep-idle').length")).longValue();
  }

  /** The map's parts (in view, outside it, without a place) against the status line's count. */
  private static boolean totalsAgree(ChromeDriver browser) {
    Object ok = browser.executeScript("const m = document.getElementById('map').dataset;"
        + " const status = parseInt(document.getElementById('status').textContent, 10);"
        + " return Number(m.total) === status && Number(m.inView) + Number(m.outside) + Number(m.unlocated) === status"
        + " ? '' : JSON.stringify({status: document.getElementById('status').textContent, map: Object.assign({}, m)});");
    if (!"".equals(ok)) {
      System.out.println("dashboard, disagreement: " + ok);
    }
    return "".equals(ok);
  }

  private static double percentile(double[] values, int p) {
    double[] s = values.clone();
    Arrays.sort(s);
    int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
    return s[Math.max(0, Math.min(s.length - 1, i))];
  }
}
