package org.inclusio.reliability;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the trials look at: stack traces, the counts {@code info} prints, exported files, file contents. */
final class Checks {

    private static final Pattern COUNT_LINE = Pattern.compile("^ {2}(\\S[\\w ]*?) {2,}([\\d,]+)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern PROBE_LINE = Pattern.compile("^(count\\.\\w+|version|probe)=(\\S+)\\s*$",
            Pattern.MULTILINE);

    private Checks() {
    }

    /** A Java stack trace or exception name, which must never reach the console. */
    static boolean hasStackTrace(String text) {
        return text.contains("Exception") || text.contains("\tat ") || text.contains("\n\tat");
    }

    static String firstLines(String text, int lines) {
        String[] all = text.strip().split("\\R");
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < Math.min(lines, all.length); i++) {
            shown.append(i == 0 ? "" : " | ").append(all[i].strip());
        }
        if (all.length > lines) {
            shown.append(" | ...");
        }
        return shown.length() == 0 ? "(nothing)" : "\"" + shown + "\"";
    }

    static String lastLines(String text, int lines) {
        String[] all = text.strip().split("\\R");
        StringBuilder shown = new StringBuilder(all.length > lines ? "... | " : "");
        for (int i = Math.max(0, all.length - lines); i < all.length; i++) {
            shown.append(i == Math.max(0, all.length - lines) ? "" : " | ").append(all[i].strip());
        }
        return text.isBlank() ? "(nothing)" : "\"" + shown + "\"";
    }

    /** The record counts {@code info} printed, by the label it gave them ("People" ...). */
    static Map<String, Long> infoCounts(String infoOutput) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Matcher matcher = COUNT_LINE.matcher(infoOutput);
        while (matcher.find()) {
            counts.put(matcher.group(1).strip(), Long.parseLong(matcher.group(2).replace(",", "")));
        }
        return counts;
    }

    /** The {@code key=value} lines a store probe printed. */
    static Map<String, String> probeValues(String probeOutput) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher matcher = PROBE_LINE.matcher(probeOutput);
        while (matcher.find()) {
            values.put(matcher.group(1), matcher.group(2));
        }
        return values;
    }

    static boolean allZero(Map<String, Long> counts) {
        return !counts.isEmpty() && counts.values().stream().allMatch(count -> count == 0L);
    }

    /**
     * Reads an interchange file to its end and counts the records of each section; an incomplete
     * or damaged file gives an exception.
     */
    static Map<String, Integer> exportSections(Path file) throws IOException {
        Map<String, Integer> sections = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = new JsonFactory().createParser(in)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            boolean formatSeen = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("format")) {
                    formatSeen = "inclusio-exchange".equals(parser.getText());
                } else if (name.equals("records")) {
                    expect(value, JsonToken.START_OBJECT);
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String section = parser.currentName();
                        expect(parser.nextToken(), JsonToken.START_ARRAY);
                        int records = 0;
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            parser.skipChildren();
                            records++;
                        }
                        sections.put(section, records);
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new IOException("content after the end of the document");
            }
            if (!formatSeen) {
                throw new IOException("not an interchange file");
            }
        }
        return sections;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file below a folder except the program's own logs, as relative paths. */
    static java.util.List<String> filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(path -> folder.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith("logs/"))
                    .sorted().toList();
        }
    }

    static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
