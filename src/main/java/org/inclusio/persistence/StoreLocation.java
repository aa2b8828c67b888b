package org.inclusio.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Finds where the store lives: an explicit choice (command-line option) first, then the
 * {@value #ENVIRONMENT_VARIABLE} environment variable, then the place the operating system
 * expects application data (XDG data directory on Linux, %LOCALAPPDATA% on Windows, Application
 * Support on macOS).
 */
public final class StoreLocation {

    /** The environment variable that points the application and every command at another store. */
    public static final String ENVIRONMENT_VARIABLE = "INCLUSIO_STORE";

    private static final String APP_DIRECTORY = "Inclusio";

    private final Map<String, String> environment;
    private final String osName;
    private final Path home;

    public StoreLocation(Map<String, String> environment, String osName, Path home) {
        this.environment = Map.copyOf(environment);
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.home = home;
    }

    /** The location rules of the machine this program runs on. */
    public static StoreLocation ofThisMachine() {
        return new StoreLocation(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    /**
     * @param explicit the directory chosen on the command line, or null
     * @return the store directory to use
     */
    public Path resolve(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment.trim());
        }
        return defaultDirectory();
    }

    /**
     * The location as the user chose it (the option's text, else the environment variable's), or null when
     * neither is given; it names either a folder or a server ({@link ServerAddress}).
     */
    public String chosenLocation(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment.trim() : null;
    }

    /** The local folder for a server store's logs and temporary files: never its data, which stays on the server. */
    public Path serverWorkFolder(ServerAddress server) {
        return defaultDirectory().resolve("servers").resolve(server.folderName());
    }

    /** The operating system's directory for this application's data. */
    public Path defaultDirectory() {
        if (osName.startsWith("windows")) {
            String localAppData = environment.get("LOCALAPPDATA");
            Path base = localAppData != null && !localAppData.isBlank()
                    ? Path.of(localAppData) : home.resolve("AppData").resolve("Local");
            return base.resolve(APP_DIRECTORY);
        }
        if (osName.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_DIRECTORY);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(APP_DIRECTORY.toLowerCase(Locale.ROOT));
    }
}
