package org.inclusio.logic.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a board report is asked for.
 *
 * @param scope    the region, an organisation or a team
 * @param from     first day of the period
 * @param to       last day of the period, not before {@code from}
 * @param sections the sections wanted; the title page and the contents always come
 * @param locale   the language of the report's texts
 */
public record ReportRequest(ReportScope scope, LocalDate from, LocalDate to, Set<ReportSection> sections,
                            Locale locale) {

    public ReportRequest {
        Objects.requireNonNull(scope);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(locale);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts after it ends: " + from + " > " + to);
        }
        sections = sections == null || sections.isEmpty() ? EnumSet.noneOf(ReportSection.class)
                : EnumSet.copyOf(sections);
    }

    /** Whether the section is wanted. */
    public boolean wants(ReportSection section) {
        return sections.contains(section);
    }

    /** The period of the same length just before this one, for the summary's comparison. */
    public LocalDate previousFrom() {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        return from.minusDays(days);
    }

    /** The last day of the previous period: the day before {@link #from}. */
    public LocalDate previousTo() {
        return from.minusDays(1);
    }
}
