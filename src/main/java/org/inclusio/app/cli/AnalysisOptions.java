package org.inclusio.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.FilterTargets;
import picocli.CommandLine.Option;

/** The options every {@code analyse} subcommand shares: what to look at, how to write it and where. */
final class AnalysisOptions {

    /** How the figures are written. */
    enum Format {
        table,
        csv,
        json
    }

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--team", paramLabel = "NAME-or-id", description = "Only this process team.")
    String team;

    @Option(names = "--organisation", paramLabel = "NAME-or-id", description = "Only this organisation.")
    String organisation;

    @Option(names = "--group", paramLabel = "CODE-or-name", description = "Only this disadvantaged group.")
    String group;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
    Format format = Format.table;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of the console.")
    Path output;

    /** The filter the options describe, with names resolved in the store. */
    AnalysisFilter filter(FilterTargets targets) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new CommandFailure("--from " + from + " is after --to " + to + ".");
        }
        return new AnalysisFilter(from, to, resolve("team", team, targets::team),
                resolve("organisation", organisation, targets::organisation),
                resolve("group", group, targets::group));
    }

    private static UUID resolve(String what, String key,
                                java.util.function.Function<String, java.util.Optional<UUID>> finder) {
        if (key == null) {
            return null;
        }
        try {
            return finder.apply(key).orElseThrow(() -> new CommandFailure("No " + what + " \"" + key
                    + "\" in the store."));
        } catch (IllegalArgumentException ambiguous) {
            throw new CommandFailure("More than one " + what + " matches \"" + key + "\"; give its id.");
        }
    }
}
