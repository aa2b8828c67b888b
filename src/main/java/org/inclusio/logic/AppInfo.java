package org.inclusio.logic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The program's name and version as the build wrote them. */
public final class AppInfo {

    private final String version;

    private AppInfo(String version) {
        this.version = version;
    }

    /** Reads the build information bundled with the program. */
    public static AppInfo bundled() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/org/inclusio/build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AppInfo(properties.getProperty("version", "development"));
    }

    public String name() {
        return "Inclusio";
    }

    public String version() {
        return version;
    }
}
