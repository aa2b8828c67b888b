package org.inclusio.logic.analysis;

/**
 * SQL building blocks every analysis shares, so that "lay", "attended" and "member of a group" mean
 * the same everywhere.
 *
 * <ul>
 *   <li>A <b>lay</b> person is any person whose role is not {@code PROFESSIONAL} and who is not
 *       soft-deleted.</li>
 *   <li>A <b>membership</b> counts when its group is active, for activities held before its consent was
 *       withdrawn (all of them while the consent stands): withdrawing consent stops the use of the
 *       memberships it covered from the day of the withdrawal, and leaves the figures of earlier
 *       activities as they were.</li>
 *   <li>Queries over participations join the participant with {@code left join person p}: every
 *       participation has its person, so the rows are those of an inner join, but H2 then keeps the
 *       written order and reads the participations in one pass instead of starting from the people and
 *       fetching each person's participations through an index, which is several times slower on a
 *       large store.</li>
 * </ul>
 */
public final class AnalysisSql {

    /**
     * A derived table {@code (person_id, group_id, withdrawn_on)} of the memberships of active groups, with
     * the day their consent was withdrawn (null while it stands); restrict it to a day with
     * {@link #consentStands(String, String)}.
     */
    public static final String MEMBERSHIPS = "(select gm.person_id, gm.group_id, gc.withdrawn_on"
            + " from group_membership gm join consent gc on gc.id = gm.consent_id"
            + " join disadvantaged_group gg on gg.id = gm.group_id and gg.active = true)";

    /** The code of the built-in group of people with little education (compulsory school at most). */
    public static final String LOW_EDUCATION = "LOW_EDUCATION";

    /**
     * A derived table {@code (person_id, group_id)} of the memberships that count, plus, for the group
     * {@link #LOW_EDUCATION} when it is active, every person whose recorded education is compulsory
     * school only: the rules comparing lay people with the population served read education as well
     * as the self-identified group.
     */
    public static final String MEMBERSHIPS_OR_EDUCATION = "(select gm.person_id, gm.group_id, gc.withdrawn_on"
            + " from group_membership gm join consent gc on gc.id = gm.consent_id"
            + " join disadvantaged_group gg on gg.id = gm.group_id and gg.active = true"
            + " union select ep.id as person_id, eg.id as group_id, cast(null as date) as withdrawn_on from person ep"
            + " join disadvantaged_group eg on eg.code = '" + LOW_EDUCATION + "' and eg.active = true"
            + " where ep.education = 'COMPULSORY')";

    /** Outcomes that count as a proposal having been taken up. */
    public static final String ADOPTED_OUTCOMES = "('ADOPTED', 'PARTLY_ADOPTED')";

    /** Attendance values that mean an invited person stayed away. */
    public static final String ABSENT = "('DECLINED', 'NO_SHOW')";

    private AnalysisSql() {
    }

    /**
     * The membership row behind alias {@code m} of {@link #MEMBERSHIPS} counts on the day given by the SQL
     * expression {@code day} (e.g. {@code a.held_on}): its consent was not withdrawn on or before that day.
     */
    public static String consentStands(String m, String day) {
        return "(" + m + ".withdrawn_on is null or " + m + ".withdrawn_on > " + day + ")";
    }

    /**
     * Joins the memberships that count on the day given by the SQL expression {@code day} (e.g.
     * {@code a.held_on}) of the person in {@code personColumn} as {@code gm} (with its consent {@code gc}
     * and group {@code gg}): one row per group the person belongs to. Cheaper than joining
     * {@link #MEMBERSHIPS}, which H2 evaluates again for every row it is joined to.
     */
    public static String joinMemberships(String personColumn, String day) {
        return " join group_membership gm on gm.person_id = " + personColumn
                + " join consent gc on gc.id = gm.consent_id and " + consentStands("gc", day)
                + " join disadvantaged_group gg on gg.id = gm.group_id and gg.active = true";
    }

    /** The person behind alias {@code p} takes part as a lay person and is not deleted. */
    public static String lay(String p) {
        return p + ".role <> 'PROFESSIONAL' and " + p + ".deleted = false";
    }

    /** The participation behind alias {@code pa} is an attendance. */
    public static String attended(String pa) {
        return pa + ".attendance = 'ATTENDED'";
    }
}
