package org.inclusio.logic.person;

import java.time.LocalDate;

/**
 * A seat a person holds (or held) on a process team.
 *
 * @param teamName   the team
 * @param profession the profession, or null for lay members
 * @param joinedOn   when the person joined, or null
 * @param leftOn     when the person left, or null while on the team
 */
public record TeamSeat(String teamName, String profession, LocalDate joinedOn, LocalDate leftOn) {
}
