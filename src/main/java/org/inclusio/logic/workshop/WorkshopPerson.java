package org.inclusio.logic.workshop;

import java.util.Set;
import java.util.UUID;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.PersonRole;

/**
 * One person listed in a live workshop, by pseudonymous code only.
 *
 * @param personId      the person
 * @param code          the pseudonymous code
 * @param role          the person's role (lay or staff follows from it)
 * @param invited       whether the person was invited (walk-ins were not)
 * @param attendance    attended, declined, did not come, or null while not checked in
 * @param speakingTurns speaking turns counted
 * @param questions     questions counted
 * @param heardRating   the person's own rating of having been heard, or null
 * @param expressRating the person's own rating of having been able to express their views, or null
 * @param groups        the disadvantaged groups the person declared, under a consent valid on the day
 */
public record WorkshopPerson(UUID personId, String code, PersonRole role, boolean invited,
                             AttendanceStatus attendance, int speakingTurns, int questions, Integer heardRating,
                             Integer expressRating, Set<UUID> groups) {

    public WorkshopPerson {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    /** Whether the person is checked in. */
    public boolean present() {
        return attendance == AttendanceStatus.ATTENDED;
    }
}
