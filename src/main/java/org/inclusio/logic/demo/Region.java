package org.inclusio.logic.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The demo region held in memory while its activities are generated: organisations, teams and
 * the people, as identities and the few facts choosing participants needs (never the entities).
 *
 * @param organisationIds     the organisations' identities
 * @param facilitators        per organisation, the staff who run its collective activities
 * @param organisationStaff   per organisation, the professionals of its teams
 * @param teams               the process teams
 * @param people              everyone, by index
 * @param collectivePool      lay people who may come to collective activities
 * @param referenceDate       the day the generated year ends on
 */
record Region(
        List<UUID> organisationIds,
        List<int[]> facilitators,
        List<int[]> organisationStaff,
        List<DemoTeam> teams,
        List<DemoPerson> people,
        int[] collectivePool,
        LocalDate referenceDate) {

    LocalDate yearStart() {
        return referenceDate.minusDays(365);
    }

    DemoPerson person(int index) {
        return people.get(index);
    }
}
