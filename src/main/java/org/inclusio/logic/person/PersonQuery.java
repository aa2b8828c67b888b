package org.inclusio.logic.person;

import java.util.UUID;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;

/**
 * What the people register shows: a search on the pseudonymous code and filters, a sort order,
 * and at most {@code limit} rows.
 *
 * @param code        part of the code; blank for all
 * @param role        only this role, or null
 * @param route       only this recruitment route, or null
 * @param groupId     only members of this disadvantaged group, or null
 * @param paid        only paid (true) or unpaid (false) people, or null for both
 * @param leadPatient only lead patients (true) or others (false), or null for both
 * @param sort        the column to sort by
 * @param ascending   the sort direction
 * @param limit       how many rows at most
 */
public record PersonQuery(String code, PersonRole role, RecruitmentRoute route, UUID groupId, Boolean paid,
                          Boolean leadPatient, PersonSort sort, boolean ascending, int limit) {

    /** The register's default: everyone, by code, the first 500 rows. */
    public static PersonQuery all() {
        return new PersonQuery("", null, null, null, null, null, PersonSort.CODE, true, 500);
    }

    /** The same query sorted differently. */
    public PersonQuery withSort(PersonSort newSort, boolean newAscending) {
        return new PersonQuery(code, role, route, groupId, paid, leadPatient, newSort, newAscending, limit);
    }
}
