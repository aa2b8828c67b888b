package org.inclusio.logic.analysis.rules.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.AnalysisSql;
import org.inclusio.logic.analysis.ReferenceFigure;
import org.inclusio.logic.analysis.rules.ExclusionRule;
import org.inclusio.logic.analysis.rules.Explanation;
import org.inclusio.logic.analysis.rules.Finding;
import org.inclusio.logic.analysis.rules.ParameterDefinition;
import org.inclusio.logic.analysis.rules.RuleContext;
import org.inclusio.logic.analysis.rules.RuleDescriptor;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.Severity;

/**
 * Lay members unlike the population served (e.g. well-educated representatives of a patient group
 * with low education): for a group with a reference share {@code r > 0}, the share {@code s} of the
 * team's lay members (within the membership window) who belong to it gives the ratio {@code s / r};
 * a ratio below {@code minRatio} is a finding, judged only for teams with at least
 * {@code minLayMembers} lay members. The explanation gives the ratio, not the member count.
 *
 * <p>Education counts for the low-education group: a lay member belongs to it when they belong to
 * the group or when their recorded education is compulsory school only, and this comparison is made
 * for every team with lay members, even a single one (the hand-picked, university-educated patient
 * "representing" a population with little education). A group that no lay member and no lay
 * participant belongs to is the {@code ABSENT_GROUP} finding, and the detector reports it once.
 * Evidence: the team's lay seats.
 */
final class UnlikePopulationRule implements ExclusionRule {

    static final String CODE = "UNLIKE_POPULATION";
    static final String MIN_RATIO = "minRatio";
    static final String MIN_LAY_MEMBERS = "minLayMembers";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.EXTERNAL,
            Severity.MEDIUM, ParameterDefinition.decimal(MIN_RATIO, "0.5", "0", null),
            ParameterDefinition.integer(MIN_LAY_MEMBERS, 2, 1));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Set<String> yieldsTo() {
        return Set.of(AbsentGroupRule.CODE);
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        double minRatio = context.parameters().decimal(MIN_RATIO);
        int minLay = context.parameters().integer(MIN_LAY_MEMBERS);
        UUID onlyGroup = context.filter().groupId();
        Map<UUID, Explanation.Entry> groups = Evidence.groups(context.database(), onlyGroup);
        Map<UUID, List<UUID>> laySeats = Evidence.laySeats(context, null);
        Map<List<UUID>, Long> members = new HashMap<>();
        AnalysisQuery.of("select tm.team_id, m.group_id, count(distinct tm.person_id) as members"
                        + " from team_membership tm join process_team t on t.id = tm.team_id"
                        + " join person p on p.id = tm.person_id"
                        + " join " + AnalysisSql.MEMBERSHIPS_OR_EDUCATION + " m on m.person_id = tm.person_id and "
                        + AnalysisSql.consentStands("m", ":window_start")
                        + " where " + AnalysisSql.lay("p"))
                .and(context.teams().on("t")).and(context.window().on("tm"))
                .append(" group by tm.team_id, m.group_id")
                .list(context.aggregates(), (rs, row) -> Map.entry(List.of(rs.getObject("team_id", UUID.class),
                        rs.getObject("group_id", UUID.class)), rs.getLong("members")))
                .forEach(entry -> members.put(entry.getKey(), entry.getValue()));
        List<Finding> findings = new ArrayList<>();
        for (ReferenceFigure reference : ReferenceFigure.latest(context.database(), context.teams(), onlyGroup)) {
            List<UUID> seats = laySeats.getOrDefault(reference.teamId(), List.of());
            Explanation.Entry group = groups.get(reference.groupId());
            boolean education = AnalysisSql.LOW_EDUCATION.equals(group == null ? null : group.code());
            if (group == null || reference.share() <= 0 || seats.isEmpty() || (!education && seats.size() < minLay)) {
                continue;
            }
            long groupMembers = members.getOrDefault(List.of(reference.teamId(), reference.groupId()), 0L);
            double ratio = (double) groupMembers / seats.size() / reference.share();
            if (ratio < minRatio) {
                // the ratio times the reference share is the group's share of the lay members
                Object shown = context.figure(ratio, context.suppression().suppressesPart(groupMembers, seats.size()));
                findings.add(education
                        ? context.findingExplainedBy("analysis.rule.UNLIKE_POPULATION.explanationEducation",
                                reference.teamId(), null, reference.groupId(), seats, group, shown,
                                reference.share(), minRatio)
                        : context.finding(reference.teamId(), null, reference.groupId(), seats,
                                group, shown, reference.share(), minRatio));
            }
        }
        return findings;
    }
}
