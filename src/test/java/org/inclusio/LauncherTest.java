package org.inclusio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher takes for an interchange file opened from the desktop, and what it leaves to the commands. */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void anExistingInclusioFileOpensTheWindowToImportIt() throws IOException {
        Path file = Files.writeString(dir.resolve("from the office.inclusio"), "{}");
        Path upper = Files.writeString(dir.resolve("LAPTOP.INCLUSIO"), "{}");

        assertThat(Launcher.opensInterchangeFile(file.toString())).isTrue();
        assertThat(Launcher.opensInterchangeFile(upper.toString())).isTrue();
    }

    @Test
    void commandsOptionsOtherFilesAndMissingFilesAreLeftToTheCommandLine() throws IOException {
        Path json = Files.writeString(dir.resolve("export.json"), "{}");
        Path folder = Files.createDirectory(dir.resolve("folder.inclusio"));
        // a file named like a command in the working folder must not turn "inclusio info" into a window
        Path namedLikeACommand = Files.writeString(dir.resolve("info"), "");

        assertThat(Launcher.opensInterchangeFile("info")).isFalse();
        assertThat(Launcher.opensInterchangeFile(namedLikeACommand.toString())).isFalse();
        assertThat(Launcher.opensInterchangeFile("--store=" + dir.resolve("x.inclusio"))).isFalse();
        assertThat(Launcher.opensInterchangeFile(json.toString())).isFalse();
        assertThat(Launcher.opensInterchangeFile(folder.toString())).isFalse();
        assertThat(Launcher.opensInterchangeFile(dir.resolve("missing.inclusio").toString())).isFalse();
        assertThat(Launcher.opensInterchangeFile("bad\u0000name.inclusio")).isFalse();
    }

    @Test
    void onlyStartsWithoutACommandOpenTheWindow() throws IOException {
        Path file = Files.writeString(dir.resolve("in.inclusio"), "{}");

        assertThat(Launcher.opensWindow(new String[0])).isTrue();
        assertThat(Launcher.opensWindow(new String[] {file.toString()})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--store", "x", "--language=sv"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--store=x"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"info"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"--store", "x", "info"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"--version"})).isFalse();
    }
}
