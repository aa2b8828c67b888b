package org.inclusio.logic.analysis.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.rules.Finding;
import org.inclusio.logic.analysis.rules.Findings;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.Person;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.RecruitmentRoute;
import org.inclusio.model.Severity;
import org.inclusio.model.TeamMembership;
import org.junit.jupiter.api.Test;

/** Tokenism and hand-picked representatives: rules on who sits on a team. */
class TeamCompositionRulesTest extends RuleTestSupport {

    private void professionals(ProcessTeam team, int count) {
        for (int i = 0; i < count; i++) {
            data.seat(team, data.professional());
        }
    }

    @Test
    void noDataNoFindings() {
        assertThat(run(new TokenismRule())).isEmpty();
        assertThat(run(new HandPickedRule())).isEmpty();
    }

    @Test
    void loneLayMemberAmongProfessionalsIsTokenism() {
        ProcessTeam team = data.team("Diabetes", null);
        TeamMembership lone = data.seat(team, data.lay());
        professionals(team, 4);

        List<Finding> findings = run(new TokenismRule());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleCode()).isEqualTo("TOKENISM");
            assertThat(f.kind()).isEqualTo(ExclusionKind.EXTERNAL);
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.teamId()).isEqualTo(team.getId());
            assertThat(f.activityId()).isNull();
            assertThat(f.groupId()).isNull();
            assertThat(f.recordIds()).containsExactly(lone.getId());
            assertThat(Findings.english(f)).isEqualTo("The team has 1 lay member(s) and 4 professional(s); at least 2 lay"
                    + " members and 0.2 lay members per professional are expected.");
        });
    }

    @Test
    void ratioOfLayMembersToProfessionalsIsCheckedAtItsBoundary() {
        ProcessTeam team = data.team("COPD", null);
        data.seat(team, data.lay());
        data.seat(team, data.lay());
        professionals(team, 10);
        // 2 / 10 = 0.2 is not below 0.2.
        assertThat(run(new TokenismRule())).isEmpty();

        data.seat(team, data.professional());
        // 2 / 11 = 0.18 is below 0.2.
        assertThat(run(new TokenismRule())).singleElement().satisfies(f -> assertThat(Findings.english(f))
                .startsWith("The team has 2 lay member(s) and 11 professional(s);"));
    }

    @Test
    void teamOfLayMembersOnlyAndTeamWithoutSeatsAreNotTokenism() {
        ProcessTeam layOnly = data.team("Peer group", null);
        data.seat(layOnly, data.lay());
        data.seat(layOnly, data.lay());
        data.team("Empty", null);

        assertThat(run(new TokenismRule())).isEmpty();
    }

    @Test
    void seatsCountWithinTheMembershipWindow() {
        ProcessTeam team = data.team("Psychiatry", null);
        data.seat(team, data.lay());
        data.seat(team, data.lay(), LocalDate.of(2023, 1, 1), LocalDate.of(2025, 1, 31));
        professionals(team, 3);

        // Today the second lay member has left: one lay member.
        assertThat(run(new TokenismRule())).hasSize(1);
        // In 2024 both sat on the team: two lay members, 2 / 3 per professional.
        assertThat(run(new TokenismRule(), AnalysisFilter.all()
                .withPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))).isEmpty();
    }

    @Test
    void deletedPeopleDoNotCount() {
        ProcessTeam team = data.team("Heart", null);
        data.seat(team, data.lay());
        Person gone = data.lay();
        data.seat(team, gone);
        professionals(team, 2);
        assertThat(run(new TokenismRule())).isEmpty();

        gone.setDeleted(true);
        data.db().save(gone);
        assertThat(run(new TokenismRule())).hasSize(1);
    }

    @Test
    void parametersComeFromTheStore() {
        ProcessTeam team = data.team("Kidney", null);
        data.seat(team, data.lay());
        data.seat(team, data.lay());
        professionals(team, 2);
        assertThat(run(new TokenismRule())).isEmpty();

        parameters.set(new TokenismRule().descriptor(), TokenismRule.MIN_LAY_MEMBERS, "3");

        assertThat(run(new TokenismRule())).singleElement().satisfies(f -> assertThat(Findings.english(f))
                .isEqualTo("The team has 2 lay member(s) and 2 professional(s); at least 3 lay members and 0.2 lay"
                        + " members per professional are expected."));
    }

    @Test
    void teamFilterLimitsTheTeamsJudged() {
        ProcessTeam judged = data.team("A", null);
        data.seat(judged, data.lay());
        ProcessTeam other = data.team("B", null);
        data.seat(other, data.lay());

        assertThat(run(new TokenismRule(), AnalysisFilter.all().withTeam(judged.getId())))
                .extracting(Finding::teamId).containsExactly(judged.getId());
    }

    @Test
    void allLayMembersHandPickedIsFlagged() {
        ProcessTeam team = data.team("Diabetes", null);
        TeamMembership first = data.seat(team, data.lay(RecruitmentRoute.HAND_PICKED, false));
        TeamMembership second = data.seat(team, data.lay(RecruitmentRoute.HAND_PICKED, true));
        data.seat(team, data.professional());

        assertThat(run(new HandPickedRule())).singleElement().satisfies(f -> {
            assertThat(f.ruleCode()).isEqualTo("HAND_PICKED");
            assertThat(f.teamId()).isEqualTo(team.getId());
            assertThat(f.recordIds()).containsExactlyInAnyOrder(first.getId(), second.getId());
            assertThat(Findings.english(f)).isEqualTo("2 of the 2 lay members were hand-picked by staff.");
        });
    }

    @Test
    void partlyHandPickedIsFlaggedOnlyFromTheConfiguredShare() {
        ProcessTeam team = data.team("COPD", null);
        TeamMembership picked = data.seat(team, data.lay(RecruitmentRoute.HAND_PICKED, false));
        data.seat(team, data.lay(RecruitmentRoute.ASSOCIATION_NOMINATED, false));
        ProcessTeam professionalsOnly = data.team("Staff", null);
        data.seat(professionalsOnly, data.professional());

        assertThat(run(new HandPickedRule())).isEmpty();

        parameters.set(new HandPickedRule().descriptor(), HandPickedRule.MIN_HAND_PICKED_SHARE, "0.5");
        assertThat(run(new HandPickedRule())).singleElement().satisfies(f -> {
            assertThat(f.recordIds()).containsExactly(picked.getId());
            assertThat(Findings.english(f)).isEqualTo("1 of the 2 lay members were hand-picked by staff.");
        });
    }
}
