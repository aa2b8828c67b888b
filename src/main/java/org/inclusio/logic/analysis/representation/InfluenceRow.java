package org.inclusio.logic.analysis.representation;

import org.inclusio.logic.analysis.Count;
import org.inclusio.logic.analysis.Estimate;
import org.inclusio.logic.analysis.GroupRef;

/**
 * Equality of influence for one group in one slice: the group's share of the adopted (fully or
 * partly) proposals made by lay people, against its share of lay attendances.
 *
 * @param slice            the team (and mode, level or period) described
 * @param teamName         the team's name, or null for activities without a team
 * @param group            the disadvantaged group
 * @param groupAdopted     adopted lay proposals whose proposer belongs to the group
 * @param adopted          adopted lay proposals
 * @param adoptedShare     {@code groupAdopted / adopted} with its 95% Wilson interval
 * @param groupAttendances lay attendances by members of the group
 * @param attendances      lay attendances
 * @param attendanceShare  {@code groupAttendances / attendances} with its 95% Wilson interval
 * @param ratio            {@code adoptedShare / attendanceShare}; the interval is the adopted share's
 *                         interval divided by the attendance share; 1 means influence in proportion to presence
 */
public record InfluenceRow(Slice slice, String teamName, GroupRef group, Count groupAdopted, Count adopted,
                           Estimate adoptedShare, Count groupAttendances, Count attendances,
                           Estimate attendanceShare, Estimate ratio) {
}
