package org.inclusio.logic.workshop;

import java.util.Set;
import java.util.UUID;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.PersonRole;

/**
 * Someone who came without being listed, as the check-in dialog records them.
 *
 * @param code    the new pseudonymous code
 * @param role    the person's role
 * @param groups  the disadvantaged groups the person chooses to declare (may be empty)
 * @param consent the consent the person gives for the declared groups, or null when none is given;
 *                groups are refused without one
 */
public record WalkInDraft(String code, PersonRole role, Set<UUID> groups, ConsentScope consent) {

    public WalkInDraft {
        groups = Set.copyOf(groups);
    }
}
