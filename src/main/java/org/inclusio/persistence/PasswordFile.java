package org.inclusio.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * PostgreSQL's password file ({@code PGPASSFILE}, else {@code ~/.pgpass}, or {@code %APPDATA%\postgresql\pgpass.conf}
 * on Windows), which the driver reads itself when no password is given. Only asked whether it has a line for
 * a server, so that the user is not prompted for a password the file holds; the password is never read here.
 */
public final class PasswordFile {

    private PasswordFile() {
    }

    /** True when the password file has a line that matches the server's host, port, database and user. */
    public static boolean hasEntryFor(ServerAddress server) {
        Path file = location();
        if (file == null || !Files.isReadable(file)) {
            return false;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                if (matches(line, server)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    static boolean matches(String line, ServerAddress server) {
        if (line.isBlank() || line.startsWith("#")) {
            return false;
        }
        List<String> fields = fields(line);
        if (fields.size() < 5) {
            return false;
        }
        return field(fields.get(0), server.host()) && field(fields.get(1), Integer.toString(server.port()))
                && field(fields.get(2), server.database()) && field(fields.get(3), server.effectiveUser());
    }

    private static boolean field(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    /** The colon-separated fields of a line, with {@code \:} and {@code \\} as escapes. */
    private static List<String> fields(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }

    private static Path location() {
        String chosen = System.getenv("PGPASSFILE");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            String appData = System.getenv("APPDATA");
            return appData == null ? null : Path.of(appData, "postgresql", "pgpass.conf");
        }
        return Path.of(System.getProperty("user.home", "."), ".pgpass");
    }
}
