package org.inclusio.logic.analysis.flags;

import java.time.LocalDate;
import java.util.UUID;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.FlagOrigin;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.Severity;

/**
 * One stored exclusion flag as the analysis lists it: what raised it, where it points (team,
 * activity, group, by name and code, never a person), its state and its evidence in words.
 *
 * @param id            the flag
 * @param origin        raised by a rule or recorded by a person
 * @param ruleCode      the rule that raised it, or null for a manual flag
 * @param observation   the rule's name, or a person's observation
 * @param kind          external or internal exclusion
 * @param severity      how serious
 * @param status        where the flag stands
 * @param teamName      the team, or null
 * @param activityId    the activity, or null for a team-level flag
 * @param activityTitle the activity's title, or null
 * @param activityDate  the day the activity was held, or null
 * @param groupCode     the disadvantaged group's code, or null
 * @param groupName     the disadvantaged group's name, or null
 * @param observedOn    when the flag was raised or last seen holding
 * @param evidence      the figures behind an automatic flag
 * @param statusReason  why a person acknowledged or dismissed it, or why it was resolved
 */
public record FlagRow(UUID id, FlagOrigin origin, String ruleCode, String observation, ExclusionKind kind,
                      Severity severity, FlagStatus status, String teamName, UUID activityId, String activityTitle,
                      LocalDate activityDate, String groupCode, String groupName, LocalDate observedOn,
                      String evidence, String statusReason) {

    public boolean automatic() {
        return origin == FlagOrigin.AUTOMATIC;
    }
}
