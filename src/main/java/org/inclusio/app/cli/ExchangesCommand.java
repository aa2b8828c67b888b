package org.inclusio.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.logic.exchange.ExchangeHistory;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.ExchangeDirection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code inclusio exchanges}: the interchange files the store sent and received, newest first, as the
 * Reports area's exchange history shows them.
 */
@Command(name = "exchanges", mixinStandardHelpOptions = true)
final class ExchangesCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (AppServices services = openStore()) {
            Localization l10n = localization();
            ExchangeHistory history = new ExchangeHistory(services.store().database(), l10n);
            List<ExchangeHistory.Line> lines = history.lines();
            PrintWriter out = spec.commandLine().getOut();
            if (lines.isEmpty()) {
                out.println(l10n.text("cli.exchanges.none"));
                out.flush();
                return 0;
            }
            out.println(l10n.text("cli.exchanges.thisStore", history.thisStore()));
            for (ExchangeHistory.Line line : lines) {
                out.println();
                out.printf("%s  %s%n", line.when(), line.direction());
                if (line.kind() == ExchangeDirection.RECEIVED) {
                    out.printf("  %s: %s%n", l10n.text("exchangeHistory.column.otherStore"), line.otherStore());
                }
                out.printf("  %s: %s%n", l10n.text("exchangeHistory.column.file"), line.file());
                out.printf("  %s: %s%n", l10n.text("exchangeHistory.column.what"), line.what());
                out.printf("  %s: %s%n", l10n.text("exchangeHistory.column.records"), line.records());
            }
            out.flush();
            return 0;
        }
    }
}
