package org.inclusio.logic.trash;

import org.inclusio.model.Activity;
import org.inclusio.model.BaseEntity;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.Organisation;
import org.inclusio.model.Person;
import org.inclusio.model.ProcessTeam;

/** The kinds of record that go to the trash when deleted, and can be brought back from it. */
public enum TrashKind {
    ACTIVITY(Activity.class),
    PERSON(Person.class),
    PROCESS_TEAM(ProcessTeam.class),
    ORGANISATION(Organisation.class),
    EXCLUSION_FLAG(ExclusionFlag.class);

    private final Class<? extends BaseEntity> entityType;

    TrashKind(Class<? extends BaseEntity> entityType) {
        this.entityType = entityType;
    }

    public Class<? extends BaseEntity> entityType() {
        return entityType;
    }
}
