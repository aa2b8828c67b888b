package org.inclusio.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A store on a PostgreSQL server, as a user names it: {@code postgresql://[user@]host[:port]/database[?options]}
 * (the form {@code psql} takes), {@code postgres://...}, or a JDBC URL {@code jdbc:postgresql://...}. A
 * password written into the address is refused, so that it never lands in a shell's history or a log; it
 * comes from a prompt, a file, {@code PGPASSWORD} or the PostgreSQL password file instead. Options such as
 * {@code sslmode=verify-full} pass on to the driver.
 *
 * @param jdbcUrl  the driver's URL, without user or password
 * @param user     the database user, or null for the operating system's user name
 * @param host     the server's host name
 * @param port     the server's port
 * @param database the database's name
 */
public record ServerAddress(String jdbcUrl, String user, String host, int port, String database) {

    public static final int DEFAULT_PORT = 5432;

    /** True when the text names a server rather than a folder. */
    public static boolean isServer(String location) {
        if (location == null) {
            return false;
        }
        String lower = location.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://")
                || lower.startsWith("jdbc:postgresql:");
    }

    /** The server a text names, or empty when it names a folder. */
    public static Optional<ServerAddress> parse(String location) {
        if (!isServer(location)) {
            return Optional.empty();
        }
        String text = location.strip();
        String withoutJdbc = text.regionMatches(true, 0, "jdbc:", 0, 5) ? text.substring(5) : text;
        URI uri;
        try {
            uri = new URI(withoutJdbc);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a server address: " + e.getReason());
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the server address names no host");
        }
        String path = uri.getRawPath();
        String database = path == null || path.length() <= 1 ? null : decode(path.substring(1));
        if (database == null || database.isBlank() || database.contains("/")) {
            throw new IllegalArgumentException("the server address names no database");
        }
        String user = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            if (userInfo.contains(":")) {
                throw new IllegalArgumentException("a password may not be written into the server address");
            }
            user = decode(userInfo);
        }
        StringBuilder options = new StringBuilder();
        String query = uri.getRawQuery();
        if (query != null) {
            for (String option : query.split("&")) {
                if (option.isBlank()) {
                    continue;
                }
                String name = decode(option.contains("=") ? option.substring(0, option.indexOf('=')) : option);
                if (name.equalsIgnoreCase("password")) {
                    throw new IllegalArgumentException("a password may not be written into the server address");
                }
                if (name.equalsIgnoreCase("user")) {
                    user = option.contains("=") ? decode(option.substring(option.indexOf('=') + 1)) : user;
                    continue;
                }
                options.append(options.length() == 0 ? '?' : '&').append(option);
            }
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        String jdbcUrl = "jdbc:postgresql://" + hostPart + ":" + port + "/" + encodeDatabase(database) + options;
        return Optional.of(new ServerAddress(jdbcUrl, user, host, port, database));
    }

    /** The user who connects: the one named, else the operating system's, as {@code psql} does. */
    public String effectiveUser() {
        return user != null ? user : System.getProperty("user.name", "");
    }

    /** How the store is named to the user: {@code user@host:port/database}, never with a password. */
    public String displayName() {
        return (user != null ? user + "@" : "") + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database;
    }

    /** A folder name for this server's local files (logs, temporary files), safe on every system. */
    public String folderName() {
        return (host + "-" + port + "-" + database + (user != null ? "-" + user : ""))
                .replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encodeDatabase(String database) {
        return java.net.URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return displayName();
    }
}
