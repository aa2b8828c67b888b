package org.inclusio.logic.activity;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.InvitationChannel;

/**
 * One person at an activity as the editor holds it: invitation, attendance, voice and rating.
 *
 * @param personId              the person
 * @param personCode            the person's pseudonymous code (for display)
 * @param invited               whether the person was invited
 * @param invitedOn             when, or null
 * @param channel               how, or null
 * @param accommodationsOffered accommodations offered with the invitation
 * @param attendance            attended, declined or no-show; null while unknown
 * @param absenceReason         why the person did not come, or null
 * @param barriersMet           barriers the person met
 * @param speakingTurns         how often the person spoke
 * @param questions             how many questions the person asked
 * @param heardRating           the person's own rating (1-5) of having been heard, or null
 * @param expressRating         the person's own rating (1-5) of being able to express their views, or null
 */
public record ParticipationDraft(UUID personId, String personCode, boolean invited, LocalDate invitedOn,
                                 InvitationChannel channel, Set<UUID> accommodationsOffered,
                                 AttendanceStatus attendance, String absenceReason, Set<UUID> barriersMet,
                                 int speakingTurns, int questions, Integer heardRating, Integer expressRating) {

    public ParticipationDraft {
        accommodationsOffered = Set.copyOf(accommodationsOffered);
        barriersMet = Set.copyOf(barriersMet);
    }

    /** A person just added to an activity: invited, attendance not yet known. */
    public static ParticipationDraft newInvitee(UUID personId, String personCode, LocalDate invitedOn) {
        return new ParticipationDraft(personId, personCode, true, invitedOn, null, Set.of(), null, null, Set.of(),
                0, 0, null, null);
    }
}
