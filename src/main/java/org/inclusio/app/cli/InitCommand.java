package org.inclusio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.persistence.StoreException;
import org.inclusio.persistence.StoreFactory;
import org.inclusio.persistence.StoreProblem;
import org.inclusio.persistence.StoreState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inclusio init}: creates a new, empty, encrypted store; refuses a folder that already holds one. */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--recovery-key-file", paramLabel = "FILE",
            descriptionKey = "cli.option.encrypt.recoveryKeyFile")
    private Path recoveryKeyFile;

    @Override
    public Integer call() {
        if (serverAddress() != null) {
            PrintWriter out = spec.commandLine().getOut();
            try (AppServices services = openOrCreateStore(null, out)) {
                out.println(localization().text("cli.init.serverReady", services.store().displayName(),
                        String.valueOf(services.store().schemaVersion())));
                out.flush();
                return 0;
            }
        }
        Path directory = storeDirectory();
        if (new StoreFactory().inspect(directory) != StoreState.MISSING) {
            throw new StoreException(StoreProblem.ALREADY_EXISTS, directory, "store exists", null);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = openOrCreateStore(recoveryKeyFile, out)) {
            out.println(localization().text("cli.init.done", services.store().directory().toString()));
            out.flush();
            return 0;
        }
    }
}
