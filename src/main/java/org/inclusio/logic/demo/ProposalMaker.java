package org.inclusio.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inclusio.logic.demo.TeamProfile.ProposalFate;
import org.inclusio.model.Activity;
import org.inclusio.model.Person;
import org.inclusio.model.Proposal;
import org.inclusio.model.ProposalOutcome;

/**
 * Makes the proposals raised at one activity by those who attended, and decides their fate as of
 * the reference date the way the team treats proposals: a proposal is answered some weeks after
 * the activity, or is still pending when that day has not come; a stalled team never adopts a
 * lay proposal and leaves the older ones unanswered.
 */
final class ProposalMaker {

    /** Lay proposals of a stalled team older than this stay pending. */
    static final int STALE_MONTHS = 6;

    private final BatchWriter out;
    private final DemoTexts texts;
    private final Region region;

    ProposalMaker(BatchWriter out, DemoTexts texts, Region region) {
        this.out = out;
        this.texts = texts;
        this.region = region;
    }

    List<Proposal> make(Activity activity, ActivityKind kind, DemoTeam team, int[] attended, Dice dice) {
        if (kind == ActivityKind.CARE || attended.length == 0) {
            return List.of();
        }
        ProposalFate fate = team == null ? ProposalFate.TYPICAL : team.profile.layProposals();
        int count = team == null || team.profile.goodPractice() ? dice.between(1, 3)
                : fate == ProposalFate.STALLED ? dice.between(1, 2) : dice.between(0, 2);
        List<Integer> lay = new ArrayList<>();
        List<Integer> professionals = new ArrayList<>();
        for (int index : attended) {
            (region.person(index).lay() ? lay : professionals).add(index);
        }
        List<Proposal> proposals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean byLay = !lay.isEmpty()
                    && (professionals.isEmpty() || (fate == ProposalFate.STALLED && i == 0) || dice.chance(0.6));
            int proposer = byLay ? dice.pick(lay) : dice.pick(professionals);
            proposals.add(proposal(activity, proposer, byLay, fate, dice));
        }
        return proposals;
    }

    private Proposal proposal(Activity activity, int proposer, boolean byLay, ProposalFate fate, Dice dice) {
        Proposal proposal = new Proposal();
        proposal.setId(out.newId());
        proposal.setActivity(activity);
        proposal.setProposer(out.reference(Person.class, region.person(proposer).id()));
        proposal.setContent(texts.pick("proposals", dice));
        LocalDate heldOn = activity.getHeldOn();
        LocalDate answeredOn = heldOn.plusDays(fate == ProposalFate.RESPONSIVE ? dice.between(14, 60)
                : dice.between(21, 120));
        ProposalOutcome outcome = answeredOn.isBefore(region.referenceDate())
                ? outcome(fate, byLay, heldOn, dice) : ProposalOutcome.PENDING;
        proposal.setOutcome(outcome);
        if (outcome != ProposalOutcome.PENDING) {
            proposal.setOutcomeOn(answeredOn);
            proposal.setOutcomeReason(texts.pick("outcome." + outcome.name(), dice));
        }
        return proposal;
    }

    private ProposalOutcome outcome(ProposalFate fate, boolean byLay, LocalDate heldOn, Dice dice) {
        if (fate == ProposalFate.STALLED) {
            if (!byLay) {
                return ProposalOutcome.ADOPTED;
            }
            return heldOn.isBefore(region.referenceDate().minusMonths(STALE_MONTHS))
                    ? ProposalOutcome.PENDING : ProposalOutcome.REJECTED;
        }
        int draw = dice.between(0, 99);
        if (!byLay) {
            return draw < 60 ? ProposalOutcome.ADOPTED : draw < 80 ? ProposalOutcome.PARTLY_ADOPTED
                    : ProposalOutcome.REJECTED;
        }
        if (fate == ProposalFate.RESPONSIVE) {
            return draw < 55 ? ProposalOutcome.ADOPTED : draw < 90 ? ProposalOutcome.PARTLY_ADOPTED
                    : ProposalOutcome.REJECTED;
        }
        return draw < 30 ? ProposalOutcome.ADOPTED : draw < 55 ? ProposalOutcome.PARTLY_ADOPTED
                : ProposalOutcome.REJECTED;
    }
}
