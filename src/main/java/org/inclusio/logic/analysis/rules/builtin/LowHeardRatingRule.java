package org.inclusio.logic.analysis.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.AnalysisSql;
import org.inclusio.logic.analysis.rules.ExclusionRule;
import org.inclusio.logic.analysis.rules.Finding;
import org.inclusio.logic.analysis.rules.ParameterDefinition;
import org.inclusio.logic.analysis.rules.RuleContext;
import org.inclusio.logic.analysis.rules.RuleDescriptor;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.Severity;

/**
 * Not feeling heard: an activity whose lay attendees' mean rating of having been heard is below
 * {@code minMeanRating}, judged when at least {@code minRatings} of them gave a rating. Evidence:
 * the rated lay attendances.
 */
final class LowHeardRatingRule implements ExclusionRule {

    static final String CODE = "LOW_HEARD_RATING";
    static final String MIN_MEAN_RATING = "minMeanRating";
    static final String MIN_RATINGS = "minRatings";

    private static final String RATED_LAY_ATTENDANCES = " from participation pa"
            + " join activity a on a.id = pa.activity_id left join person p on p.id = pa.person_id"
            + " where pa.heard_rating is not null and " + AnalysisSql.lay("p") + " and " + AnalysisSql.attended("pa");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.INTERNAL,
            Severity.MEDIUM, ParameterDefinition.decimal(MIN_MEAN_RATING, "3", "0", null),
            ParameterDefinition.integer(MIN_RATINGS, 3, 1));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        double minMean = context.parameters().decimal(MIN_MEAN_RATING);
        List<Ratings> activities = AnalysisQuery.of("select a.id, a.team_id, count(*) as ratings,"
                        + " sum(pa.heard_rating) as total" + RATED_LAY_ATTENDANCES)
                .and(context.activities().on("a"))
                .append(" group by a.id, a.team_id having count(*) >= :min_ratings")
                .bind("min_ratings", context.parameters().integer(MIN_RATINGS))
                .list(context.database(), (rs, row) -> new Ratings(rs.getObject("id", UUID.class),
                        rs.getObject("team_id", UUID.class), rs.getLong("ratings"), rs.getLong("total")));
        List<Finding> findings = new ArrayList<>();
        for (Ratings ratings : activities) {
            double mean = (double) ratings.total() / ratings.count();
            if (mean < minMean) {
                List<UUID> evidence = AnalysisQuery.of("select pa.id" + RATED_LAY_ATTENDANCES
                                + " and pa.activity_id = :evidence_activity order by pa.id")
                        .bind("evidence_activity", ratings.activityId())
                        .list(context.database(), (rs, row) -> rs.getObject("id", UUID.class));
                findings.add(context.finding(ratings.teamId(), ratings.activityId(), null, evidence,
                        mean, ratings.count(), minMean));
            }
        }
        return findings;
    }

    private record Ratings(UUID activityId, UUID teamId, long count, long total) {
    }
}
