package org.inclusio.app.cli;

import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.logic.privacy.ErasureService;
import org.inclusio.logic.privacy.PersonNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inclusio erase PERSON-CODE}: the right to erasure (GDPR art. 17). */
@Command(name = "erase", mixinStandardHelpOptions = true)
final class EraseCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PERSON-CODE", descriptionKey = "cli.option.access.personCode")
    private String code;

    @Option(names = "--yes", descriptionKey = "cli.option.erase.yes")
    private boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = openStore()) {
            ErasureService erasure = services.privacy().erasure();
            UUID person = erasure.find(code).orElseThrow(PersonNotFoundException::new);
            if (!yes && !Confirmation.ask(localization().text("cli.erase.question"))) {
                out.println(localization().text("cli.erase.declined"));
                out.flush();
                return 1;
            }
            erasure.erase(person);
            out.println(localization().text("cli.erase.done"));
            out.flush();
            return 0;
        } catch (PersonNotFoundException e) {
            throw new CommandFailure(localization().text("cli.erase.notFound", e.getMessage()));
        }
    }
}
