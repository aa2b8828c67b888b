package org.inclusio.logic.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Makes the code of an entry a region adds: {@code REGION_} and the name in capitals with
 * everything but letters and digits turned into underscores, numbered when already taken.
 */
final class RegionalCodes {

    static final String PREFIX = "REGION_";
    /** The code column's length. */
    static final int MAX_LENGTH = 64;
    private static final int MAX_SLUG = 48;
    private static final String FALLBACK_SLUG = "ENTRY";

    private RegionalCodes() {
    }

    /** The code for a name, the first one that {@code taken} does not report. */
    static String forName(String name, Predicate<String> taken) {
        String base = PREFIX + slug(name);
        if (!taken.test(base)) {
            return base;
        }
        for (int number = 2; ; number++) {
            String candidate = base + "_" + number;
            if (candidate.length() <= MAX_LENGTH && !taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** "Sámi speakers (north)" becomes "SAMI_SPEAKERS_NORTH". */
    static String slug(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = decomposed.toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("_+$", "");
        }
        return slug.isEmpty() ? FALLBACK_SLUG : slug;
    }
}
