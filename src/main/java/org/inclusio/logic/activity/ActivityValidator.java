package org.inclusio.logic.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.inclusio.logic.catalogue.FieldLimits;
import org.inclusio.logic.catalogue.Range;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.ProposalOutcome;

/**
 * The rules an activity must meet to be saved, each with a plain-language message naming the
 * field (and for participants and proposals, the row). The editor shows them as the user types;
 * the service checks them again before writing, and an interchange import holds every record of the
 * file to the same rules ({@link #validateActivity}, {@link #validateParticipation},
 * {@link #validateProposal}). The limits are those of {@link FieldLimits}.
 */
public final class ActivityValidator {

    private final Localization l10n;

    public ActivityValidator(Localization l10n) {
        this.l10n = l10n;
    }

    public List<FieldProblem> validate(ActivityDraft draft) {
        List<FieldProblem> problems = new ArrayList<>(validateActivity(draft));
        validateParticipations(draft, problems);
        validateProposals(draft, problems);
        return problems;
    }

    /** The rules of the activity's own fields, without its participants and proposals. */
    public List<FieldProblem> validateActivity(ActivityDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.title() == null || draft.title().isBlank()) {
            problems.add(problem("title", "activity.invalid.titleRequired"));
        } else if (draft.title().length() > FieldLimits.ACTIVITY_TITLE) {
            problems.add(problem("title", "activity.invalid.tooLong", FieldLimits.ACTIVITY_TITLE));
        }
        if (draft.heldOn() == null) {
            problems.add(problem("heldOn", "activity.invalid.dateRequired"));
        }
        Range duration = FieldLimits.DURATION_MINUTES;
        if (!duration.contains(draft.durationMinutes())) {
            problems.add(problem("durationMinutes", "activity.invalid.duration", duration.min(), duration.max()));
        }
        Range anonymous = FieldLimits.ANONYMOUS_PARTICIPANTS;
        if (!anonymous.contains(draft.anonymousParticipants())) {
            problems.add(problem("anonymousParticipants", "activity.invalid.anonymousParticipants", anonymous.min(),
                    anonymous.max()));
        }
        if (draft.mode() == null) {
            problems.add(problem("mode", "activity.invalid.modeRequired"));
        }
        if (draft.level() == null) {
            problems.add(problem("level", "activity.invalid.levelRequired"));
        }
        checkLength(problems, "place", draft.place(), FieldLimits.ACTIVITY_PLACE);
        checkLength(problems, "purpose", draft.purpose(), FieldLimits.ACTIVITY_TEXT);
        checkLength(problems, "topicsAvoided", draft.topicsAvoided(), FieldLimits.ACTIVITY_TEXT);
        checkLength(problems, "notes", draft.notes(), FieldLimits.ACTIVITY_NOTES);
        return problems;
    }

    private void validateParticipations(ActivityDraft draft, List<FieldProblem> problems) {
        Set<UUID> seen = new HashSet<>();
        int row = 0;
        for (ParticipationDraft participation : draft.participations()) {
            row++;
            if (!seen.add(participation.personId())) {
                problems.add(problem("participations", "activity.invalid.duplicatePerson", row,
                        participation.personCode()));
            }
            // the editor shows a row's problems under the participants' table
            validateParticipation(participation, row, draft.heldOn()).forEach(
                    problem -> problems.add(new FieldProblem("participations", problem.message())));
        }
    }

    /**
     * The rules of one participant row: counts and ratings in their ranges, nothing said or rated
     * without attending, not invited after the day. Each problem names the participation's own field
     * ({@code speakingTurns}, {@code heardRating}, {@code attendance}, {@code invitedOn}).
     *
     * @param row    the row's number as the message gives it
     * @param heldOn the activity's day, or null when not known
     */
    public List<FieldProblem> validateParticipation(ParticipationDraft participation, int row,
            LocalDate heldOn) {
        List<FieldProblem> problems = new ArrayList<>();
        String who = participation.personCode();
        Range talk = FieldLimits.TALK_COUNT;
        if (!talk.contains(participation.speakingTurns()) || !talk.contains(participation.questions())) {
            String field = talk.contains(participation.speakingTurns()) ? "questions" : "speakingTurns";
            problems.add(problem(field, "activity.invalid.count", row, who, talk.max()));
        }
        if (!validRating(participation.heardRating()) || !validRating(participation.expressRating())) {
            String field = validRating(participation.heardRating()) ? "expressRating" : "heardRating";
            problems.add(problem(field, "activity.invalid.rating", row, who));
        }
        boolean attended = participation.attendance() == AttendanceStatus.ATTENDED;
        if (!attended && (participation.speakingTurns() > 0 || participation.questions() > 0
                || participation.heardRating() != null || participation.expressRating() != null)) {
            problems.add(problem("attendance", "activity.invalid.voiceWithoutAttendance", row, who));
        }
        if (participation.invitedOn() != null && heldOn != null && participation.invitedOn().isAfter(heldOn)) {
            problems.add(problem("invitedOn", "activity.invalid.invitedAfter", row, who));
        }
        return problems;
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
            validateProposal(proposal, row, draft.heldOn()).forEach(
                    problem -> problems.add(new FieldProblem("proposals", problem.message())));
            if (proposal.proposerId() != null && !attendees.contains(proposal.proposerId())) {
                problems.add(new FieldProblem("proposals", proposerAbsent(row, proposal.proposerCode()).message()));
            }
        }
    }

    /**
     * The rules of one proposal on its own: its text, its outcome and the outcome's date (whether the
     * proposer attended is a rule of the whole activity). Each problem names the proposal's own field
     * ({@code content}, {@code outcome}, {@code outcomeOn}).
     *
     * @param row    the proposal's number as the message gives it
     * @param heldOn the activity's day, or null when not known
     */
    public List<FieldProblem> validateProposal(ProposalDraft proposal, int row, LocalDate heldOn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (proposal.content() == null || proposal.content().isBlank()) {
            problems.add(problem("content", "activity.invalid.proposalContent", row));
        } else if (proposal.content().length() > FieldLimits.PROPOSAL_TEXT) {
            problems.add(problem("content", "activity.invalid.proposalTooLong", row, FieldLimits.PROPOSAL_TEXT));
        }
        if (proposal.outcome() == null) {
            problems.add(problem("outcome", "activity.invalid.proposalOutcome", row));
        } else if (proposal.outcome() != ProposalOutcome.PENDING && proposal.outcomeOn() == null) {
            problems.add(problem("outcomeOn", "activity.invalid.outcomeDate", row));
        }
        if (proposal.outcomeOn() != null && heldOn != null && proposal.outcomeOn().isBefore(heldOn)) {
            problems.add(problem("outcomeOn", "activity.invalid.outcomeBefore", row));
        }
        return problems;
    }

    /** The problem of a proposal whose proposer did not attend the activity: only attendees propose. */
    public FieldProblem proposerAbsent(int row, String proposerCode) {
        return problem("proposer", "activity.invalid.proposerAbsent", row, proposerCode);
    }

    private static boolean validRating(Integer rating) {
        return rating == null || FieldLimits.RATING.contains(rating);
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
