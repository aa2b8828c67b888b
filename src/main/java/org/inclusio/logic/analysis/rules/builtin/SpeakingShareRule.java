package org.inclusio.logic.analysis.rules.builtin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.AnalysisSql;
import org.inclusio.logic.analysis.rules.ExclusionRule;
import org.inclusio.logic.analysis.rules.Explanation;
import org.inclusio.logic.analysis.rules.Finding;
import org.inclusio.logic.analysis.rules.ParameterDefinition;
import org.inclusio.logic.analysis.rules.RuleContext;
import org.inclusio.logic.analysis.rules.LayTalk.Talk;
import org.inclusio.logic.analysis.rules.RuleDescriptor;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.Severity;

/**
 * Present but not heard: across a team's activities, a group's share of lay speaking turns against
 * its share of lay attendances. With {@code a} the group's attendances of {@code A} lay attendances
 * and {@code t} its turns of {@code T} lay turns, the ratio is {@code (t / T) / (a / A)}; below
 * {@code minRatio} is a finding when the group has at least {@code minGroupAttendances} attendances
 * and the team at least {@code minTurns} lay turns. Only activities where turns were counted take part
 * (attendances and turns alike). The activities without a team are judged together,
 * as findings without a team. Evidence: the group's attendances.
 */
final class SpeakingShareRule implements ExclusionRule {

    static final String CODE = "LOW_SPEAKING_SHARE";
    static final String MIN_RATIO = "minRatio";
    static final String MIN_GROUP_ATTENDANCES = "minGroupAttendances";
    static final String MIN_TURNS = "minTurns";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.INTERNAL,
            Severity.MEDIUM, ParameterDefinition.decimal(MIN_RATIO, "0.5", "0", null),
            ParameterDefinition.integer(MIN_GROUP_ATTENDANCES, 5, 1),
            ParameterDefinition.integer(MIN_TURNS, 10, 1));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        double minRatio = context.parameters().decimal(MIN_RATIO);
        int minGroupAttendances = context.parameters().integer(MIN_GROUP_ATTENDANCES);
        int minTurns = context.parameters().integer(MIN_TURNS);
        UUID onlyGroup = context.filter().groupId();
        Map<UUID, Explanation.Entry> groups = Evidence.groups(context.database(), onlyGroup);

        Map<UUID, Talk> teams = context.layTalk().byTeam();
        List<Talk> groupTalk = context.layTalk().byTeamAndGroup();

        List<Talk> low = new ArrayList<>();
        for (Talk group : groupTalk) {
            Talk team = teams.get(group.teamId());
            // only activities where turns were counted: elsewhere silence is not known
            if (groups.containsKey(group.groupId()) && group.countedAttendances() >= minGroupAttendances
                    && team.turns() >= minTurns && ratio(group, team) < minRatio) {
                low.add(group);
            }
        }
        Map<List<UUID>, List<UUID>> evidence = evidence(context, low);
        List<Finding> findings = new ArrayList<>();
        for (Talk group : low) {
            Talk team = teams.get(group.teamId());
            double attendanceShare = (double) group.countedAttendances() / team.countedAttendances();
            double turnShare = (double) group.turns() / team.turns();
            boolean attendancesWithheld = context.suppression().suppressesPart(group.countedAttendances(),
                    team.countedAttendances()) || context.suppression().suppresses(team.countedAttendances());
            boolean turnsWithheld = context.suppression().suppressesPart(group.turns(), team.turns())
                    || context.suppression().suppresses(team.turns());
            findings.add(context.finding(group.teamId(), null, group.groupId(),
                    evidence.getOrDefault(key(group.teamId(), group.groupId()), List.of()),
                    groups.get(group.groupId()), context.figure(attendanceShare, attendancesWithheld),
                    context.figure(turnShare, turnsWithheld),
                    context.figure(turnShare / attendanceShare, attendancesWithheld || turnsWithheld), minRatio));
        }
        return findings;
    }

    /** The group's share of the team's lay turns against its share of the team's lay attendances. */
    private static double ratio(Talk group, Talk team) {
        return ((double) group.turns() / team.turns()) / ((double) group.countedAttendances() / team.countedAttendances());
    }

    private static List<UUID> key(UUID teamId, UUID groupId) {
        return Arrays.asList(teamId, groupId);
    }

    /**
     * The attendances behind each low share, by team and group, read in one query: the lay attendances
     * of the groups' members at the teams' activities where turns were counted.
     */
    private static Map<List<UUID>, List<UUID>> evidence(RuleContext context, List<Talk> low) {
        Map<List<UUID>, List<UUID>> evidence = new HashMap<>();
        if (low.isEmpty()) {
            return evidence;
        }
        Set<UUID> teams = new HashSet<>();
        boolean withoutTeam = false;
        for (Talk group : low) {
            if (group.teamId() == null) {
                withoutTeam = true;
            } else {
                teams.add(group.teamId());
            }
            evidence.put(key(group.teamId(), group.groupId()), new ArrayList<>());
        }
        String teamCondition = teams.isEmpty() ? "a.team_id is null"
                : withoutTeam ? "(a.team_id in (:evidence_teams) or a.team_id is null)" : "a.team_id in (:evidence_teams)";
        AnalysisQuery query = AnalysisQuery.of("select a.team_id, gm.group_id, pa.id from participation pa"
                        + " join activity a on a.id = pa.activity_id join person p on p.id = pa.person_id"
                        + AnalysisSql.joinMemberships("pa.person_id", "a.held_on")
                        + " where " + teamCondition + " and gm.group_id in (:evidence_groups)"
                        + " and a.talk_counted = true and " + AnalysisSql.lay("p") + " and " + AnalysisSql.attended("pa"))
                .bind("evidence_groups", low.stream().map(Talk::groupId).distinct().toList());
        if (!teams.isEmpty()) {
            query.bind("evidence_teams", List.copyOf(teams));
        }
        query.and(context.activities().on("a")).append(" order by a.held_on, pa.id")
                .forEach(context.aggregates(), (rs, row) -> {
                    List<UUID> ids = evidence.get(key(rs.getObject("team_id", UUID.class),
                            rs.getObject("group_id", UUID.class)));
                    if (ids != null) {
                        ids.add(rs.getObject("id", UUID.class));
                    }
                    return row;
                }, row -> { });
        return evidence;
    }
}
