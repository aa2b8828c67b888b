package org.inclusio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.logic.privacy.AccessWriter;
import org.inclusio.logic.privacy.PersonNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inclusio access PERSON-CODE --output FILE}: the right of access (GDPR art. 15). */
@Command(name = "access", mixinStandardHelpOptions = true)
final class AccessCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PERSON-CODE", descriptionKey = "cli.option.access.personCode")
    private String code;

    @Option(names = "--output", paramLabel = "FILE", required = true, descriptionKey = "cli.option.access.output")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "cli.option.access.format")
    private String format;

    @Override
    public Integer call() {
        AccessWriter.Format chosen = format();
        org.inclusio.logic.i18n.Localization l10n = StoreCommand.localization();
        if (Files.exists(output)) {
            throw new CommandFailure(l10n.text("cli.file.exists", output.toString()));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = openStore()) {
            UUID person = services.privacy().erasure().find(code).orElseThrow(PersonNotFoundException::new);
            services.privacy().exportAccess(person, chosen, output);
            out.println(l10n.text("cli.access.done", output.toString()));
            out.flush();
            return 0;
        } catch (PersonNotFoundException e) {
            throw new CommandFailure(l10n.text("cli.nothingWritten", e.getMessage()));
        } catch (IOException e) {
            throw new CommandFailure(l10n.text("cli.access.failed", output.toString(), reason(e)));
        }
    }

    private AccessWriter.Format format() {
        if (format == null) {
            return AccessWriter.Format.forFile(output);
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text", "txt" -> AccessWriter.Format.TEXT;
            case "json" -> AccessWriter.Format.JSON;
            default -> throw new CommandFailure(StoreCommand.localization().text("cli.access.badFormat", format));
        };
    }

    private static String reason(IOException e) {
        org.inclusio.logic.i18n.Localization l10n = StoreCommand.localization();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return l10n.text("cli.access.reason.noFolder");
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return l10n.text("cli.access.reason.denied");
        }
        String message = e.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("space") ? l10n.text("cli.access.reason.diskFull")
                : e.getClass().getSimpleName();
    }
}
