package org.inclusio.logic.analysis.representation;

import java.util.OptionalDouble;
import org.inclusio.logic.analysis.Count;
import org.inclusio.logic.analysis.Estimate;
import org.inclusio.logic.analysis.GroupRef;

/**
 * Equality of representation for one group in one slice: the group's share among the distinct lay
 * people who attended, against its share of the population the team serves.
 *
 * @param slice             the team (and mode, level or period) described
 * @param teamName          the team's name, or null for activities without a team
 * @param group             the disadvantaged group
 * @param groupParticipants distinct lay attendees who belong to the group
 * @param participants      distinct lay attendees
 * @param share             {@code groupParticipants / participants} with its 95% Wilson interval
 * @param referenceShare    the group's share of the population the team serves (latest year), if recorded
 * @param ratio             {@code share / referenceShare}, the interval bounds divided likewise; 1 means
 *                          represented in proportion; undefined without a reference share above 0
 */
public record RepresentationRow(Slice slice, String teamName, GroupRef group, Count groupParticipants,
                                Count participants, Estimate share, OptionalDouble referenceShare, Estimate ratio) {
}
