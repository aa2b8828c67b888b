package org.inclusio.logic.analysis.rules.builtin;

import java.util.ArrayList;
import java.util.HashSet;
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
 * A group without a place: its reference share in the population a team serves is above
 * {@code minReferenceShare}, yet no lay member of the team (within the membership window) and no lay
 * attendee of the team's activities in the period belongs to it (for the low-education group, a lay
 * person whose recorded education is compulsory school only belongs to it as well). Evidence: the
 * reference share.
 */
final class AbsentGroupRule implements ExclusionRule {

    static final String CODE = "ABSENT_GROUP";
    static final String MIN_REFERENCE_SHARE = "minReferenceShare";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.EXTERNAL, Severity.HIGH,
            ParameterDefinition.decimal(MIN_REFERENCE_SHARE, "0", "0", "1"));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        double minShare = context.parameters().decimal(MIN_REFERENCE_SHARE);
        UUID onlyGroup = context.filter().groupId();
        Map<UUID, Explanation.Entry> groups = Evidence.groups(context.database(), onlyGroup);
        Set<List<UUID>> present = new HashSet<>(AnalysisQuery.of("select distinct tm.team_id, gm.group_id"
                        + " from team_membership tm join process_team t on t.id = tm.team_id"
                        + " join person p on p.id = tm.person_id"
                        + " join " + AnalysisSql.MEMBERSHIPS_OR_EDUCATION + " gm on gm.person_id = tm.person_id and "
                        + AnalysisSql.consentStands("gm", ":window_start")
                        + " where " + AnalysisSql.lay("p"))
                .and(context.teams().on("t")).and(context.window().on("tm"))
                .list(context.aggregates(), (rs, row) -> List.of(rs.getObject("team_id", UUID.class),
                        rs.getObject("group_id", UUID.class))));
        context.layTalk().byTeamAndGroup().stream().filter(talk -> talk.teamId() != null)
                .forEach(talk -> present.add(List.of(talk.teamId(), talk.groupId())));
        // lay attendees with compulsory education only give the low-education group a place too
        AnalysisQuery.of("select distinct a.team_id, g.id as group_id from participation pa"
                        + " join activity a on a.id = pa.activity_id join person p on p.id = pa.person_id"
                        + " join disadvantaged_group g on g.code = '" + AnalysisSql.LOW_EDUCATION + "' and g.active = true"
                        + " where a.team_id is not null and p.education = 'COMPULSORY' and " + AnalysisSql.lay("p")
                        + " and " + AnalysisSql.attended("pa"))
                .and(context.activities().on("a"))
                .list(context.aggregates(), (rs, row) -> List.of(rs.getObject("team_id", UUID.class),
                        rs.getObject("group_id", UUID.class)))
                .forEach(present::add);
        List<Finding> findings = new ArrayList<>();
        for (ReferenceFigure reference : ReferenceFigure.latest(context.database(), context.teams(), onlyGroup)) {
            Explanation.Entry group = groups.get(reference.groupId());
            if (reference.share() > minShare && group != null
                    && !present.contains(List.of(reference.teamId(), reference.groupId()))) {
                findings.add(context.finding(reference.teamId(), null, reference.groupId(), List.of(reference.id()),
                        group, reference.share(), reference.populationYear()));
            }
        }
        return findings;
    }
}
