package org.inclusio.logic.exchange.sheet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Remembers, for the next import, which column each field was read from (per file kind and set of
 * headers) and what each source value was mapped to (per field), in the user's preferences under
 * {@code org/inclusio/import}.
 */
public final class MappingMemory {

    private static final int MAX_KEY = Preferences.MAX_KEY_LENGTH;

    private final Preferences root;

    public MappingMemory(Preferences root) {
        this.root = root;
    }

    public static MappingMemory forCurrentUser() {
        return new MappingMemory(Preferences.userRoot().node("org/inclusio/import"));
    }

    /** The columns remembered for a file of this kind with these headers, if any. */
    public Optional<Map<TargetField, String>> columns(SheetKind kind, List<String> headers) {
        try {
            String path = columnsPath(kind, headers);
            if (!root.nodeExists(path)) {
                return Optional.empty();
            }
            Preferences node = root.node(path);
            Map<TargetField, String> columns = new EnumMap<>(TargetField.class);
            for (TargetField field : kind.fields()) {
                String header = node.get(field.name(), null);
                if (header != null && headers.contains(header)) {
                    columns.put(field, header);
                }
            }
            return Optional.of(columns);
        } catch (BackingStoreException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The values remembered for a field: normalised source value to code. */
    public Map<String, String> values(TargetField field) {
        Preferences node = valuesNode(field);
        Map<String, String> values = new HashMap<>();
        try {
            for (String key : node.keys()) {
                String source = node.node("sources").get(key, null);
                String code = node.get(key, null);
                if (source != null && code != null) {
                    values.put(source, code);
                }
            }
        } catch (BackingStoreException | IllegalStateException e) {
            return Map.of();
        }
        return values;
    }

    /** Remembers the mapping's columns for these headers and its value mappings per field. */
    public void remember(SheetMapping mapping, List<String> headers) {
        Preferences columns = root.node(columnsPath(mapping.kind(), headers));
        for (TargetField field : mapping.kind().fields()) {
            mapping.column(field).ifPresentOrElse(header -> columns.put(field.name(), header),
                    () -> columns.put(field.name(), ""));
        }
        mapping.values().forEach((field, values) -> {
            Preferences node = valuesNode(field);
            values.forEach((source, code) -> {
                String key = key(source);
                node.put(key, code);
                node.node("sources").put(key, source);
            });
        });
        try {
            root.flush();
        } catch (BackingStoreException e) {
            // not remembering a mapping loses convenience, never data
        }
    }

    private Preferences valuesNode(TargetField field) {
        return root.node(field.kind().key() + "/values/" + field.key());
    }

    private static String columnsPath(SheetKind kind, List<String> headers) {
        TreeSet<String> sorted = new TreeSet<>();
        headers.forEach(header -> sorted.add(SheetMapping.normalise(header)));
        return kind.key() + "/columns/" + digest(String.join("\u0000", sorted));
    }

    private static String key(String source) {
        return source.length() <= MAX_KEY - 2 && !source.contains("/") ? "v" + source : "h" + digest(source);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
