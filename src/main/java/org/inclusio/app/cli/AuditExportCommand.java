package org.inclusio.app.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.logic.audit.AuditExport;
import org.inclusio.logic.audit.AuditTrail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code inclusio audit export FILE}: the whole trail with its hashes, as CSV or JSON by the file's extension. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class AuditExportCommand implements Callable<Integer> {

    @ParentCommand
    private AuditCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.option.auditExport.file")
    private Path file;

    @Override
    public Integer call() throws IOException {
        org.inclusio.logic.i18n.Localization l10n = StoreCommand.localization();
        AuditExport.Format format = AuditExport.Format.ofFile(file).orElseThrow(() -> new CommandFailure(
                l10n.text("cli.auditExport.unknownFormat", file.toString())));
        Path temporary = file.toAbsolutePath().resolveSibling(file.getFileName() + ".part");
        try (AppServices services = parent.open()) {
            long written;
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                written = new AuditExport(new AuditTrail(services.store().database()))
                        .write(format, stream, file.getFileName().toString());
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            spec.commandLine().getOut().println(l10n.text("cli.auditExport.done", written, file.toString()));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IOException e) {
            throw new CommandFailure(l10n.text("cli.file.notWritten", file.toString(), String.valueOf(e.getMessage())));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
