package org.inclusio.logic.i18n;

import java.util.List;

/**
 * One task guide as the reader sees it, in their language.
 *
 * @param task     which task it explains
 * @param title    its title, e.g. "How to record a meeting"
 * @param summary  what the guide is for, in a sentence or two
 * @param sections its steps, in order
 */
public record Guide(TaskGuide task, String title, String summary, List<Section> sections) {

    public Guide {
        sections = List.copyOf(sections);
    }

    /** One step of a guide: a heading and its text (lines separated by line breaks). */
    public record Section(String heading, String text) {
    }

    /** True when the query (ignoring case) occurs in the title, the summary or any section. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String needle = query.trim().toLowerCase(java.util.Locale.ROOT);
        if ((title + "\n" + summary).toLowerCase(java.util.Locale.ROOT).contains(needle)) {
            return true;
        }
        return sections.stream().anyMatch(section -> (section.heading() + "\n" + section.text())
                .toLowerCase(java.util.Locale.ROOT).contains(needle));
    }
}
