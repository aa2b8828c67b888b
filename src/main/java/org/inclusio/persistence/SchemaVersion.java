package org.inclusio.persistence;

import java.util.Arrays;

/**
 * A migration version such as "1.0" or "1.2.1", ordered numerically part by part.
 *
 * @param parts the numeric parts, most significant first
 */
public record SchemaVersion(int[] parts) implements Comparable<SchemaVersion> {

    public static SchemaVersion parse(String text) {
        String[] pieces = text.trim().replace('_', '.').split("\\.");
        int[] numbers = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            numbers[i] = Integer.parseInt(pieces[i]);
        }
        return new SchemaVersion(numbers);
    }

    @Override
    public int compareTo(SchemaVersion other) {
        return Arrays.compare(parts, other.parts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaVersion version && Arrays.equals(parts, version.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int part : parts) {
            if (text.length() > 0) {
                text.append('.');
            }
            text.append(part);
        }
        return text.toString();
    }
}
