package org.inclusio.logic.demo;

/**
 * How much demo data to generate. {@link #EXAMPLE} is the small example region offered on the
 * first run; {@link #LARGE} is synthetic data for trying the program at the size of a whole region.
 * Each process team needs about twenty people (its professionals, its lay members and patients it
 * can invite), and the example patterns need about a dozen activities per team to show.
 *
 * @param organisations             healthcare organisations (at least 1)
 * @param teams                     process teams (at least 1)
 * @param people                    people, professionals and lay, in all
 * @param activities                activities over the year before the load
 * @param participationsPerActivity participations on average; the total is exactly
 *                                  {@code activities * participationsPerActivity}
 */
public record DemoScale(int organisations, int teams, int people, int activities, int participationsPerActivity) {

    /** People each team needs at least: professionals, lay members and patients to invite. */
    public static final int PEOPLE_PER_TEAM = 20;
    public static final int MIN_PARTICIPATIONS_PER_ACTIVITY = 3;
    public static final int MAX_PARTICIPATIONS_PER_ACTIVITY = 20;

    /** The first-run example: 3 organisations, 6 process teams, 150 people, 120 activities in a year. */
    public static final DemoScale EXAMPLE = new DemoScale(3, 6, 150, 120, 9);

    /** A whole region: 100,000 activities, 20,000 people, 1,000,000 participations, 50 teams. */
    public static final DemoScale LARGE = of(100_000, 20_000, 50, 10);

    public DemoScale {
        if (organisations < 1 || teams < 1 || activities < 1) {
            throw new IllegalArgumentException("A demo region needs at least one organisation, one process team and"
                    + " one activity.");
        }
        if (people < minimumPeople(organisations, teams)) {
            throw new IllegalArgumentException("A demo region with " + teams + " process teams and " + organisations
                    + " organisations needs at least " + minimumPeople(organisations, teams) + " people, not "
                    + people + ".");
        }
        if (participationsPerActivity < MIN_PARTICIPATIONS_PER_ACTIVITY
                || participationsPerActivity > MAX_PARTICIPATIONS_PER_ACTIVITY) {
            throw new IllegalArgumentException("Participations per activity must be from "
                    + MIN_PARTICIPATIONS_PER_ACTIVITY + " to " + MAX_PARTICIPATIONS_PER_ACTIVITY + ", not "
                    + participationsPerActivity + ".");
        }
    }

    /** A scale with one organisation for every five teams (at least three). */
    public static DemoScale of(int activities, int people, int teams, int participationsPerActivity) {
        return new DemoScale(Math.max(3, teams / 5), teams, people, activities, participationsPerActivity);
    }

    static int minimumPeople(int organisations, int teams) {
        return teams * PEOPLE_PER_TEAM + organisations;
    }

    /** The number of participations the scale asks for. */
    public long participations() {
        return (long) activities * participationsPerActivity;
    }
}
