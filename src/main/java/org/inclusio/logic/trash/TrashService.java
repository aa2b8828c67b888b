package org.inclusio.logic.trash;

import io.ebean.Database;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.inclusio.model.Activity;
import org.inclusio.model.BaseEntity;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.Organisation;
import org.inclusio.model.Person;
import org.inclusio.model.ProcessTeam;

/**
 * Deleting moves a record to the trash (it is only marked deleted, so every register and
 * analysis leaves it out); the trash lists such records, restores them, or removes them for good.
 */
public final class TrashService {

    private static final int LABEL_LENGTH = 80;

    private final Database db;

    public TrashService(Database db) {
        this.db = db;
    }

    /** Moves one record to the trash. */
    public void moveToTrash(TrashKind kind, UUID id) {
        BaseEntity bean = db.find(kind.entityType(), id);
        if (bean != null) {
            db.delete(bean);
        }
    }

    /** Everything in the trash, most recently deleted first. */
    public List<TrashItem> list() {
        List<TrashItem> items = new ArrayList<>();
        for (TrashKind kind : TrashKind.values()) {
            for (BaseEntity bean : deleted(kind)) {
                items.add(new TrashItem(kind, bean.getId(), label(bean), bean.getWhenModified()));
            }
        }
        items.sort(Comparator.comparing(TrashItem::deletedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return items;
    }

    /** Brings a record back from the trash. */
    public void restore(TrashKind kind, UUID id) {
        BaseEntity bean = db.find(kind.entityType()).setIncludeSoftDeletes().setId(id).findOne();
        if (bean == null) {
            return;
        }
        db.sqlUpdate("update " + tableOf(kind) + " set deleted = false, version = version + 1 where id = :id")
                .setParameter("id", id)
                .execute();
    }

    /** Removes a record in the trash for good, with what belongs only to it. */
    public void purge(TrashKind kind, UUID id) {
        BaseEntity bean = db.find(kind.entityType()).setIncludeSoftDeletes().where()
                .idEq(id).eq("deleted", true).findOne();
        if (bean != null) {
            db.deletePermanent(bean);
        }
    }

    private List<? extends BaseEntity> deleted(TrashKind kind) {
        return db.find(kind.entityType()).setIncludeSoftDeletes().where().eq("deleted", true).findList();
    }

    private static String tableOf(TrashKind kind) {
        return switch (kind) {
            case ACTIVITY -> "activity";
            case PERSON -> "person";
            case PROCESS_TEAM -> "process_team";
            case ORGANISATION -> "organisation";
            case EXCLUSION_FLAG -> "exclusion_flag";
        };
    }

    private static String label(BaseEntity bean) {
        String label;
        if (bean instanceof Activity activity) {
            label = activity.getTitle() + " (" + activity.getHeldOn() + ")";
        } else if (bean instanceof Person person) {
            label = person.getCode();
        } else if (bean instanceof ProcessTeam team) {
            label = team.getName();
        } else if (bean instanceof Organisation organisation) {
            label = organisation.getName();
        } else if (bean instanceof ExclusionFlag flag) {
            label = flag.getObservation();
        } else {
            label = String.valueOf(bean.getId());
        }
        return label.length() > LABEL_LENGTH ? label.substring(0, LABEL_LENGTH - 1) + "\u2026" : label;
    }
}
