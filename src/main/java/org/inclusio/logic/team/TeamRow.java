package org.inclusio.logic.team;

import java.util.UUID;

/**
 * One line of the process-team register, read with one aggregate query. Members count while they
 * have not left the team.
 *
 * @param id                 the team
 * @param name               its name
 * @param organisationName   its organisation's name, or null
 * @param patientGroupServed the patient group it serves, or null
 * @param professionals      how many professionals sit on it now
 * @param layMembers         how many lay members sit on it now
 * @param activities         how many of its activities took place in the last twelve months
 */
public record TeamRow(UUID id, String name, String organisationName, String patientGroupServed,
                      long professionals, long layMembers, long activities) {
}
