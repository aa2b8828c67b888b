package org.inclusio.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusio.app.InclusioApp;
import org.inclusio.logic.exchange.InterchangeFileName;
import org.junit.jupiter.api.Test;

/**
 * The files the installer profile hands to jpackage agree with the program and with each other: the file
 * association names the ending the export suggests, the desktop entry jpackage picks up by its name carries
 * the window's class and passes the opened file, and the licence is the one the packages declare.
 */
class InstallerResourcesTest {

    private static final Path INSTALLER = Path.of("installer");

    @Test
    void theFileAssociationNamesTheEndingAndMediaTypeTheProgramUses() throws IOException {
        Properties association = properties(INSTALLER.resolve("inclusio-file.properties"));

        assertThat(association.getProperty("extension")).isEqualTo(InterchangeFileName.EXTENSION);
        assertThat(association.getProperty("mime-type")).isEqualTo(InterchangeFileName.MEDIA_TYPE);
        assertThat(association.getProperty("description")).isNotBlank();
        assertThat(pom()).contains("<fileAssociation>${project.basedir}/installer/inclusio-file.properties"
                + "</fileAssociation>");
    }

    @Test
    void theDesktopEntryIsTheOneJpackageLooksForAndMatchesTheWindow() throws IOException {
        String pom = pom();
        // jpackage takes a desktop entry from the resource folder only under the name <application name>.desktop
        // (and installs it as <package>-<launcher>.desktop)
        String linux = profile(pom, "installer-linux");
        String name = tag(linux, "installer.name");
        Path resources = Path.of(tag(linux, "installer.resources").replace("${project.basedir}/", ""));
        Path entry = resources.resolve(name + ".desktop");
        assertThat(entry).exists();

        List<String> lines = Files.readAllLines(entry, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("[Desktop Entry]");
        // the window's WM_CLASS is the JavaFX application class (seen with xprop), so docks group it with the entry
        assertThat(lines).contains("StartupWMClass=" + InclusioApp.class.getName(),
                "Exec=APPLICATION_LAUNCHER %f", "Name=Inclusio", "Type=Application", "Terminal=false",
                "DESKTOP_MIMES");
        assertThat(lines).filteredOn(line -> line.startsWith("Categories=")).singleElement()
                .satisfies(line -> assertThat(line).endsWith(";"));
        assertThat(name).isEqualTo("inclusio");
        assertThat(tag(linux, "installer.installDir")).isEqualTo("/usr");
    }

    @Test
    void theDebianScriptsRegisterAndRemoveTheEntryAndMediaTypeWithoutAMenuSystem() throws IOException {
        // jpackage installs the entry and the MIME description under /usr/lib/<package> as <package>-<name>...
        String installed = "/usr/lib/inclusio/inclusio-inclusio";
        String postinst = Files.readString(INSTALLER.resolve("linux/postinst"), StandardCharsets.UTF_8);
        String prerm = Files.readString(INSTALLER.resolve("linux/prerm"), StandardCharsets.UTF_8);

        assertThat(postinst).contains(
                "ln -sf " + installed + ".desktop /usr/share/applications/inclusio-inclusio.desktop",
                "ln -sf " + installed + "-MimeInfo.xml /usr/share/mime/packages/inclusio-inclusio-MimeInfo.xml",
                "update-mime-database /usr/share/mime", "update-desktop-database");
        assertThat(prerm).contains("rm -f /usr/share/applications/inclusio-inclusio.desktop "
                + "/usr/share/mime/packages/inclusio-inclusio-MimeInfo.xml", "update-mime-database /usr/share/mime");
        // xdg-desktop-menu fails where no menu is set up and leaves the package half-installed
        assertThat((postinst + prerm).lines().filter(line -> !line.strip().startsWith("#")))
                .noneMatch(line -> line.contains("xdg-desktop-menu"));
        for (String script : List.of(postinst, prerm)) {
            assertThat(script).startsWith("#!/bin/sh").contains("set -e");
        }
    }

    @Test
    void theLicenceIsTheEuplEverywhere() throws IOException {
        String licence = Files.readString(Path.of("LICENSE"), StandardCharsets.UTF_8);
        assertThat(licence).startsWith("EUROPEAN UNION PUBLIC LICENCE v. 1.2");
        assertThat(licence).contains("Appendix", "Compatible Licences");

        String pom = pom();
        assertThat(tag(pom, "licenses")).contains("<name>EUPL-1.2</name>");
        assertThat(tag(pom, "linuxRpmLicenseType")).isEqualTo("EUPL-1.2");
        assertThat(tag(pom, "licenseFile")).isEqualTo("${project.basedir}/LICENSE");
    }

    @Test
    void windowsGetsAConsoleLauncherForCommands() throws IOException {
        String windows = profile(pom(), "installer-windows");
        assertThat(windows).contains("<name>inclusio-cli</name>",
                "<file>${project.basedir}/installer/windows/inclusio-cli.properties</file>");
        Properties launcher = properties(INSTALLER.resolve("windows/inclusio-cli.properties"));
        assertThat(launcher.getProperty("win-console")).isEqualTo("true");
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String pom() throws IOException {
        return Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    }

    private static String profile(String pom, String id) {
        int start = pom.indexOf("<id>" + id + "</id>");
        assertThat(start).as("profile %s", id).isNotNegative();
        return pom.substring(start, pom.indexOf("</profile>", start));
    }

    private static String tag(String xml, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">(.*?)</" + Pattern.quote(name) + ">",
                Pattern.DOTALL).matcher(xml);
        assertThat(matcher.find()).as("<%s> present", name).isTrue();
        return matcher.group(1).strip();
    }
}
