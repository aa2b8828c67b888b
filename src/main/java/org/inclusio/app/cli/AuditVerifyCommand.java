package org.inclusio.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.audit.AuditVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code inclusio audit verify}: checks the hash chain; exit status 0 when intact, 4 naming the first broken entry. */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class AuditVerifyCommand implements Callable<Integer> {

    @ParentCommand
    private AuditCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (AppServices services = parent.open()) {
            AuditVerification result = new AuditTrail(services.store().database()).verify();
            String sentence = result.describe(services.localization());
            PrintWriter stream = result.isIntact() ? spec.commandLine().getOut() : spec.commandLine().getErr();
            stream.println(sentence);
            stream.flush();
            return (result.isIntact() ? ExitStatus.DONE : ExitStatus.AUDIT_BROKEN).code();
        }
    }
}
