package org.inclusio.logic.person;

import java.util.List;
import java.util.UUID;
import org.inclusio.model.PersonRole;

/**
 * A person found by the participant picker: pseudonymous code, role and the process teams the
 * person sits on; never an identifying detail.
 *
 * @param id    the person
 * @param code  the pseudonymous code
 * @param role  the person's role
 * @param teams the names of the teams the person sits on, by name
 */
public record PersonHit(UUID id, String code, PersonRole role, List<String> teams) {

    public PersonHit {
        teams = List.copyOf(teams);
    }

    /** The person as a plain choice (code and role). */
    public PersonChoice choice() {
        return new PersonChoice(id, code, role);
    }
}
