package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code sitrep} command line. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
    description = "Conflict-event monitor: news reports in, coded and geolocated events out.",
    subcommands = {IngestCommand.class, EventsCommand.class, TrendsCommand.class, CompareCommand.class, HotSpotsCommand.class, SituationReportCommand.class, ReportsCommand.class, ServeCommand.class, WatchCommand.class, ImportCommand.class, DemoCommand.class, BenchCommand.class,
        GazetteerCommand.class, PlacesCommand.class, ExtractCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:failure: nothing was done", "2:partial: some inputs failed, the rest were stored",
        "64:usage error"})
public final class SitrepCommand implements Runnable {
  public static final int PARTIAL = 2;
  public static final int USAGE = 64;

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** The command line with Sitrep's exit codes on every subcommand and one-line error messages. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new SitrepCommand());
    cli.getCommandSpec().exitCodeOnInvalidInput(USAGE);
    cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(USAGE));
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 1;
    });
    return cli;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
