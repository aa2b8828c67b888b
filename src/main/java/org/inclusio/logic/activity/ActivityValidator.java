package org.inclusio.logic.activity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.ProposalOutcome;

/**
 * The rules an activity must meet to be saved, each with a plain-language message naming the
 * field (and for participants and proposals, the row). The editor shows them as the user types;
 * the service checks them again before writing.
 */
public final class ActivityValidator {

    public static final int MAX_TITLE = 200;
    public static final int MAX_PLACE = 200;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_NOTES = 4000;
    public static final int MAX_DURATION_MINUTES = 24 * 60;
    public static final int MAX_COUNT = 1000;

    private final Localization l10n;

    public ActivityValidator(Localization l10n) {
        this.l10n = l10n;
    }

    public List<FieldProblem> validate(ActivityDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.title() == null || draft.title().isBlank()) {
            problems.add(problem("title", "activity.invalid.titleRequired"));
        } else if (draft.title().length() > MAX_TITLE) {
            problems.add(problem("title", "activity.invalid.tooLong", MAX_TITLE));
        }
        if (draft.heldOn() == null) {
            problems.add(problem("heldOn", "activity.invalid.dateRequired"));
        }
        if (draft.durationMinutes() < 1 || draft.durationMinutes() > MAX_DURATION_MINUTES) {
            problems.add(problem("durationMinutes", "activity.invalid.duration", MAX_DURATION_MINUTES));
        }
        if (draft.mode() == null) {
            problems.add(problem("mode", "activity.invalid.modeRequired"));
        }
        if (draft.level() == null) {
            problems.add(problem("level", "activity.invalid.levelRequired"));
        }
        checkLength(problems, "place", draft.place(), MAX_PLACE);
        checkLength(problems, "purpose", draft.purpose(), MAX_TEXT);
        checkLength(problems, "topicsAvoided", draft.topicsAvoided(), MAX_TEXT);
        checkLength(problems, "notes", draft.notes(), MAX_NOTES);
        validateParticipations(draft, problems);
        validateProposals(draft, problems);
        return problems;
    }

    private void validateParticipations(ActivityDraft draft, List<FieldProblem> problems) {
        Set<UUID> seen = new HashSet<>();
        int row = 0;
        for (ParticipationDraft participation : draft.participations()) {
            row++;
            String who = participation.personCode();
            if (!seen.add(participation.personId())) {
                problems.add(problem("participations", "activity.invalid.duplicatePerson", row, who));
            }
            if (participation.speakingTurns() < 0 || participation.speakingTurns() > MAX_COUNT
                    || participation.questions() < 0 || participation.questions() > MAX_COUNT) {
                problems.add(problem("participations", "activity.invalid.count", row, who, MAX_COUNT));
            }
            if (!validRating(participation.heardRating()) || !validRating(participation.expressRating())) {
                problems.add(problem("participations", "activity.invalid.rating", row, who));
            }
            boolean attended = participation.attendance() == AttendanceStatus.ATTENDED;
            if (!attended && (participation.speakingTurns() > 0 || participation.questions() > 0
                    || participation.heardRating() != null || participation.expressRating() != null)) {
                problems.add(problem("participations", "activity.invalid.voiceWithoutAttendance", row, who));
            }
            if (participation.invitedOn() != null && draft.heldOn() != null
                    && participation.invitedOn().isAfter(draft.heldOn())) {
                problems.add(problem("participations", "activity.invalid.invitedAfter", row, who));
            }
        }
    }

    private void validateProposals(ActivityDraft draft, List<FieldProblem> problems) {
        Set<UUID> attendees = new HashSet<>();
        for (ParticipationDraft participation : draft.participations()) {
            if (participation.attendance() == AttendanceStatus.ATTENDED) {
                attendees.add(participation.personId());
            }
        }
        int row = 0;
        for (ProposalDraft proposal : draft.proposals()) {
            row++;
            if (proposal.content() == null || proposal.content().isBlank()) {
                problems.add(problem("proposals", "activity.invalid.proposalContent", row));
            } else if (proposal.content().length() > MAX_TEXT) {
                problems.add(problem("proposals", "activity.invalid.proposalTooLong", row, MAX_TEXT));
            }
            if (proposal.outcome() == null) {
                problems.add(problem("proposals", "activity.invalid.proposalOutcome", row));
            } else if (proposal.outcome() != ProposalOutcome.PENDING && proposal.outcomeOn() == null) {
                problems.add(problem("proposals", "activity.invalid.outcomeDate", row));
            }
            if (proposal.outcomeOn() != null && draft.heldOn() != null && proposal.outcomeOn().isBefore(draft.heldOn())) {
                problems.add(problem("proposals", "activity.invalid.outcomeBefore", row));
            }
            if (proposal.proposerId() != null && !attendees.contains(proposal.proposerId())) {
                problems.add(problem("proposals", "activity.invalid.proposerAbsent", row, proposal.proposerCode()));
            }
        }
    }

    private static boolean validRating(Integer rating) {
        return rating == null || (rating >= 1 && rating <= 5);
    }

    private void checkLength(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(problem(field, "activity.invalid.tooLong", max));
        }
    }

    private FieldProblem problem(String field, String key, Object... arguments) {
        return new FieldProblem(field, l10n.text(key, arguments));
    }
}
