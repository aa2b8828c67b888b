package org.inclusio.logic.analysis.rules;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.Severity;

/**
 * One case of possible exclusion a rule found: where (team, activity, group; each may be null),
 * an explanation with the figures behind it, and the ids of the records it rests on (seats,
 * participations, proposals, reference shares or activities, as the rule says).
 *
 * @param ruleCode    the rule that found it
 * @param kind        external or internal exclusion
 * @param severity    how serious
 * @param teamId      the team, or null
 * @param activityId  the activity, or null for a team-level finding
 * @param groupId     the disadvantaged group, or null when the finding is not about one group
 * @param explanation what the finding says, as a message key and typed figures, put into words when read
 * @param recordIds   the records behind the finding, for drill-down
 */
public record Finding(String ruleCode, ExclusionKind kind, Severity severity, UUID teamId, UUID activityId,
                      UUID groupId, Explanation explanation, List<UUID> recordIds) {

    public Finding {
        Objects.requireNonNull(explanation, "explanation");
        recordIds = List.copyOf(recordIds);
    }

    /** The stable identity of the finding, matched against stored automatic flags. */
    public FindingKey key() {
        return new FindingKey(ruleCode, teamId, activityId, groupId);
    }
}
