package org.inclusio.logic.analysis.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.FlagOrigin;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.Severity;
import org.junit.jupiter.api.Test;

class FlagGroupingTest {

    private final FlagGrouping grouping = new FlagGrouping(new Localization(Locale.ENGLISH),
            flag -> switch (flag.ruleCode()) {
                case "LONG_UNPAID" -> "Long meeting on unpaid time";
                case "TOKENISM" -> "Tokenism";
                case "ABSENT_GROUP" -> "Group never present";
                default -> flag.ruleCode();
            });

    private static FlagRow activityFlag(String rule, Severity severity, String team, FlagStatus status) {
        return new FlagRow(UUID.randomUUID(), FlagOrigin.AUTOMATIC, rule, rule, ExclusionKind.EXTERNAL, severity, status,
                team, UUID.randomUUID(), "Meeting", LocalDate.of(2025, 3, 14), null, null, LocalDate.of(2025, 6, 30),
                "evidence", null);
    }

    private static FlagRow teamFlag(String rule, Severity severity, String team, String group) {
        return new FlagRow(UUID.randomUUID(), FlagOrigin.AUTOMATIC, rule, rule, ExclusionKind.EXTERNAL, severity,
                FlagStatus.OPEN, team, null, null, null, group == null ? null : "G", group,
                LocalDate.of(2025, 6, 30), "evidence", null);
    }

    @Test
    void groupsByRuleAndTeamWithCountsInWords() {
        List<FlagRow> flags = new ArrayList<>();
        String[] teams = {"Diabetes", "COPD", "Psychiatry", "Stroke", "Cancer"};
        for (int i = 0; i < 28; i++) {
            flags.add(activityFlag("LONG_UNPAID", Severity.MEDIUM, teams[i % 5], i < 25 ? FlagStatus.OPEN
                    : FlagStatus.DISMISSED));
        }
        flags.add(teamFlag("TOKENISM", Severity.HIGH, "Diabetes", null));

        List<FlagGrouping.RuleGroup> groups = grouping.group(flags);

        assertThat(groups).extracting(FlagGrouping.RuleGroup::summary).containsExactly(
                "Tokenism: 1 team",
                "Long meeting on unpaid time: 28 activities in 5 teams (25 open)");
        FlagGrouping.RuleGroup unpaid = groups.get(1);
        assertThat(unpaid.size()).isEqualTo(28);
        assertThat(unpaid.teams()).extracting(FlagGrouping.TeamGroup::teamName)
                .containsExactly("Cancer", "COPD", "Diabetes", "Psychiatry", "Stroke");
        assertThat(unpaid.teams().get(2).summary()).isEqualTo("Diabetes: 6 activities (5 open)");
        assertThat(unpaid.teams().get(0).summary()).isEqualTo("Cancer: 5 activities");
    }

    @Test
    void saysOneInTheSingularAndKeepsFlagsWithoutATeam() {
        List<FlagGrouping.RuleGroup> groups = grouping.group(List.of(
                activityFlag("LONG_UNPAID", Severity.LOW, null, FlagStatus.RESOLVED)));

        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.summary()).isEqualTo("Long meeting on unpaid time: 1 activity without a team (none open)");
            assertThat(group.teams()).singleElement().satisfies(team ->
                    assertThat(team.summary()).isEqualTo("(no team): 1 activity (none open)"));
        });
    }

    @Test
    void groupFindingsAreCountedAsFindingsAndTheMostSeriousComeFirst() {
        List<FlagGrouping.RuleGroup> groups = grouping.group(List.of(
                teamFlag("ABSENT_GROUP", Severity.MEDIUM, "COPD", "Non-native speakers"),
                teamFlag("ABSENT_GROUP", Severity.MEDIUM, "COPD", "Young people"),
                teamFlag("ABSENT_GROUP", Severity.MEDIUM, "Diabetes", "Young people"),
                activityFlag("LONG_UNPAID", Severity.LOW, "COPD", FlagStatus.OPEN),
                activityFlag("LONG_UNPAID", Severity.LOW, "COPD", FlagStatus.OPEN),
                activityFlag("LONG_UNPAID", Severity.LOW, "COPD", FlagStatus.OPEN),
                activityFlag("LONG_UNPAID", Severity.LOW, "COPD", FlagStatus.OPEN),
                teamFlag("TOKENISM", Severity.HIGH, "COPD", null),
                teamFlag("TOKENISM", Severity.HIGH, "Diabetes", null)));

        assertThat(groups).extracting(FlagGrouping.RuleGroup::summary).containsExactly(
                "Tokenism: 2 teams",
                "Group never present: 3 findings in 2 teams",
                "Long meeting on unpaid time: 4 activities in 1 team");
        assertThat(groups.get(1).teams().get(0).summary()).isEqualTo("COPD: 2 findings");
        assertThat(groups.get(1).teams().get(0).flags()).extracting(grouping::flagText)
                .containsExactly("Non-native speakers", "Young people");
        assertThat(grouping.flagText(groups.get(2).flags().get(0))).isEqualTo("2025-03-14 Meeting");
    }
}
