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
 * Dominant voices: in one activity, the lay participants' share of speaking turns against their share
 * of those present. With {@code l} lay of {@code n} attendees and {@code lt} lay turns of {@code t}
 * turns, the ratio is {@code (lt / t) / (l / n)}; below {@code minRatio} is a finding when at least
 * {@code minTurns} turns were counted and at least one lay person attended. Evidence: the lay
 * attendances.
 */
final class ProfessionalDominanceRule implements MeetingRule {

    static final String CODE = "PROFESSIONAL_DOMINANCE";
    static final String MIN_RATIO = "minRatio";
    static final String MIN_TURNS = "minTurns";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.INTERNAL,
            Severity.MEDIUM, ParameterDefinition.decimal(MIN_RATIO, "0.5", "0", null),
            ParameterDefinition.integer(MIN_TURNS, 10, 1));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Finding judge(Meeting meeting, RuleContext context) {
        double minRatio = context.parameters().decimal(MIN_RATIO);
        if (!meeting.talkCounted() || meeting.lay() == 0 || meeting.turns() < context.parameters().integer(MIN_TURNS)) {
            return null;
        }
        double presenceShare = (double) meeting.lay() / meeting.attendees();
        double turnShare = (double) meeting.layTurns() / meeting.turns();
        if (turnShare / presenceShare >= minRatio) {
            return null;
        }
        boolean presenceWithheld = context.suppression().suppressesPart(meeting.lay(), meeting.attendees())
                || context.suppression().suppresses(meeting.attendees());
        boolean turnsWithheld = context.suppression().suppressesPart(meeting.layTurns(), meeting.turns())
                || context.suppression().suppresses(meeting.turns());
        return context.finding(meeting.teamId(), meeting.activityId(), null, meeting.layAttendances(),
                context.figure(presenceShare, presenceWithheld), context.figure(turnShare, turnsWithheld), minRatio);
    }
}
