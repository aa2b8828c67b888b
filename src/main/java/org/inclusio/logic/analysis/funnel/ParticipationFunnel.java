package org.inclusio.logic.analysis.funnel;

import io.ebean.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.analysis.ActivityScope;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.AnalysisSql;
import org.inclusio.logic.analysis.GroupRef;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.persistence.analytics.AggregateReader;
import org.inclusio.persistence.analytics.StoreAggregates;

/**
 * The participation funnel per disadvantaged group over the activities of a filter: how many distinct
 * lay people were invited, attended, spoke (at least one speaking turn), proposed (at least one
 * proposal) and had a proposal adopted (ADOPTED or PARTLY_ADOPTED). Counted in the database.
 *
 * <p>The first row is for all lay participants; then one row per active group (only the filter's
 * group when it has one), ordered by group code. Every count goes through the {@link Suppression}
 * policy.
 */
public final class ParticipationFunnel {

    /** Invited, attended and spoke, per person, from the participations. */
    private static final String PARTICIPATION_STAGES = "count(distinct case when pa.invited = true then pa.person_id end)"
            + " as s1, count(distinct case when " + AnalysisSql.attended("pa") + " then pa.person_id end) as s2,"
            + " count(distinct case when pa.speaking_turns > 0 and a.talk_counted = true then pa.person_id end) as s3"
            + " from participation pa join activity a on a.id = pa.activity_id"
            + " left join person p on p.id = pa.person_id";
    /** Proposed and adopted, per person, from the proposals. */
    private static final String PROPOSAL_STAGES = "count(distinct pr.proposer_id) as s1,"
            + " count(distinct case when pr.outcome in " + AnalysisSql.ADOPTED_OUTCOMES + " then pr.proposer_id end)"
            + " as s2, 0 as s3"
            + " from proposal pr join activity a on a.id = pr.activity_id join person p on p.id = pr.proposer_id";

    private final Database database;
    private final AggregateReader aggregates;
    private final Suppression suppression;

    /** Reads the aggregates from the store itself. */
    public ParticipationFunnel(Database database, Suppression suppression) {
        this(database, new StoreAggregates(database), suppression);
    }

    /** @param aggregates where the stages are counted; the groups are read from the store */
    public ParticipationFunnel(Database database, AggregateReader aggregates, Suppression suppression) {
        this.database = database;
        this.aggregates = aggregates;
        this.suppression = suppression;
    }

    /**
     * The funnel of all lay participants, then of each group. A group's count at a stage is withheld
     * also when the lay people outside the group at that stage are a small count.
     */
    public List<FunnelRow> compute(AnalysisFilter filter) {
        List<FunnelRow> rows = new ArrayList<>();
        Stages allParticipation = everyone(filter, PARTICIPATION_STAGES);
        Stages allProposals = everyone(filter, PROPOSAL_STAGES);
        rows.add(new FunnelRow(null, suppression.count(allParticipation.first()),
                suppression.count(allParticipation.second()), suppression.count(allParticipation.third()),
                suppression.count(allProposals.first()), suppression.count(allProposals.second())));
        Map<UUID, Stages> participation = perGroup(filter, PARTICIPATION_STAGES, "pa.person_id");
        Map<UUID, Stages> proposals = perGroup(filter, PROPOSAL_STAGES, "pr.proposer_id");
        for (GroupRef group : GroupRef.active(database, filter.groupId())) {
            Stages inGroup = participation.getOrDefault(group.id(), Stages.NONE);
            Stages groupProposals = proposals.getOrDefault(group.id(), Stages.NONE);
            rows.add(new FunnelRow(group, suppression.part(inGroup.first(), allParticipation.first()),
                    suppression.part(inGroup.second(), allParticipation.second()),
                    suppression.part(inGroup.third(), allParticipation.third()),
                    suppression.part(groupProposals.first(), allProposals.first()),
                    suppression.part(groupProposals.second(), allProposals.second())));
        }
        return rows;
    }

    private Stages everyone(AnalysisFilter filter, String stagesFrom) {
        return AnalysisQuery.of("select " + stagesFrom + " where " + AnalysisSql.lay("p") + " and ")
                .append(ActivityScope.of(filter).on("a"))
                .list(aggregates, (rs, row) -> Stages.of(rs)).get(0);
    }

    private Map<UUID, Stages> perGroup(AnalysisFilter filter, String stagesFrom, String personColumn) {
        AnalysisQuery query = AnalysisQuery.of("select m.group_id, " + stagesFrom + " join " + AnalysisSql.MEMBERSHIPS
                        + " m on m.person_id = " + personColumn + " and " + AnalysisSql.consentStands("m", "a.held_on")
                        + " where " + AnalysisSql.lay("p") + " and ")
                .append(ActivityScope.of(filter).on("a"));
        if (filter.groupId() != null) {
            query.append(" and m.group_id = :only_group").bind("only_group", filter.groupId());
        }
        Map<UUID, Stages> stages = new HashMap<>();
        query.append(" group by m.group_id")
                .list(aggregates, (rs, row) -> Map.entry(rs.getObject("group_id", UUID.class), Stages.of(rs)))
                .forEach(entry -> stages.put(entry.getKey(), entry.getValue()));
        return stages;
    }

    /** Up to three stage counts of one query row. */
    private record Stages(long first, long second, long third) {
        static final Stages NONE = new Stages(0, 0, 0);

        static Stages of(ResultSet rs) throws SQLException {
            return new Stages(rs.getLong("s1"), rs.getLong("s2"), rs.getLong("s3"));
        }
    }
}
