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

    @Parameters(paramLabel = "PERSON-CODE", description = "The person's code.")
    private String code;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "Where to write it.")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    private String format;

    @Override
    public Integer call() {
        AccessWriter.Format chosen = format();
        if (Files.exists(output)) {
            throw new CommandFailure("The file " + output + " already exists; it was not overwritten.");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = openStore()) {
            UUID person = services.privacy().erasure().find(code).orElseThrow(PersonNotFoundException::new);
            services.privacy().exportAccess(person, chosen, output);
            out.printf("Wrote what the store holds about the person to %s (readable by you alone).%n", output);
            out.flush();
            return 0;
        } catch (PersonNotFoundException e) {
            throw new CommandFailure(e.getMessage() + " Nothing was written.");
        } catch (IOException e) {
            throw new CommandFailure("The file " + output + " could not be written (" + reason(e)
                    + "); nothing was written.");
        }
    }

    private AccessWriter.Format format() {
        if (format == null) {
            return AccessWriter.Format.forFile(output);
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text", "txt" -> AccessWriter.Format.TEXT;
            case "json" -> AccessWriter.Format.JSON;
            default -> throw new CommandFailure("--format takes text or json, not " + format + ".");
        };
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "access denied";
        }
        String message = e.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("space") ? "the disk is full"
                : e.getClass().getSimpleName();
    }
}
