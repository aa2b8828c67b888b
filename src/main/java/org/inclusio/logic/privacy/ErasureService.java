package org.inclusio.logic.privacy;

import io.ebean.Database;
import io.ebean.Transaction;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Erases a person (GDPR art. 17) in one transaction, keeping only what the analyses count.
 *
 * <p>Removed: the identity (name and contact details), every consent and group membership, and every
 * mention of the person's code, name, e-mail address, telephone number or postal address in any text
 * field of the store (replaced by {@value TextScrubber#MARKER}); the person's first and last names alone
 * are also replaced in the notes, proposals and flags of the activities they took part in. The code is
 * replaced by a random {@value #ERASED_PREFIX}… code that says nothing about the person.
 *
 * <p>Kept, linked to that anonymous code, because the analyses count them: the person's role, whether
 * they were paid and how they were recruited; each participation's invitation, attendance, speaking
 * turns, questions and barriers met (repeated absence for the same barrier is a rule); each seat on a
 * team with its dates and level of care; the person's proposals with their outcome (their text is the
 * team's record of what was proposed, cleared of mentions). Dropped from those: the ratings of having
 * been heard, absence reasons, invitation dates and channels, accommodations offered, association,
 * education, lead-patient mark, profession and area of care.
 *
 * <p>Nothing stays in the trash: a person in the trash is removed for good with their participations,
 * seats and identity (the analyses left them out already); their participations and proposals at
 * activities in the trash, and their seats on teams in the trash, are removed for good too.
 */
public final class ErasureService {

    /** The start of the code an erased person is left with. */
    public static final String ERASED_PREFIX = "ERASED-";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String OWN_PARTICIPATIONS = "(select id from participation where person_id = :person)";
    private static final String TRASHED_ACTIVITIES = "(select id from activity where in_trash = true)";

    private final Database db;
    private final PrivacyLog log;

    public ErasureService(Database db, PrivacyLog log) {
        this.db = db;
        this.log = log;
    }

    /** What an erasure did, in counts only. */
    public record Erasure(int participationsKept, int participationsRemoved, int textFieldsCleared) {
    }

    /** The person with this code (ignoring case), in the trash or not. */
    public Optional<UUID> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(db.sqlQuery("select id from person where lower(code) = :code")
                .setParameter("code", code.strip().toLowerCase(Locale.ROOT))
                .mapToScalar(UUID.class).findOne());
    }

    /**
     * What erasing would remove, for the confirmation: how many consents, group memberships, participations
     * and team seats the person has, and whether an identity is recorded.
     */
    public ErasurePreview preview(UUID personId) {
        return new ErasurePreview(
                count("select count(*) from person_identity where person_id = :person", personId) > 0,
                count("select count(*) from consent where person_id = :person", personId),
                count("select count(*) from group_membership where person_id = :person", personId),
                count("select count(*) from participation where person_id = :person", personId),
                count("select count(*) from team_membership where person_id = :person", personId),
                count("select count(*) from proposal where proposer_id = :person", personId));
    }

    /**
     * Erases the person with this code.
     *
     * @throws PersonNotFoundException when no person has it; nothing is changed
     */
    public Erasure erase(String code) {
        return erase(find(code).orElseThrow(PersonNotFoundException::new));
    }

    /**
     * Erases the person, all of it or nothing.
     *
     * @throws PersonNotFoundException when the person no longer exists; nothing is changed
     */
    public Erasure erase(UUID personId) {
        try (Transaction transaction = db.beginTransaction()) {
            Erasure erasure = eraseInTransaction(personId);
            log.erased();
            transaction.commit();
            return erasure;
        }
    }

    private Erasure eraseInTransaction(UUID personId) {
        record Subject(String code, boolean deleted) {
        }
        Subject subject = db.sqlQuery("select code, deleted from person where id = :person")
                .setParameter("person", personId)
                .mapTo((rs, n) -> new Subject(rs.getString(1), rs.getBoolean(2)))
                .findOne();
        if (subject == null) {
            throw new PersonNotFoundException();
        }
        Identity identity = db.sqlQuery("select full_name, email, phone, postal_address from person_identity"
                        + " where person_id = :person")
                .setParameter("person", personId)
                .mapTo((rs, n) -> new Identity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .findOne();
        TextScrubber scrubber = new TextScrubber(db);
        int cleared = clearMentions(scrubber, personId, subject.code(), identity);

        execute("delete from person_identity where person_id = :person", personId);
        execute("delete from group_membership where person_id = :person", personId);
        execute("delete from consent where person_id = :person", personId);

        int removed;
        if (subject.deleted()) {
            removed = removeAltogether(personId);
            return new Erasure(0, removed, cleared);
        }
        // what is in the trash goes for good
        String inTrash = "(select id from participation where person_id = :person and activity_id in "
                + TRASHED_ACTIVITIES + ")";
        execute("delete from participation_barrier where participation_id in " + inTrash, personId);
        execute("delete from participation_accommodation where participation_id in " + inTrash, personId);
        removed = execute("delete from participation where person_id = :person and activity_id in "
                + TRASHED_ACTIVITIES, personId);
        execute("delete from proposal where proposer_id = :person and activity_id in " + TRASHED_ACTIVITIES,
                personId);
        execute("delete from team_membership where person_id = :person and team_id in"
                + " (select id from process_team where deleted = true)", personId);

        // what the analyses count stays; the rest goes
        execute("delete from participation_accommodation where participation_id in " + OWN_PARTICIPATIONS, personId);
        int kept = execute("update participation set heard_rating = null, express_rating = null,"
                + " absence_reason = null, invited_on = null, invitation_channel = null, version = version + 1"
                + " where person_id = :person", personId);
        execute("update team_membership set profession = null, area_of_care = null, version = version + 1"
                + " where person_id = :person", personId);
        db.sqlUpdate("update person set code = :code, association = null, education = null, lead_patient = false,"
                        + " version = version + 1 where id = :person")
                .setParameter("code", freeCode())
                .setParameter("person", personId)
                .execute();
        return new Erasure(kept, removed, cleared);
    }

    /** A person already in the trash: nothing of theirs counts anywhere, so all of it goes. */
    private int removeAltogether(UUID personId) {
        execute("delete from participation_barrier where participation_id in " + OWN_PARTICIPATIONS, personId);
        execute("delete from participation_accommodation where participation_id in " + OWN_PARTICIPATIONS, personId);
        int removed = execute("delete from participation where person_id = :person", personId);
        execute("update proposal set proposer_id = null, version = version + 1 where proposer_id = :person",
                personId);
        execute("delete from team_membership where person_id = :person", personId);
        execute("delete from person where id = :person", personId);
        return removed;
    }

    private int clearMentions(TextScrubber scrubber, UUID personId, String code, Identity identity) {
        List<String> whole = new ArrayList<>();
        whole.add(code);
        List<String> nameParts = new ArrayList<>();
        if (identity != null) {
            whole.add(identity.fullName());
            whole.add(identity.email());
            whole.add(identity.phone());
            whole.add(identity.postalAddress());
            if (identity.postalAddress() != null) {
                for (String line : identity.postalAddress().split("[\\r\\n,]+")) {
                    if (line.strip().length() >= 4) {
                        whole.add(line.strip());
                    }
                }
            }
            if (identity.fullName() != null) {
                for (String part : identity.fullName().split("\\s+")) {
                    if (part.length() >= 3) {
                        nameParts.add(part);
                    }
                }
            }
        }
        Set<TextScrubber.TextColumn> kept = Set.of(new TextScrubber.TextColumn("person", "code"));
        int cleared = scrubber.everywhere(whole, kept);
        if (!nameParts.isEmpty()) {
            String activities = "(select activity_id from participation where person_id = :person)";
            for (String column : List.of("title", "purpose", "topics_avoided", "notes", "place")) {
                cleared += scrubber.inRows(new TextScrubber.TextColumn("activity", column),
                        "id in " + activities, personId, nameParts);
            }
            for (String column : List.of("content", "outcome_reason")) {
                cleared += scrubber.inRows(new TextScrubber.TextColumn("proposal", column),
                        "activity_id in " + activities + " or proposer_id = :person", personId, nameParts);
            }
            for (String column : List.of("observation", "evidence", "evidence_arguments", "mitigation",
                    "status_reason")) {
                cleared += scrubber.inRows(new TextScrubber.TextColumn("exclusion_flag", column),
                        "activity_id in " + activities + " or team_id in"
                                + " (select team_id from team_membership where person_id = :person)",
                        personId, nameParts);
            }
            cleared += scrubber.inRows(new TextScrubber.TextColumn("participation", "absence_reason"),
                    "activity_id in " + activities, personId, nameParts);
        }
        return cleared;
    }

    private String freeCode() {
        HexFormat hex = HexFormat.of();
        for (int attempt = 0; attempt < 100; attempt++) {
            byte[] bytes = new byte[4];
            RANDOM.nextBytes(bytes);
            String code = ERASED_PREFIX + hex.formatHex(bytes);
            if (count("select count(*) from person where lower(code) = :code", code.toLowerCase(Locale.ROOT)) == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free code for an erased person");
    }

    private int execute(String sql, UUID personId) {
        return db.sqlUpdate(sql).setParameter("person", personId).execute();
    }

    private long count(String sql, Object value) {
        var query = db.sqlQuery(sql);
        query.setParameter(value instanceof UUID ? "person" : "code", value);
        return query.mapToScalar(Long.class).findOne();
    }

    private record Identity(String fullName, String email, String phone, String postalAddress) {
        @Override
        public String toString() {
            return "Identity[hidden]";
        }
    }
}
