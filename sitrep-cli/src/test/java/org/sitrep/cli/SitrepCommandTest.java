package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SitrepCommandTest {
  private static int run(StringWriter err, String... args) {
    CommandLine cli = SitrepCommand.commandLine();
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void usageErrorsHaveTheirOwnExitCodeApartFromPartialRuns() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "events", "--format", "xml")).isEqualTo(SitrepCommand.USAGE);
    assertThat(err.toString()).contains("--format");
    assertThat(SitrepCommand.USAGE).isNotEqualTo(SitrepCommand.PARTIAL);
  }

  @Test
  void ingestNeedsAnInput() {
    assertThat(run(new StringWriter(), "ingest")).isEqualTo(SitrepCommand.USAGE);
  }

  @Test
  void eventsOnANewDatabaseSucceedWithNoRows(@TempDir Path dir) {
    assertThat(run(new StringWriter(), "events", "--format", "csv", "--db", dir.resolve("new.duckdb").toString()))
        .isZero();
    assertThat(dir.resolve("new.duckdb")).exists();
  }

  @Test
  void bundledExampleIsOnTheClassPath(@TempDir Path dir) throws Exception {
    Path file = BundledExample.writeTo(dir);
    assertThat(java.nio.file.Files.readString(file)).contains("Hajin").contains("Deir el-Zour");
  }
}
