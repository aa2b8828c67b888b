package org.inclusio.logic.analysis.rules;

import java.util.List;
import java.util.UUID;

/**
 * What happened at one activity, as the rules that judge single meetings see it: the attendances
 * (of people not deleted), speaking turns, lay ratings of having been heard, and the lay attendances
 * behind them, each list ordered by participation id.
 *
 * @param activityId     the activity
 * @param teamId         its process team, or null
 * @param minutes        how long it lasted
 * @param attendees      everyone who attended
 * @param lay            lay people who attended
 * @param turns          speaking turns of everyone who attended
 * @param layTurns       speaking turns of the lay attendees
 * @param ratings        lay attendees who rated having been heard
 * @param ratingTotal    the sum of those ratings
 * @param layAttendances the lay attendances
 * @param rated          the lay attendances with a heard rating
 * @param unpaid         the lay attendances of people not marked paid and offered no payment
 * @param talkCounted    whether speaking turns were counted; when not, {@code turns} and {@code layTurns}
 *                       are no figures at all
 */
public record Meeting(UUID activityId, UUID teamId, int minutes, long attendees, long lay, long turns,
                      long layTurns, long ratings, long ratingTotal, List<UUID> layAttendances, List<UUID> rated,
                      List<UUID> unpaid, boolean talkCounted) {

    public Meeting {
        layAttendances = List.copyOf(layAttendances);
        rated = List.copyOf(rated);
        unpaid = List.copyOf(unpaid);
    }
}
