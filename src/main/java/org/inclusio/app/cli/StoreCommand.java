package org.inclusio.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.inclusio.app.AppServices;
import org.inclusio.app.LoggingSetup;
import org.inclusio.logic.i18n.Localization;
import picocli.CommandLine.ParentCommand;

/** What every command shares: the store chosen on the command line, opened with logging to its folder. */
abstract class StoreCommand {

    @ParentCommand
    private InclusioCommand root;

    /** Opens the chosen store with every service over it; the caller closes it. */
    protected AppServices openStore() {
        Path directory = storeDirectory();
        LoggingSetup.configure(directory);
        return AppServices.open(directory, new Localization(Locale.getDefault()));
    }

    protected Path storeDirectory() {
        return root.storeDirectory();
    }
}
