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
 * Long meetings on unpaid time: an activity lasting more than {@code maxMinutes} that lay people
 * attended without being paid (the person is not marked paid and no accommodation with code
 * {@code PAYMENT} was offered for that attendance). Evidence: those attendances.
 */
final class LongUnpaidMeetingRule implements MeetingRule {

    static final String CODE = "LONG_UNPAID_MEETING";
    static final String MAX_MINUTES = "maxMinutes";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.EXTERNAL,
            Severity.MEDIUM, ParameterDefinition.integer(MAX_MINUTES, 120, 1));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Finding judge(Meeting meeting, RuleContext context) {
        int maxMinutes = context.parameters().integer(MAX_MINUTES);
        if (meeting.minutes() <= maxMinutes || meeting.unpaid().isEmpty()) {
            return null;
        }
        return context.finding(meeting.teamId(), meeting.activityId(), null, meeting.unpaid(), meeting.minutes(),
                maxMinutes, context.count(meeting.unpaid().size()));
    }
}
