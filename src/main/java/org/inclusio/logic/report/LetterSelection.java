package org.inclusio.logic.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Which activities "you said, we did" letters are about: one activity, or every activity held in a period
 * (optionally of one process team).
 *
 * @param activityId the activity, or null for a period
 * @param from       first day of the period; null for one activity
 * @param to         last day of the period, not before {@code from}; null for one activity
 * @param teamId     the process team of a period, or null for every team
 */
public record LetterSelection(UUID activityId, LocalDate from, LocalDate to, UUID teamId) {

    public LetterSelection {
        if (activityId == null) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("the period starts after it ends: " + from + " > " + to);
            }
        } else if (from != null || to != null || teamId != null) {
            throw new IllegalArgumentException("one activity has no period and no team of its own to choose");
        }
    }

    /** The letters about one activity. */
    public static LetterSelection activity(UUID activityId) {
        return new LetterSelection(Objects.requireNonNull(activityId), null, null, null);
    }

    /** The letters about the activities of a period, of one team when {@code teamId} is not null. */
    public static LetterSelection period(LocalDate from, LocalDate to, UUID teamId) {
        return new LetterSelection(null, from, to, teamId);
    }

    /** Whether the letters are about one activity. */
    public boolean oneActivity() {
        return activityId != null;
    }
}
