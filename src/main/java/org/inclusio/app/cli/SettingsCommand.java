package org.inclusio.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.logic.analysis.DisclosureSettings;
import org.inclusio.logic.analysis.Suppression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inclusio settings}: shows the store's settings, and changes them when asked. */
@Command(name = "settings", mixinStandardHelpOptions = true)
final class SettingsCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--suppression-threshold", paramLabel = "N",
            descriptionKey = "cli.option.settings.suppressionThreshold")
    private Integer threshold;

    @Override
    public Integer call() {
        try (AppServices services = openStore()) {
            DisclosureSettings settings = new DisclosureSettings(services.store().database());
            if (threshold != null) {
                if (threshold < Suppression.MINIMUM_THRESHOLD) {
                    spec.commandLine().getErr().println(localization().text("cli.settings.thresholdTooLow",
                            Suppression.MINIMUM_THRESHOLD, threshold));
                    return 1;
                }
                settings.setThreshold(threshold);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(localization().text("cli.settings.threshold", settings.threshold(), settings.threshold() - 1));
            out.flush();
            return 0;
        }
    }
}
