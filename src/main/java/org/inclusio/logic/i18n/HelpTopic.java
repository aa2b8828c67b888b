package org.inclusio.logic.i18n;

/**
 * One entry of the help: a concept or a vocabulary term, with its plain-language explanation.
 *
 * @param key     stable key, e.g. {@code concept.tokenism} or {@code Mode.CO_DESIGN}
 * @param section the heading it is listed under
 * @param title   its label
 * @param text    its explanation
 */
public record HelpTopic(String key, String section, String title, String text) {

    /** True when the query (ignoring case) occurs in the title or the text. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String needle = query.trim().toLowerCase(java.util.Locale.ROOT);
        return title.toLowerCase(java.util.Locale.ROOT).contains(needle)
                || text.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
