package org.inclusio.logic.analysis.rules;

import java.util.UUID;

/**
 * The stable identity of a finding and of the automatic flag that records it: the rule and the
 * team, activity and group it concerns (each may be null).
 *
 * @param ruleCode   the rule
 * @param teamId     the team, or null
 * @param activityId the activity, or null
 * @param groupId    the group, or null
 */
public record FindingKey(String ruleCode, UUID teamId, UUID activityId, UUID groupId) {
}
