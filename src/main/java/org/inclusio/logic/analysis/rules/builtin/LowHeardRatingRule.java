package org.inclusio.logic.analysis.rules.builtin;

import org.inclusio.logic.analysis.rules.Finding;
import org.inclusio.logic.analysis.rules.Meeting;
import org.inclusio.logic.analysis.rules.MeetingRule;
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
final class LowHeardRatingRule implements MeetingRule {

    static final String CODE = "LOW_HEARD_RATING";
    static final String MIN_MEAN_RATING = "minMeanRating";
    static final String MIN_RATINGS = "minRatings";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.INTERNAL,
            Severity.MEDIUM, ParameterDefinition.decimal(MIN_MEAN_RATING, "3", "0", null),
            ParameterDefinition.integer(MIN_RATINGS, 3, 1));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Finding judge(Meeting meeting, RuleContext context) {
        double minMean = context.parameters().decimal(MIN_MEAN_RATING);
        if (meeting.ratings() == 0 || meeting.ratings() < context.parameters().integer(MIN_RATINGS)) {
            return null;
        }
        double mean = (double) meeting.ratingTotal() / meeting.ratings();
        if (mean >= minMean) {
            return null;
        }
        boolean few = context.suppression().suppresses(meeting.ratings());
        return context.finding(meeting.teamId(), meeting.activityId(), null, meeting.rated(),
                context.figure(mean, few), context.count(meeting.ratings()), minMean);
    }
}
