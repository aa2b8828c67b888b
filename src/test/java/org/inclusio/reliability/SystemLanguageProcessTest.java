package org.inclusio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.inclusio.Launcher;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code LANG=sv_SE.UTF-8 inclusio --help} speaks Swedish and {@code LANG=ja_JP.UTF-8} Japanese, written in UTF-8,
 * whether or not the system has that locale installed (many containers and minimal installations have none, and
 * the JVM then falls back to English and ASCII).
 */
class SystemLanguageProcessTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @CsvSource({
        "LANG, sv_SE.UTF-8, false, Användning: inclusio, Visa den här hjälptexten och avsluta.",
        "LANG, sv_SE.UTF-8, true, Användning: inclusio, Visa den här hjälptexten och avsluta.",
        "LANG, ja_JP.UTF-8, false, 使い方: inclusio, このヘルプを表示して終了します。",
        "LANG, ja_JP.UTF-8, true, 使い方: inclusio, このヘルプを表示して終了します。",
        "LC_ALL, ja_JP.utf8, true, 使い方: inclusio, このヘルプを表示して終了します。",
        "LANG, en_GB.UTF-8, true, Usage: inclusio, Show this help message and exit."
    })
    void theHelpFollowsTheEnvironmentsLanguage(String variable, String value, boolean noLocalesInstalled,
                                               String usage, String helpOption)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(Programs.javaBinary(), "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-Djava.util.prefs.userRoot=" + work.resolve("prefs"),
                "-cp", Programs.classPath(), Launcher.class.getName(), "--help"));
        Map<String, String> environment = builder.environment();
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "INCLUSIO_LANGUAGE",
                "INCLUSIO_STORE")) {
            environment.remove(name);
        }
        environment.put(variable, value);
        if (noLocalesInstalled) {
            // the C library looks for its locales in an empty folder: the JVM finds none and falls back
            environment.put("LOCPATH", work.resolve("no-locales").toString());
        }
        builder.redirectErrorStream(true);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        assertThat(text).startsWith(usage).contains(helpOption);
    }
}
