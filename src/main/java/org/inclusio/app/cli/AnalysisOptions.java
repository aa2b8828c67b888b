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

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "cli.option.analysis.from")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "cli.option.analysis.to")
    LocalDate to;

    @Option(names = "--team", paramLabel = "NAME-or-id", descriptionKey = "cli.option.analysis.team")
    String team;

    @Option(names = "--organisation", paramLabel = "NAME-or-id", descriptionKey = "cli.option.analysis.organisation")
    String organisation;

    @Option(names = "--group", paramLabel = "CODE-or-name", descriptionKey = "cli.option.analysis.group")
    String group;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            descriptionKey = "cli.option.analysis.format")
    Format format = Format.table;

    @Option(names = "--output", paramLabel = "FILE", descriptionKey = "cli.option.analysis.output")
    Path output;

    /** The filter the options describe, with names resolved in the store. */
    AnalysisFilter filter(FilterTargets targets) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new CommandFailure(StoreCommand.localization().text("cli.period.reversed", from.toString(), to.toString()));
        }
        return new AnalysisFilter(from, to, resolve("cli.target.team.none", "cli.target.team.several", team, targets::team),
                resolve("cli.target.organisation.none", "cli.target.organisation.several", organisation, targets::organisation),
                resolve("cli.target.group.none", "cli.target.group.several", group, targets::group));
    }

    private static UUID resolve(String noneKey, String severalKey, String key,
                                java.util.function.Function<String, java.util.Optional<UUID>> finder) {
        if (key == null) {
            return null;
        }
        org.inclusio.logic.i18n.Localization l10n = StoreCommand.localization();
        try {
            return finder.apply(key).orElseThrow(() -> new CommandFailure(l10n.text(noneKey, key)));
        } catch (IllegalArgumentException ambiguous) {
            throw new CommandFailure(l10n.text(severalKey, key));
        }
    }
}
