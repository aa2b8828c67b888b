package org.inclusio.logic.analysis.rules.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.inclusio.logic.store.Vocabulary;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.AnalysisSql;
import org.inclusio.logic.analysis.SqlCondition;
import org.inclusio.logic.analysis.rules.ExclusionRule;
import org.inclusio.logic.analysis.rules.Explanation;
import org.inclusio.logic.analysis.rules.Finding;
import org.inclusio.logic.analysis.rules.ParameterDefinition;
import org.inclusio.logic.analysis.rules.RuleContext;
import org.inclusio.logic.analysis.rules.RuleDescriptor;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.Severity;

/**
 * Barriers nobody removed: lay people invited to a team's activities who stayed away (declined or
 * did not show) at least {@code minInvitations} times, each time because of the same barrier, with
 * no accommodation offered for any of those invitations. Measured at the rule's reference date (the
 * end of the analysed period, or today for an open period): only activities held on or before it
 * count. One finding per team; the activities without a team are judged together, as one finding
 * without a team. Evidence: those invitations (participation ids).
 */
final class RepeatedAbsenceRule implements ExclusionRule {

    static final String CODE = "REPEATED_ABSENCE";
    static final String MIN_INVITATIONS = "minInvitations";

    /** Barriers quoted in a stable order, so that the same finding gives the same explanation. */
    private static final Comparator<Explanation.Entry> BARRIER_ORDER = Comparator
            .comparing(Explanation.Entry::code, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Explanation.Entry::name, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.EXTERNAL, Severity.HIGH,
            ParameterDefinition.integer(MIN_INVITATIONS, 2, 1));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        // one pass: each absence counts the absences of the same person, team and barrier beside it
        AnalysisQuery query = AnalysisQuery.of("select x.team_id, x.participation_id, x.person_id, x.barrier_code, x.barrier_built_in, x.barrier"
                        + " from (select a.team_id, pa.id as participation_id, pa.person_id, b.code as barrier_code,"
                        + " b.built_in as barrier_built_in, b.name as barrier, a.held_on,"
                        + " count(*) over (partition by a.team_id, pa.person_id, pb.barrier_id) as absences"
                        + " from participation pa"
                        + " join activity a on a.id = pa.activity_id left join person p on p.id = pa.person_id"
                        + " join participation_barrier pb on pb.participation_id = pa.id"
                        + " join barrier b on b.id = pb.barrier_id where ")
                .append(unaccommodatedAbsence(context, "pa", "a", "p"))
                .append(") x where x.absences >= :min_invitations")
                .bind("min_invitations", context.parameters().integer(MIN_INVITATIONS))
                .append(" order by x.team_id, x.held_on, x.participation_id");
        Map<UUID, TeamAbsences> teams = new LinkedHashMap<>();
        query.list(context.aggregates(), (rs, row) -> new Absence(rs.getObject("team_id", UUID.class),
                        rs.getObject("participation_id", UUID.class), rs.getObject("person_id", UUID.class),
                        // a built-in barrier is quoted by its code and named when the finding is read
                        new Explanation.Entry(Vocabulary.BARRIERS.key(), rs.getString("barrier_code"),
                                rs.getBoolean("barrier_built_in"), Evidence.blankToNull(rs.getString("barrier")))))
                .forEach(absence -> teams.computeIfAbsent(absence.teamId(), id -> new TeamAbsences()).add(absence));
        List<Finding> findings = new ArrayList<>();
        teams.forEach((teamId, absences) -> findings.add(context.finding(teamId, null, null,
                List.copyOf(absences.participations), context.count(absences.people.size()),
                context.parameters().integer(MIN_INVITATIONS), new Explanation.Entries(absences.barriers.stream()
                        .sorted(BARRIER_ORDER).toList()))));
        return findings;
    }

    private static SqlCondition unaccommodatedAbsence(RuleContext context, String pa, String a, String p) {
        return new SqlCondition(AnalysisSql.lay(p) + " and " + pa + ".invited = true and " + pa + ".attendance in "
                + AnalysisSql.ABSENT + " and " + a + ".held_on <= :reference_date and not exists (select 1 from"
                + " participation_accommodation pac where pac.participation_id = " + pa + ".id)",
                Map.of("reference_date", context.referenceDate()))
                .and(context.activities().on(a));
    }

    private record Absence(UUID teamId, UUID participationId, UUID personId, Explanation.Entry barrier) {
    }

    private static final class TeamAbsences {
        final Set<UUID> participations = new LinkedHashSet<>();
        final Set<UUID> people = new LinkedHashSet<>();
        final Set<Explanation.Entry> barriers = new LinkedHashSet<>();

        void add(Absence absence) {
            participations.add(absence.participationId());
            people.add(absence.personId());
            barriers.add(absence.barrier());
        }
    }
}
