package org.inclusio.logic.analysis.matrix;

import org.inclusio.model.Level;
import org.inclusio.model.Mode;

/**
 * One cell of the mode x level matrix. An empty cell (no activities) is a finding, not an error:
 * it shows where coproduction does not happen at all.
 *
 * @param mode            the mode of coproduction
 * @param level           the level of coproduction
 * @param activities      activities of this mode and level
 * @param participants    distinct people who attended them, professionals included
 * @param layParticipants distinct lay people who attended them
 * @param personHours     the activities' duration in hours, summed over the attendances of people in the
 *                        register and over the anonymous participants
 * @param groupsPresent   distinct disadvantaged groups with at least one lay attendee who is a member
 * @param anonymousParticipants people who took part without being in the register (survey respondents,
 *                        visitors to an open meeting), summed over the activities; not among
 *                        {@code participants}, and of no known group
 */
public record MatrixCell(Mode mode, Level level, long activities, long participants, long layParticipants,
                         double personHours, long groupsPresent, long anonymousParticipants) {

    /** Whether no activity of this mode and level exists in the filter. */
    public boolean empty() {
        return activities == 0;
    }
}
