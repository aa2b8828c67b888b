package org.inclusio.logic.demo;

/**
 * Which activity comes where: the first tenth of the activities are the organisations' collective
 * ones, the rest go to the teams in turn, each team's in a cycle of kinds through the year. It
 * also fixes the number of participants of every activity beforehand so that together they come to
 * exactly the number the scale asks for, while each stays within what its kind and team allow.
 * Only these small numbers are held, never the activities themselves.
 */
final class ActivityPlan {

    private static final double COLLECTIVE_SHARE = 0.1;
    private static final int MIN_ACTIVITIES_FOR_COLLECTIVE = 10;

    private final int activities;
    private final int collective;
    private final int teams;
    private final int organisations;
    private final short[] sizes;

    ActivityPlan(DemoScale scale, Region region, ParticipantPicker picker, Dice dice) {
        this.activities = scale.activities();
        this.collective = activities >= MIN_ACTIVITIES_FOR_COLLECTIVE
                ? (int) Math.round(activities * COLLECTIVE_SHARE) : 0;
        this.teams = region.teams().size();
        this.organisations = region.organisationIds().size();
        this.sizes = new short[activities];
        planSizes(scale.participations(), region, picker, dice);
    }

    int activities() {
        return activities;
    }

    boolean collective(int activity) {
        return activity < collective;
    }

    /** The team of a team activity. */
    int team(int activity) {
        return (activity - collective) % teams;
    }

    /** The organisation that holds a collective activity. */
    int organisation(int activity) {
        return activity % organisations;
    }

    /** A team activity's place in its team's year (0 for the first), or a collective one's among those. */
    int position(int activity) {
        return collective(activity) ? activity : (activity - collective) / teams;
    }

    /** How many activities the team of this activity has in the year, or how many collective ones there are. */
    int count(int activity) {
        if (collective(activity)) {
            return collective;
        }
        int teamActivities = activities - collective;
        return teamActivities / teams + (team(activity) < teamActivities % teams ? 1 : 0);
    }

    ActivityKind kind(int activity) {
        return collective(activity)
                ? ActivityKind.ofCollectiveActivity(activity)
                : ActivityKind.ofTeamActivity(position(activity));
    }

    int size(int activity) {
        return sizes[activity];
    }

    private void planSizes(long target, Region region, ParticipantPicker picker, Dice dice) {
        int[] min = new int[activities];
        int[] max = new int[activities];
        int[] usual = new int[activities];
        long sumMin = 0;
        long sumMax = 0;
        long sumFixed = 0;
        long sumFlexible = 0;
        for (int i = 0; i < activities; i++) {
            ActivityKind kind = kind(i);
            DemoTeam team = collective(i) ? null : region.teams().get(team(i));
            max[i] = picker.capacity(kind, team, collective(i) ? organisation(i) : team.organisation);
            min[i] = Math.min(kind.minParticipants(), max[i]);
            usual[i] = clamp(picker.usualSize(kind, team, dice), min[i], max[i]);
            sumMin += min[i];
            sumMax += max[i];
            if (kind == ActivityKind.CARE) {
                sumFixed += usual[i];
            } else {
                sumFlexible += usual[i];
            }
        }
        if (target < sumMin || target > sumMax) {
            throw new IllegalArgumentException("These " + activities + " activities can have from " + sumMin + " to "
                    + sumMax + " participations with the people of the region, not " + target + ".");
        }
        double factor = sumFlexible == 0 ? 1 : (double) (target - sumFixed) / sumFlexible;
        double carry = 0;
        long sum = 0;
        for (int i = 0; i < activities; i++) {
            int size = usual[i];
            if (kind(i) != ActivityKind.CARE) {
                double exact = usual[i] * factor + carry;
                size = (int) Math.round(exact);
                carry = exact - size;
            }
            sizes[i] = (short) clamp(size, min[i], max[i]);
            sum += sizes[i];
        }
        settle(target - sum, min, max);
    }

    /** Moves the remaining difference onto activities that still have room, one at a time. */
    private void settle(long difference, int[] min, int[] max) {
        long left = difference;
        while (left != 0) {
            boolean moved = false;
            for (int i = 0; i < activities && left != 0; i++) {
                if (left > 0 && sizes[i] < max[i]) {
                    sizes[i]++;
                    left--;
                    moved = true;
                } else if (left < 0 && sizes[i] > min[i]) {
                    sizes[i]--;
                    left++;
                    moved = true;
                }
            }
            if (!moved) {
                throw new IllegalStateException("participations cannot be spread over the activities");
            }
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
