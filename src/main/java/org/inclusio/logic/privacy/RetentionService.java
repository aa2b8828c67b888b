package org.inclusio.logic.privacy;

import io.ebean.Database;
import io.ebean.Transaction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.inclusio.model.RuleParameter;
import org.inclusio.model.query.QRuleParameter;

/**
 * The retention period of identities: after it, the name and contact details of people with no activity
 * in that period are purged; their pseudonymous record and what they took part in stay. The period is
 * a setting of the store (kept beside the rules' settings, so every user of a shared store works with
 * the same one).
 *
 * <p>A person's last activity is the latest of: the day of an activity they were invited to or took part
 * in (also in the trash), the day they left a team seat (today while they still hold it), the day a
 * consent of theirs was given or withdrawn, and the day their record was made. Only people with an
 * identity are concerned.
 */
public final class RetentionService {

    /** Where the period is stored: the rule code and name of its row among the rules' settings. */
    static final String SETTING_GROUP = "RETENTION";
    static final String SETTING_NAME = "identityYears";
    /** The period until one is set. */
    public static final int DEFAULT_YEARS = 5;
    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 100;

    private final Database db;
    private final Clock clock;
    private final PrivacyLog log;

    public RetentionService(Database db, Clock clock, PrivacyLog log) {
        this.db = db;
        this.clock = clock;
        this.log = log;
    }

    /** The period in whole years. */
    public int years() {
        RuleParameter row = row();
        if (row == null) {
            return DEFAULT_YEARS;
        }
        try {
            int years = Integer.parseInt(row.getSetting().strip());
            return years >= MIN_YEARS && years <= MAX_YEARS ? years : DEFAULT_YEARS;
        } catch (NumberFormatException e) {
            return DEFAULT_YEARS;
        }
    }

    /**
     * Sets the period.
     *
     * @throws IllegalArgumentException when it is not from {@value #MIN_YEARS} to {@value #MAX_YEARS} years
     */
    public void setYears(int years) {
        if (years < MIN_YEARS || years > MAX_YEARS) {
            throw new IllegalArgumentException("retention period out of range: " + years);
        }
        RuleParameter row = row();
        if (row == null) {
            row = new RuleParameter();
            row.setRuleCode(SETTING_GROUP);
            row.setName(SETTING_NAME);
        }
        row.setSetting(Integer.toString(years));
        db.save(row);
    }

    private RuleParameter row() {
        return new QRuleParameter(db).ruleCode.eq(SETTING_GROUP).name.eq(SETTING_NAME).findOne();
    }

    /** People whose identity the period has run out for. */
    public record Preview(int years, LocalDate cutoff, List<String> codes) {
        public Preview {
            codes = List.copyOf(codes);
        }
    }

    /** Whose identities a purge would remove now: codes only, in order. */
    public Preview preview() {
        int years = years();
        LocalDate cutoff = LocalDate.now(clock).minusYears(years);
        List<String> codes = db.sqlQuery("select p.code" + EXPIRED + " order by lower(p.code)")
                .setParameter("cutoff", cutoff)
                .setParameter("today", LocalDate.now(clock))
                .mapToScalar(String.class).findList();
        return new Preview(years, cutoff, codes);
    }

    /** Removes the identities the period has run out for, in one transaction; returns how many. */
    public int purge() {
        LocalDate today = LocalDate.now(clock);
        LocalDate cutoff = today.minusYears(years());
        try (Transaction transaction = db.beginTransaction()) {
            List<UUID> ids = db.sqlQuery("select p.id" + EXPIRED)
                    .setParameter("cutoff", cutoff)
                    .setParameter("today", today)
                    .mapToScalar(UUID.class).findList();
            for (UUID id : ids) {
                db.sqlUpdate("delete from person_identity where person_id = :id").setParameter("id", id).execute();
            }
            log.identitiesPurged(ids.size());
            transaction.commit();
            return ids.size();
        }
    }

    /** People with an identity whose last activity was before the cutoff. */
    private static final String EXPIRED = " from person p where exists (select 1 from person_identity i"
            + " where i.person_id = p.id)"
            + " and cast(p.when_created as date) < :cutoff"
            + " and not exists (select 1 from participation x join activity a on a.id = x.activity_id"
            + " where x.person_id = p.id and a.held_on >= :cutoff)"
            + " and not exists (select 1 from team_membership m where m.person_id = p.id"
            + " and coalesce(m.left_on, :today) >= :cutoff)"
            + " and not exists (select 1 from consent c where c.person_id = p.id"
            + " and (c.given_on >= :cutoff or c.withdrawn_on >= :cutoff))";
}
