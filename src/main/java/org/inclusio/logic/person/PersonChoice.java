package org.inclusio.logic.person;

import java.util.UUID;
import org.inclusio.model.PersonRole;

/**
 * A person offered when adding participants: pseudonymous code and role only.
 *
 * @param id   the person
 * @param code the pseudonymous code
 * @param role the person's role
 */
public record PersonChoice(UUID id, String code, PersonRole role) {
}
