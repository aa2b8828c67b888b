package org.inclusio.logic.analysis.flags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.Severity;

/**
 * Groups flags for reading at scale: one group per rule (a manual flag per observation), within it
 * one group per team, within that the single flags. Groups come most serious first, then the
 * largest first, then by name; teams by name, flags without a team last. Each group says in words
 * what it holds, for example "Long meeting on unpaid time: 28 activities in 5 teams", and how many
 * of them are still open when not all are.
 */
public final class FlagGrouping {

    private final Localization l10n;
    private final Function<FlagRow, String> ruleName;

    /** @param ruleName the name a flag is grouped under: its rule's name, or a manual flag's observation */
    public FlagGrouping(Localization l10n, Function<FlagRow, String> ruleName) {
        this.l10n = l10n;
        this.ruleName = ruleName;
    }

    /** The flags grouped by rule and team, in reading order. */
    public List<RuleGroup> group(List<FlagRow> flags) {
        Map<String, List<FlagRow>> byRule = new LinkedHashMap<>();
        for (FlagRow flag : flags) {
            String key = flag.ruleCode() != null ? "rule:" + flag.ruleCode() : "observation:" + flag.observation();
            byRule.computeIfAbsent(key, k -> new ArrayList<>()).add(flag);
        }
        List<RuleGroup> groups = new ArrayList<>();
        for (List<FlagRow> members : byRule.values()) {
            String name = ruleName.apply(members.get(0));
            groups.add(new RuleGroup(name, members.get(0).ruleCode(), highest(members), teams(members),
                    summary(name, members)));
        }
        groups.sort(Comparator.comparing((RuleGroup group) -> group.severity().ordinal()).reversed()
                .thenComparing(Comparator.comparingInt(RuleGroup::size).reversed())
                .thenComparing(RuleGroup::name, String.CASE_INSENSITIVE_ORDER));
        return groups;
    }

    private List<TeamGroup> teams(List<FlagRow> members) {
        Map<String, List<FlagRow>> byTeam = new TreeMap<>(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER
                .thenComparing(Comparator.naturalOrder())));
        for (FlagRow flag : members) {
            byTeam.computeIfAbsent(flag.teamName(), k -> new ArrayList<>()).add(flag);
        }
        List<TeamGroup> teams = new ArrayList<>();
        byTeam.forEach((team, flags) -> {
            List<FlagRow> ordered = new ArrayList<>(flags);
            ordered.sort(Comparator.comparing((FlagRow flag) -> flag.severity().ordinal()).reversed()
                    .thenComparing(FlagRow::activityDate, Comparator.nullsFirst(Comparator.reverseOrder()))
                    .thenComparing(flag -> Objects.toString(flag.groupName(), "")));
            String label = team == null ? l10n.text("analysis.noTeam") : team;
            teams.add(new TeamGroup(team, List.copyOf(ordered), teamSummary(label, ordered)));
        });
        return List.copyOf(teams);
    }

    /** A single flag within its team's group: where it points (the activity, or the group, or the rule itself). */
    public String flagText(FlagRow flag) {
        String place = flag.activityTitle() == null ? "" : flag.activityDate() + " " + flag.activityTitle();
        String group = flag.groupName() == null ? "" : flag.groupName();
        if (!place.isEmpty() && !group.isEmpty()) {
            return place + " \u2013 " + group;
        }
        if (!place.isEmpty() || !group.isEmpty()) {
            return place + group;
        }
        return flag.teamName() == null ? ruleName.apply(flag) : flag.teamName();
    }

    private String summary(String name, List<FlagRow> flags) {
        long teams = flags.stream().map(FlagRow::teamName).filter(Objects::nonNull).distinct().count();
        long open = openCount(flags);
        if (flags.stream().allMatch(flag -> flag.activityId() != null)) {
            return l10n.text("flags.group.activities", name, activities(flags), teams) + openPart(open, flags);
        }
        if (flags.stream().allMatch(flag -> flag.activityId() == null && flag.groupName() == null)) {
            return l10n.text("flags.group.teams", name, teams) + openPart(open, flags);
        }
        return l10n.text("flags.group.findings", name, flags.size(), teams) + openPart(open, flags);
    }

    private String teamSummary(String team, List<FlagRow> flags) {
        long open = openCount(flags);
        if (flags.stream().allMatch(flag -> flag.activityId() != null)) {
            return l10n.text("flags.group.team.activities", team, activities(flags)) + openPart(open, flags);
        }
        return l10n.text("flags.group.team.findings", team, flags.size()) + openPart(open, flags);
    }

    /** How many are still open, said only when not all of them are. */
    private String openPart(long open, List<FlagRow> flags) {
        return open == flags.size() ? "" : " " + l10n.text("flags.group.openPart", open);
    }

    private static long activities(List<FlagRow> flags) {
        Set<UUID> ids = flags.stream().map(FlagRow::activityId).collect(Collectors.toSet());
        return ids.size();
    }

    private static long openCount(List<FlagRow> flags) {
        return flags.stream().filter(flag -> flag.status() == FlagStatus.OPEN).count();
    }

    private static Severity highest(List<FlagRow> flags) {
        return flags.stream().map(FlagRow::severity).max(Comparator.naturalOrder()).orElse(Severity.LOW);
    }

    /**
     * The flags of one rule.
     *
     * @param name     the rule's name (or a manual flag's observation)
     * @param ruleCode the rule, or null for manual flags
     * @param severity the most serious severity among its flags
     * @param teams    its flags by team
     * @param summary  what it holds, in words
     */
    public record RuleGroup(String name, String ruleCode, Severity severity, List<TeamGroup> teams, String summary) {

        public RuleGroup {
            teams = List.copyOf(teams);
        }

        /** How many flags the group holds. */
        public int size() {
            return teams.stream().mapToInt(team -> team.flags().size()).sum();
        }

        /** Every flag of the group, team by team. */
        public List<FlagRow> flags() {
            return teams.stream().flatMap(team -> team.flags().stream()).toList();
        }
    }

    /**
     * The flags of one rule in one team.
     *
     * @param teamName the team, or null for flags without a team
     * @param flags    its flags, most serious and most recent first
     * @param summary  what it holds, in words
     */
    public record TeamGroup(String teamName, List<FlagRow> flags, String summary) {
    }
}
