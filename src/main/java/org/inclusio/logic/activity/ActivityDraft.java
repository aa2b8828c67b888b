package org.inclusio.logic.activity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.inclusio.model.ExpectedRole;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.ReasonForCoproducing;
import org.inclusio.model.TemporalNature;
import org.inclusio.model.VoiceOrAction;

/**
 * Everything the activity editor edits, as one value: what the service loads and what it saves
 * in one transaction. {@code id} is null for a new activity; {@code version} is the stored version
 * the form was opened with, so a save over someone else's change is refused.
 */
public record ActivityDraft(UUID id, long version, String title, LocalDate heldOn, LocalTime startTime,
                            int durationMinutes, String place, Mode mode, Level level,
                            TemporalNature temporalNatureOverride, VoiceOrAction contributionOverride,
                            String purpose, Set<ReasonForCoproducing> reasons, UUID teamId, UUID organisationId,
                            ExpectedRole expectedRole, String topicsAvoided, String notes,
                            Set<UUID> barriersObserved, Set<UUID> accommodationsGiven,
                            List<ParticipationDraft> participations, List<ProposalDraft> proposals) {

    public ActivityDraft {
        reasons = Set.copyOf(reasons);
        barriersObserved = Set.copyOf(barriersObserved);
        accommodationsGiven = Set.copyOf(accommodationsGiven);
        participations = List.copyOf(participations);
        proposals = List.copyOf(proposals);
    }

    /** A new, empty activity on the given day. */
    public static ActivityDraft blank(LocalDate day) {
        return new ActivityDraft(null, 0, "", day, null, 120, "", Mode.CO_DESIGN, Level.GROUP, null, null, "",
                Set.of(), null, null, null, "", "", Set.of(), Set.of(), List.of(), List.of());
    }

    public boolean isNew() {
        return id == null;
    }
}
