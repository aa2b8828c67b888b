package org.inclusio.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.inclusio.app.cli.InclusioCommand;
import picocli.CommandLine;

/** One run of the command line inside the test's JVM: its exit status and what it printed. */
public record CommandLineRun(int status, String out, String err) {

    /** Runs {@code inclusio} with the arguments as given, capturing both streams. */
    public static CommandLineRun of(String... arguments) {
        CommandLine commandLine = InclusioCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int status = commandLine.execute(arguments);
        return new CommandLineRun(status, out.toString(), err.toString());
    }
}
