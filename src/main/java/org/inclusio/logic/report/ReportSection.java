package org.inclusio.logic.report;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of a board report a reader may choose, in the order the report puts them. The title page
 * and the table of contents always come first.
 */
public enum ReportSection {
    /** What was covered, which groups had no place or no say, what changed since the previous period. */
    SUMMARY,
    /** The mode x level matrix and its empty cells. */
    MATRIX,
    /** Each group's share of lay attendees against its share of the population, with intervals. */
    REPRESENTATION,
    /** Each group's share of adopted proposals against its share of attendances. */
    INFLUENCE,
    /** Invited, attended, spoke, proposed, adopted per group. */
    FUNNEL,
    /** Open and resolved exclusion flags with their mitigation. */
    FLAGS,
    /** The proposals made and what became of them. */
    YOU_SAID_WE_DID,
    /** The governance model of each organisation. */
    GOVERNANCE,
    /** Definitions, the suppression policy and the interval method. */
    METHOD;

    /** Every section. */
    public static Set<ReportSection> all() {
        return EnumSet.allOf(ReportSection.class);
    }

    /** The section's name on the command line, e.g. {@code you-said-we-did}. */
    public String option() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The section with this command-line name, or null. */
    public static ReportSection ofOption(String option) {
        for (ReportSection section : values()) {
            if (section.option().equalsIgnoreCase(option.strip())) {
                return section;
            }
        }
        return null;
    }
}
