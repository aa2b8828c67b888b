package org.inclusio.logic.demo;

import java.util.UUID;
import org.inclusio.model.BuiltInGroup;
import org.inclusio.model.PersonRole;

/**
 * What the generator remembers of a person it has written: the identity to refer to, and what
 * choosing participants needs. Groups are kept only when recorded under a valid consent.
 */
record DemoPerson(UUID id, PersonRole role, boolean paid, int groups) {

    static int groupBit(BuiltInGroup group) {
        return 1 << group.ordinal();
    }

    boolean lay() {
        return role.isLay();
    }

    boolean belongsTo(BuiltInGroup group) {
        return (groups & groupBit(group)) != 0;
    }
}
