package org.inclusio.logic.analysis;

/**
 * SQL building blocks every analysis shares, so that "lay", "attended" and "member of a group" mean
 * the same everywhere.
 *
 * <ul>
 *   <li>A <b>lay</b> person is any person whose role is not {@code PROFESSIONAL} and who is not
 *       soft-deleted.</li>
 *   <li>A <b>membership</b> counts when its consent has not been withdrawn and its group is active:
 *       withdrawing consent removes a person's memberships from every analysis.</li>
 *   <li>Queries over participations join the participant with {@code left join person p}: every
 *       participation has its person, so the rows are those of an inner join, but H2 then keeps the
 *       written order and reads the participations in one pass instead of starting from the people and
 *       fetching each person's participations through an index, which is several times slower on a
 *       large store.</li>
 * </ul>
 */
public final class AnalysisSql {

    /** A derived table {@code (person_id, group_id)} of the memberships that count. */
    public static final String MEMBERSHIPS = "(select gm.person_id, gm.group_id from group_membership gm"
            + countingMembershipJoins() + ")";

    /** The code of the built-in group of people with little education (compulsory school at most). */
    public static final String LOW_EDUCATION = "LOW_EDUCATION";

    /**
     * A derived table {@code (person_id, group_id)} of the memberships that count, plus, for the group
     * {@link #LOW_EDUCATION} when it is active, every person whose recorded education is compulsory
     * school only: the rules comparing lay people with the population served read education as well
     * as the self-identified group.
     */
    public static final String MEMBERSHIPS_OR_EDUCATION = "(select gm.person_id, gm.group_id from group_membership gm"
            + countingMembershipJoins() + " union select ep.id as person_id, eg.id as group_id from person ep"
            + " join disadvantaged_group eg on eg.code = '" + LOW_EDUCATION + "' and eg.active = true"
            + " where ep.education = 'COMPULSORY')";

    /** Outcomes that count as a proposal having been taken up. */
    public static final String ADOPTED_OUTCOMES = "('ADOPTED', 'PARTLY_ADOPTED')";

    /** Attendance values that mean an invited person stayed away. */
    public static final String ABSENT = "('DECLINED', 'NO_SHOW')";

    private AnalysisSql() {
    }

    /**
     * Joins the memberships that count of the person in {@code personColumn} as {@code gm} (with its
     * consent {@code gc} and group {@code gg}): one row per group the person belongs to. Cheaper than
     * joining {@link #MEMBERSHIPS}, which H2 evaluates again for every row it is joined to.
     */
    public static String joinMemberships(String personColumn) {
        return " join group_membership gm on gm.person_id = " + personColumn + countingMembershipJoins();
    }

    private static String countingMembershipJoins() {
        return " join consent gc on gc.id = gm.consent_id and gc.withdrawn_on is null"
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
