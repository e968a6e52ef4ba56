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
  void aMistypedKnowledgeFileIsOneErrorNamingItsOption(@TempDir Path dir) throws Exception {
    Path report = BundledExample.writeTo(dir);
    for (String option : new String[] {"--training", "--word-lists", "--actors"}) {
      StringWriter err = new StringWriter();
      assertThat(run(err, "ingest", option, dir.resolve("mistyped.tsv").toString(), "--db",
          dir.resolve("x.duckdb").toString(), report.toString())).isEqualTo(1);
      assertThat(err.toString()).contains(option + " " + dir.resolve("mistyped.tsv") + ": no such file");
    }
  }

  @Test
  void ingestNeedsAnInput() {
    assertThat(run(new StringWriter(), "ingest")).isEqualTo(SitrepCommand.USAGE);
  }

  @Test
  void aReadCommandOnAMistypedDatabasePathIsAnErrorAndCreatesNothing(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    assertThat(run(err, "events", "--format", "csv", "--db", dir.resolve("mistyped.duckdb").toString())).isNotZero();
    assertThat(err.toString()).contains("no Sitrep database at").contains("mistyped.duckdb");
    assertThat(dir.resolve("mistyped.duckdb")).doesNotExist();
  }

  @Test
  void eventsReadADatabaseTheUserMayNotWrite(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("shared.duckdb");
    org.sitrep.store.EventStore.open(db).close();
    java.nio.file.Files.setPosixFilePermissions(db, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
    long size = java.nio.file.Files.size(db);
    StringWriter err = new StringWriter();
    assertThat(run(err, "events", "--format", "csv", "--db", db.toString())).as(err.toString()).isZero();
    assertThat(java.nio.file.Files.size(db)).isEqualTo(size);
  }

  @Test
  void bundledExampleIsOnTheClassPath(@TempDir Path dir) throws Exception {
    Path file = BundledExample.writeTo(dir);
    assertThat(java.nio.file.Files.readString(file)).contains("Hajin").contains("Deir el-Zour");
  }
}
