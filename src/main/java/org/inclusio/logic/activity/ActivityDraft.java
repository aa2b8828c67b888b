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
 * {@code anonymousParticipants} counts people who took part without being in the register (survey
 * respondents, visitors to an open meeting); they are not among {@code participations}.
 * {@code talkCounted} is false when nobody counted speaking turns and questions: the zeros of the
 * participations then mean "not counted", and the analyses leave the activity out of who spoke.
 */
public record ActivityDraft(UUID id, long version, String title, LocalDate heldOn, LocalTime startTime,
                            int durationMinutes, int anonymousParticipants, String place, Mode mode, Level level,
                            TemporalNature temporalNatureOverride, VoiceOrAction contributionOverride,
                            String purpose, Set<ReasonForCoproducing> reasons, UUID teamId, UUID organisationId,
                            ExpectedRole expectedRole, String topicsAvoided, String notes,
                            Set<UUID> barriersObserved, Set<UUID> accommodationsGiven,
                            List<ParticipationDraft> participations, List<ProposalDraft> proposals,
                            boolean talkCounted) {

    public ActivityDraft {
        reasons = Set.copyOf(reasons);
        barriersObserved = Set.copyOf(barriersObserved);
        accommodationsGiven = Set.copyOf(accommodationsGiven);
        participations = List.copyOf(participations);
        proposals = List.copyOf(proposals);
    }

    /** A draft whose speaking turns and questions were counted (files and sheets that do not say otherwise). */
    public ActivityDraft(UUID id, long version, String title, LocalDate heldOn, LocalTime startTime,
                         int durationMinutes, int anonymousParticipants, String place, Mode mode, Level level,
                         TemporalNature temporalNatureOverride, VoiceOrAction contributionOverride,
                         String purpose, Set<ReasonForCoproducing> reasons, UUID teamId, UUID organisationId,
                         ExpectedRole expectedRole, String topicsAvoided, String notes,
                         Set<UUID> barriersObserved, Set<UUID> accommodationsGiven,
                         List<ParticipationDraft> participations, List<ProposalDraft> proposals) {
        this(id, version, title, heldOn, startTime, durationMinutes, anonymousParticipants, place, mode, level,
                temporalNatureOverride, contributionOverride, purpose, reasons, teamId, organisationId, expectedRole,
                topicsAvoided, notes, barriersObserved, accommodationsGiven, participations, proposals, true);
    }

    /** A new, empty activity on the given day. */
    public static ActivityDraft blank(LocalDate day) {
        return new ActivityDraft(null, 0, "", day, null, 120, 0, "", Mode.CO_DESIGN, Level.GROUP, null, null, "",
                Set.of(), null, null, null, "", "", Set.of(), Set.of(), List.of(), List.of());
    }

    public boolean isNew() {
        return id == null;
    }
}
