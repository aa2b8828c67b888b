package org.inclusio.logic.trash;

import io.ebean.DataIntegrityException;
import io.ebean.Database;
import io.ebean.Transaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.i18n.Localization;
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
    private final AuditTrail audit;
    private final Localization l10n;

    /** A trash naming flags raised by rules in the language of this computer's default locale. */
    public TrashService(Database db) {
        this(db, new Localization(Locale.getDefault()));
    }

    /** A trash naming flags raised by rules (by the rule's name) in the language of {@code l10n}. */
    public TrashService(Database db, Localization l10n) {
        this.db = db;
        this.audit = new AuditTrail(db);
        this.l10n = l10n;
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
        try (Transaction transaction = db.beginTransaction()) {
            db.sqlUpdate("update " + tableOf(kind) + " set deleted = false, version = version + 1 where id = :id")
                    .setParameter("id", id)
                    .execute();
            audit.record(transaction, AuditAction.RESTORE_FROM_TRASH, kind.entityType().getSimpleName(), id, null);
            transaction.commit();
        }
    }

    /**
     * Removes a record in the trash for good, in one transaction, with what belongs only to it: an
     * activity with its participations, proposals and flags; a person with their identity,
     * consents, group and team memberships; a team with its flags, reference shares and
     * memberships. A record that is not in the trash is left alone.
     *
     * @throws PurgeRefusedException when other records still point at it (a person who took part
     *                               in or proposed at an activity, a team or organisation that
     *                               activities or teams still name); nothing is removed
     */
    public void purge(TrashKind kind, UUID id) {
        BaseEntity bean = db.find(kind.entityType()).setIncludeSoftDeletes().where()
                .idEq(id).eq("deleted", true).findOne();
        if (bean == null) {
            return;
        }
        String label = label(bean);
        try (Transaction transaction = db.beginTransaction()) {
            switch (kind) {
                case ACTIVITY -> purgeActivity(id);
                case PERSON -> purgePerson(id, label);
                case PROCESS_TEAM -> purgeTeam(id, label);
                case ORGANISATION -> purgeOrganisation(id, label);
                case EXCLUSION_FLAG -> execute("delete from exclusion_flag where id = :id", id);
            }
            audit.record(transaction, AuditAction.PURGE, kind.entityType().getSimpleName(), id, null);
            transaction.commit();
        } catch (DataIntegrityException e) {
            throw new PurgeRefusedException(PurgeRefusedException.Reason.STILL_REFERENCED,
                    "'" + label + "' is still used by other records and stays in the trash.", label);
        }
    }

    private void purgeActivity(UUID id) {
        String participations = "(select p.id from participation p where p.activity_id = :id)";
        execute("delete from participation_barrier where participation_id in " + participations, id);
        execute("delete from participation_accommodation where participation_id in " + participations, id);
        execute("delete from workshop_session where activity_id = :id", id);
        execute("delete from participation where activity_id = :id", id);
        execute("delete from proposal where activity_id = :id", id);
        execute("delete from exclusion_flag where activity_id = :id", id);
        execute("delete from activity_barrier where activity_id = :id", id);
        execute("delete from activity_accommodation where activity_id = :id", id);
        execute("delete from activity where id = :id", id);
    }

    private void purgePerson(UUID id, String label) {
        long participations = count("select count(*) from participation where person_id = :id", id);
        if (participations > 0) {
            throw new PurgeRefusedException(PurgeRefusedException.Reason.PERSON_HAS_PARTICIPATIONS,
                    "'" + label + "' still has " + participations
                            + " participations; remove them from those activities first.", label, participations);
        }
        long proposals = count("select count(*) from proposal where proposer_id = :id", id);
        if (proposals > 0) {
            throw new PurgeRefusedException(PurgeRefusedException.Reason.PERSON_HAS_PROPOSALS,
                    "'" + label + "' is still named as proposer of " + proposals + " proposals.", label, proposals);
        }
        execute("delete from group_membership where person_id = :id", id);
        execute("delete from consent where person_id = :id", id);
        execute("delete from person_identity where person_id = :id", id);
        execute("delete from team_membership where person_id = :id", id);
        execute("delete from person where id = :id", id);
    }

    private void purgeTeam(UUID id, String label) {
        long activities = count("select count(*) from activity where team_id = :id", id);
        if (activities > 0) {
            throw new PurgeRefusedException(PurgeRefusedException.Reason.TEAM_HAS_ACTIVITIES,
                    "'" + label + "' is still named by " + activities + " activities.", label, activities);
        }
        execute("delete from exclusion_flag where team_id = :id", id);
        execute("delete from reference_share where team_id = :id", id);
        execute("delete from team_membership where team_id = :id", id);
        execute("delete from process_team where id = :id", id);
    }

    private void purgeOrganisation(UUID id, String label) {
        long users = count("select (select count(*) from activity where organisation_id = :id)"
                + " + (select count(*) from process_team where organisation_id = :id)", id);
        if (users > 0) {
            throw new PurgeRefusedException(PurgeRefusedException.Reason.ORGANISATION_IN_USE,
                    "'" + label + "' is still named by " + users + " activities or teams.", label, users);
        }
        execute("delete from organisation where id = :id", id);
    }

    private void execute(String sql, UUID id) {
        db.sqlUpdate(sql).setParameter("id", id).execute();
    }

    private long count(String sql, UUID id) {
        return db.sqlQuery(sql).setParameter("id", id).mapToScalar(Long.class).findOne();
    }

    /**
     * The kind's records in the trash, found through the index on the trash mark ({@code in_trash}, computed by the
     * database from {@code deleted}), so listing the trash does not read every record of a large store.
     */
    private List<? extends BaseEntity> deleted(TrashKind kind) {
        return db.find(kind.entityType()).setIncludeSoftDeletes().where().raw("t0.in_trash = true").findList();
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

    private String label(BaseEntity bean) {
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
            label = l10n.flagObservation(flag.getOrigin(), flag.getRuleCode(), flag.getObservation());
        } else {
            label = String.valueOf(bean.getId());
        }
        return label.length() > LABEL_LENGTH ? label.substring(0, LABEL_LENGTH - 1) + "\u2026" : label;
    }
}
