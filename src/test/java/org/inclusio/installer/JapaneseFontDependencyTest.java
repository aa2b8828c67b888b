package org.inclusio.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Linux packages bring a font with Japanese glyphs in TrueType outlines, the only kind JavaFX on Linux
 * falls back to, so that the Japanese interface never shows empty boxes: the .deb through Debian's package
 * names, the .rpm through a rich dependency that prefers Fedora's and else takes any font declaring Japanese;
 * and no dependency of JavaFX is lost on the way.
 */
class JapaneseFontDependencyTest {

    private static final Pattern DEPENDENCIES = Pattern.compile("<linuxPackageDeps>(.*?)</linuxPackageDeps>");

    @Test
    void theDebDependsOnAJapaneseTrueTypeFont() throws IOException {
        List<String> deb = dependencies().get(1);

        assertThat(deb).contains("fonts-ipafont-gothic | fonts-vlgothic | fonts-takao-gothic")
                .contains("libgtk-3-0", "libgl1", "libxtst6", "libxxf86vm1");
    }

    @Test
    void theRpmRequiresAJapaneseTrueTypeFontOrAnyFontDeclaringJapanese() throws IOException {
        List<String> rpm = dependencies().get(0);

        assertThat(rpm).contains("(ipa-gothic-fonts or vlgothic-fonts or font(:lang=ja))")
                .contains("gtk3", "mesa-libGL", "libXtst", "libXxf86vm");
    }

    /** The .rpm's list (its own execution comes first in pom.xml), then the shared list the .deb uses. */
    private static List<List<String>> dependencies() throws IOException {
        Matcher matcher = DEPENDENCIES.matcher(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
        List<List<String>> lists = new ArrayList<>();
        while (matcher.find()) {
            lists.add(Arrays.stream(matcher.group(1).split(",")).map(String::strip).toList());
        }
        assertThat(lists).as("the .rpm's and the .deb's dependency lists").hasSize(2);
        assertThat(lists.get(0)).as("the .rpm's list, with Fedora's names").contains("gtk3");
        return lists;
    }
}
