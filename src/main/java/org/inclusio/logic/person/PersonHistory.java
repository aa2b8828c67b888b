package org.inclusio.logic.person;

import java.util.List;

/**
 * What a person took part in: activities (newest first) and process-team seats.
 *
 * @param activities activities the person was invited to or attended
 * @param teams      the process teams the person sits or sat on
 */
public record PersonHistory(List<ActivityTaken> activities, List<TeamSeat> teams) {

    public PersonHistory {
        activities = List.copyOf(activities);
        teams = List.copyOf(teams);
    }
}
