package org.inclusio.logic.analysis.rules.builtin;

import org.inclusio.logic.analysis.rules.Findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.model.Activity;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.ExpectedRole;
import org.inclusio.model.Participation;
import org.inclusio.model.Person;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.Proposal;
import org.inclusio.model.ProposalOutcome;
import org.junit.jupiter.api.Test;

/** Rules on internal exclusion: who speaks, whose proposals go anywhere, who feels heard. */
class VoiceRulesTest extends RuleTestSupport {

    @Test
    void noDataNoFindings() {
        assertThat(run(new SpeakingShareRule())).isEmpty();
        assertThat(run(new ProfessionalDominanceRule())).isEmpty();
        assertThat(run(new PendingProposalsRule())).isEmpty();
        assertThat(run(new ProposalsNeverAdoptedRule())).isEmpty();
        assertThat(run(new LowHeardRatingRule())).isEmpty();
        assertThat(run(new TopicsAvoidedRule())).isEmpty();
        assertThat(run(new CommentOnlyRule())).isEmpty();
    }

    /**
     * Five meetings. Member M (non-native speaker) attends each and speaks once in the first only; lay
     * L speaks 4 times in each; professional P speaks 10 times in each. Lay attendances 10, M has 5
     * (share 0.5); lay turns 21, M has 1 (share 1/21 = 0.0476); ratio 0.0952.
     */
    @Test
    void groupSpeakingFarLessThanItsAttendanceIsFlagged() {
        ProcessTeam team = data.team("Diabetes", null);
        DisadvantagedGroup nonNative = data.group("NON_NATIVE_SPEAKERS");
        Person member = data.lay();
        data.member(member, nonNative);
        Person other = data.lay();
        Person professional = data.professional();
        List<UUID> memberAttendances = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            Activity meeting = data.meeting(team, LocalDate.of(2025, 3, day));
            memberAttendances.add(data.attended(meeting, member, day == 1 ? 1 : 0).getId());
            data.attended(meeting, other, 4);
            data.attended(meeting, professional, 10);
        }

        assertThat(run(new SpeakingShareRule())).singleElement().satisfies(f -> {
            assertThat(f.ruleCode()).isEqualTo("LOW_SPEAKING_SHARE");
            assertThat(f.kind()).isEqualTo(ExclusionKind.INTERNAL);
            assertThat(f.teamId()).isEqualTo(team.getId());
            assertThat(f.groupId()).isEqualTo(nonNative.getId());
            assertThat(f.recordIds()).containsExactlyElementsOf(memberAttendances);
            assertThat(Findings.english(f)).isEqualTo("Members of the group \"non native speakers\" made 50% of lay"
                    + " attendances but had 4.8% of lay speaking turns (ratio 0.1, below 0.5).");
        });
        // Four meetings give the group only 4 attendances, below the minimum of 5.
        assertThat(run(new SpeakingShareRule(),
                AnalysisFilter.all().withPeriod(LocalDate.of(2025, 3, 2), null))).isEmpty();
    }

    @Test
    void groupSpeakingInProportionIsNotFlagged() {
        ProcessTeam team = data.team("Diabetes", null);
        DisadvantagedGroup nonNative = data.group("NON_NATIVE_SPEAKERS");
        Person member = data.lay();
        data.member(member, nonNative);
        Person other = data.lay();
        for (int day = 1; day <= 5; day++) {
            Activity meeting = data.meeting(team, LocalDate.of(2025, 3, day));
            data.attended(meeting, member, 2);
            data.attended(meeting, other, 4);
        }
        // Attendance share 0.5, turn share 10 / 30 = 0.333, ratio 0.667: not below 0.5.
        assertThat(run(new SpeakingShareRule())).isEmpty();
    }

    @Test
    void professionalsTakingMostTurnsIsFlagged() {
        ProcessTeam team = data.team("COPD", null);
        Activity meeting = data.meeting(team, LocalDate.of(2025, 4, 1));
        Participation l1 = data.attended(meeting, data.lay(), 2);
        Participation l2 = data.attended(meeting, data.lay(), 0);
        data.attended(meeting, data.professional(), 10);
        data.attended(meeting, data.professional(), 8);
        Activity quiet = data.meeting(team, LocalDate.of(2025, 4, 2));
        data.attended(quiet, data.lay(), 0);
        data.attended(quiet, data.professional(), 9);
        Activity balanced = data.meeting(team, LocalDate.of(2025, 4, 3));
        data.attended(balanced, data.lay(), 5);
        data.attended(balanced, data.professional(), 6);

        // Lay: 2 of 4 present (0.5), 2 of 20 turns (0.1), ratio 0.2. The quiet meeting has 9 turns, below 10;
        // the balanced one 5 of 11 turns for half of those present, ratio 0.91.
        assertThat(run(new ProfessionalDominanceRule())).singleElement().satisfies(f -> {
            assertThat(f.ruleCode()).isEqualTo("PROFESSIONAL_DOMINANCE");
            assertThat(f.activityId()).isEqualTo(meeting.getId());
            assertThat(f.teamId()).isEqualTo(team.getId());
            assertThat(f.recordIds()).containsExactlyInAnyOrder(l1.getId(), l2.getId());
            assertThat(Findings.english(f)).isEqualTo("Lay participants were 50% of those present but had 10% of the"
                    + " speaking turns (ratio below 0.5).");
        });
    }

    @Test
    void layProposalsPendingLongerThanTheLimitAreFlaggedPerTeam() {
        ProcessTeam team = data.team("Heart", null);
        Person lay = data.lay();
        Activity january = data.meeting(team, LocalDate.of(2025, 1, 15));
        Activity lastDayOver = data.meeting(team, LocalDate.of(2025, 3, 31));
        Activity cutoff = data.meeting(team, LocalDate.of(2025, 4, 1));
        Proposal oldest = data.proposal(january, lay, ProposalOutcome.PENDING);
        Proposal justOver = data.proposal(lastDayOver, lay, ProposalOutcome.PENDING);
        data.proposal(lastDayOver, lay, ProposalOutcome.ADOPTED);
        data.proposal(lastDayOver, data.professional(), ProposalOutcome.PENDING);
        data.proposal(cutoff, lay, ProposalOutcome.PENDING);

        // Today 30 June 2025 minus 90 days is 1 April 2025: activities before it count.
        assertThat(run(new PendingProposalsRule())).singleElement().satisfies(f -> {
            assertThat(f.ruleCode()).isEqualTo("PROPOSALS_PENDING");
            assertThat(f.teamId()).isEqualTo(team.getId());
            assertThat(f.recordIds()).containsExactly(oldest.getId(), justOver.getId());
            assertThat(Findings.english(f)).isEqualTo("2 proposal(s) by lay participants have had no outcome for more"
                    + " than 90 days; the oldest comes from an activity held on 2025-01-15.");
        });
    }

    @Test
    void teamThatNeverAdoptsDecidedLayProposalsIsFlagged() {
        Person lay = data.lay();
        ProcessTeam never = data.team("Never", null);
        Activity neverMeeting = data.meeting(never, LocalDate.of(2025, 2, 1));
        List<UUID> rejected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rejected.add(data.proposal(neverMeeting, lay, ProposalOutcome.REJECTED).getId());
        }
        // pending since 1 February, more than 90 days before 30 June: counts as not adopted
        rejected.add(data.proposal(neverMeeting, lay, ProposalOutcome.PENDING).getId());
        data.proposal(neverMeeting, data.professional(), ProposalOutcome.ADOPTED);
        ProcessTeam partly = data.team("Partly", null);
        Activity partlyMeeting = data.meeting(partly, LocalDate.of(2025, 2, 1));
        for (int i = 0; i < 3; i++) {
            data.proposal(partlyMeeting, lay, ProposalOutcome.REJECTED);
        }
        data.proposal(partlyMeeting, lay, ProposalOutcome.PARTLY_ADOPTED);
        ProcessTeam few = data.team("Few", null);
        Activity fewMeeting = data.meeting(few, LocalDate.of(2025, 2, 1));
        data.proposal(fewMeeting, lay, ProposalOutcome.REJECTED);
        data.proposal(fewMeeting, lay, ProposalOutcome.REJECTED);

        assertThat(run(new ProposalsNeverAdoptedRule())).singleElement().satisfies(f -> {
            assertThat(f.ruleCode()).isEqualTo("PROPOSALS_NEVER_ADOPTED");
            assertThat(f.teamId()).isEqualTo(never.getId());
            assertThat(f.recordIds()).containsExactlyInAnyOrderElementsOf(rejected);
            assertThat(Findings.english(f)).isEqualTo("None of the 4 settled proposals by lay participants was adopted,"
                    + " fully or partly: 3 were decided and 1 have had no outcome for more than 90 days.");
        });
    }

    @Test
    void lowMeanHeardRatingIsFlaggedWithEnoughRatings() {
        ProcessTeam team = data.team("Kidney", null);
        Activity low = data.meeting(team, LocalDate.of(2025, 5, 1));
        List<UUID> ratings = List.of(data.rated(low, data.lay(), 2).getId(), data.rated(low, data.lay(), 3).getId(),
                data.rated(low, data.lay(), 2).getId());
        data.attended(low, data.lay());
        Activity tooFew = data.meeting(team, LocalDate.of(2025, 5, 2));
        data.rated(tooFew, data.lay(), 1);
        data.rated(tooFew, data.lay(), 1);
        Activity atLimit = data.meeting(team, LocalDate.of(2025, 5, 3));
        data.rated(atLimit, data.lay(), 3);
        data.rated(atLimit, data.lay(), 3);
        data.rated(atLimit, data.lay(), 3);
        data.rated(atLimit, data.professional(), 1);

        // Mean (2 + 3 + 2) / 3 = 2.33 below 3; two ratings are too few; (3 + 3 + 3) / 3 = 3 is not below 3.
        assertThat(run(new LowHeardRatingRule())).singleElement().satisfies(f -> {
            assertThat(f.ruleCode()).isEqualTo("LOW_HEARD_RATING");
            assertThat(f.activityId()).isEqualTo(low.getId());
            assertThat(f.recordIds()).containsExactlyInAnyOrderElementsOf(ratings);
            assertThat(Findings.english(f)).isEqualTo("Lay participants rated having been heard at 2.3 on average"
                    + " (3 ratings), below 3.");
        });
    }

    @Test
    void avoidedTopicsAndCommentOnlyActivitiesAreFlagged() {
        ProcessTeam team = data.team("Cancer", null);
        Activity avoided = data.meeting(team, LocalDate.of(2025, 5, 1));
        avoided.setTopicsAvoided("  palliative care ");
        avoided.setExpectedRole(ExpectedRole.COMMENT);
        data.db().save(avoided);
        Activity blank = data.meeting(team, LocalDate.of(2025, 5, 2));
        blank.setTopicsAvoided("   ");
        blank.setExpectedRole(ExpectedRole.CHALLENGE);
        data.db().save(blank);
        data.meeting(null, LocalDate.of(2025, 5, 3));

        assertThat(run(new TopicsAvoidedRule())).singleElement().satisfies(f -> {
            assertThat(f.ruleCode()).isEqualTo("TOPICS_AVOIDED");
            assertThat(f.activityId()).isEqualTo(avoided.getId());
            assertThat(f.teamId()).isEqualTo(team.getId());
            assertThat(f.recordIds()).containsExactly(avoided.getId());
            assertThat(Findings.english(f)).isEqualTo("Topics avoided at this activity: palliative care");
        });
        assertThat(run(new CommentOnlyRule())).singleElement().satisfies(f -> {
            assertThat(f.ruleCode()).isEqualTo("COMMENT_ONLY");
            assertThat(f.activityId()).isEqualTo(avoided.getId());
            assertThat(Findings.english(f)).isEqualTo("Participants were expected only to comment, not to develop,"
                    + " update or challenge.");
        });
        assertThat(run(new CommentOnlyRule(), AnalysisFilter.all().withPeriod(LocalDate.of(2025, 5, 2), null)))
                .isEmpty();
    }
}
