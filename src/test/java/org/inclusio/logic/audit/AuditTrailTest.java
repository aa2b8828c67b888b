package org.inclusio.logic.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebean.Database;
import io.ebean.Transaction;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.inclusio.app.AppServices;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.ConsentDraft;
import org.inclusio.logic.person.IdentityDraft;
import org.inclusio.logic.person.PersonDraft;
import org.inclusio.logic.person.PersonService;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.EducationLevel;
import org.inclusio.model.Organisation;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail on a real store: what is recorded, in which transaction, and that tampering is found. */
class AuditTrailTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @TempDir
    Path store;

    private AppServices services;
    private Database db;
    private AuditTrail trail;
    private PersonService people;
    private List<Choice> groups;

    @BeforeEach
    void open() {
        Localization l10n = new Localization(Locale.ENGLISH);
        services = org.inclusio.testing.TestStores.services(store, l10n);
        db = services.store().database();
        trail = new AuditTrail(db, ZoneOffset.UTC);
        people = new PersonService(db, l10n, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        groups = services.choices().groups();
    }

    @AfterEach
    void close() {
        Actor.setUserName(null);
        services.close();
    }

    private PersonDraft savePerson(String code, IdentityDraft identity) {
        PersonDraft draft = new PersonDraft(null, 0, code, PersonRole.PATIENT, RecruitmentRoute.ASSOCIATION_NOMINATED,
                true, "Kidney association", true, EducationLevel.UPPER_SECONDARY,
                List.of(new ConsentDraft(null, TODAY.minusDays(5), ConsentScope.EQUALITY_MONITORING, null)),
                Set.of(groups.get(0).id(), groups.get(1).id()), Map.of());
        return people.save(draft, identity);
    }

    private long entries() {
        return db.sqlQuery("select count(*) from audit_entry").mapToScalar(Long.class).findOne();
    }

    private List<AuditRecord> all() {
        return trail.list(AuditFilter.all());
    }

    @Test
    void everyRecordOfASavedPersonIsRecordedWithItsKindIdAndFieldNamesByTheNamedUser() {
        Actor.setUserName("Data steward");
        long before = entries();
        PersonDraft saved = savePerson("P-0101", new IdentityDraft("Ada Example", "ada@example.org", "", ""));

        List<AuditRecord> added = all().subList(0, (int) (entries() - before));
        assertThat(added).extracting(AuditRecord::subjectKind)
                .contains("Person", "Consent", "GroupMembership", "PersonIdentity");
        assertThat(added).allSatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("CREATE");
            assertThat(entry.userName()).isEqualTo("Data steward");
            assertThat(entry.osUser()).isEqualTo(System.getProperty("user.name"));
            assertThat(entry.subjectId()).isNotNull();
        });
        AuditRecord person = added.stream().filter(e -> e.subjectKind().equals("Person")).findFirst().orElseThrow();
        assertThat(person.subjectId()).isEqualTo(saved.id());
        assertThat(person.fields()).contains("code", "role", "association", "education");
        AuditRecord identity = added.stream().filter(e -> e.subjectKind().equals("PersonIdentity")).findFirst()
                .orElseThrow();
        assertThat(identity.fields()).contains("fullName", "email");
        assertThat(added.stream().filter(e -> e.subjectKind().equals("GroupMembership"))).hasSize(2);
    }

    @Test
    void anUpdateNamesOnlyTheFieldsThatChanged() {
        PersonDraft saved = savePerson("P-0102", null);
        long before = entries();
        people.save(new PersonDraft(saved.id(), saved.version(), saved.code(), saved.role(), saved.route(),
                false, "Another association", saved.leadPatient(), saved.education(), saved.consents(),
                saved.groups(), saved.groupConsents()));

        List<AuditRecord> added = all().subList(0, (int) (entries() - before));
        AuditRecord update = added.stream().filter(e -> e.subjectKind().equals("Person")).findFirst().orElseThrow();
        assertThat(update.action()).isEqualTo("UPDATE");
        assertThat(update.fields()).isEqualTo("association,paid");
    }

    @Test
    void noSpecialCategoryOrIdentifyingValueAppearsInAnyAuditColumn() {
        savePerson("P-0103", new IdentityDraft("Grace Hidden-Name", "grace@hidden.example", "+47 555 01234",
                "Secret Street 7"));
        PersonDraft saved = savePerson("P-0104", null);
        trail.record(AuditAction.REVEAL_IDENTITY, "Person", saved.id(), null);
        people.save(new PersonDraft(saved.id(), people.load(saved.id()).orElseThrow().version(), saved.code(),
                PersonRole.RELATIVE, saved.route(), saved.paid(), "Secret association", saved.leadPatient(),
                EducationLevel.UNIVERSITY, saved.consents(), Set.of(groups.get(2).id()), saved.groupConsents()));

        List<String> text = db.sqlQuery("select concat_ws('|', seq, occurred_at, os_user, user_name, action,"
                + " subject_kind, subject_id, fields, detail, previous_hash, hash) from audit_entry")
                .mapToScalar(String.class).findList();
        assertThat(text).anyMatch(row -> row.contains("|GroupMembership|"))
                .anyMatch(row -> row.contains("|PersonIdentity|")).anyMatch(row -> row.contains("|REVEAL_IDENTITY|"));
        List<String> secrets = new ArrayList<>(List.of("P-0103", "P-0104", "Grace", "Hidden-Name", "grace@hidden",
                "555 01234", "Secret Street", "Kidney", "Secret association", "RELATIVE", "UNIVERSITY", "UPPER_SECONDARY",
                "EQUALITY_MONITORING", "ASSOCIATION_NOMINATED"));
        for (Choice group : groups) {
            secrets.add(group.id().toString());
            secrets.add(group.label());
        }
        for (String row : text) {
            if (row.contains("|DisadvantagedGroup|")) {
                // the vocabulary's own group records, created with the store, are not anyone's membership
                continue;
            }
            for (String secret : secrets) {
                assertThat(row).as("an audit entry").doesNotContainIgnoringCase(secret);
            }
        }
    }

    @Test
    void openingTheStoreAgainRecordsNothing() {
        long before = entries();
        services.close();
        open();
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void aRolledBackChangeLeavesNoAuditEntry() {
        long before = entries();
        try (Transaction transaction = db.beginTransaction()) {
            Organisation organisation = new Organisation();
            organisation.setName("Rolled back");
            db.save(organisation);
            trail.record(AuditAction.EXPORT, null, null, "inside the transaction");
            transaction.rollback();
        }
        assertThat(entries()).isEqualTo(before);
        assertThatThrownBy(() -> savePerson("", null)).isInstanceOf(ValidationException.class);
        assertThat(entries()).isEqualTo(before);
        assertThat(trail.verify().isIntact()).isTrue();
    }

    @Test
    void aCommittedChangeAndItsEntriesCommitTogether() {
        long before = entries();
        try (Transaction transaction = db.beginTransaction()) {
            Organisation organisation = new Organisation();
            organisation.setName("Committed");
            db.save(organisation);
            trail.record(AuditAction.EXPORT, null, null, "inside the transaction");
            transaction.commit();
        }
        assertThat(entries()).isEqualTo(before + 2);
        assertThat(all().get(0).action()).isEqualTo("EXPORT");
        assertThat(all().get(1).subjectKind()).isEqualTo("Organisation");
    }

    @Test
    void aTransactionThatGoesOnAfterACommitKeepsExtendingTheChain() {
        long before = entries();
        try (Transaction transaction = db.beginTransaction()) {
            for (int round = 0; round < 3; round++) {
                Organisation organisation = new Organisation();
                organisation.setName("Round " + round);
                db.save(organisation);
                transaction.commitAndContinue();
            }
            Organisation rolledBack = new Organisation();
            rolledBack.setName("Not kept");
            db.save(rolledBack);
            transaction.rollback();
        }
        assertThat(entries()).isEqualTo(before + 3);
        assertThat(trail.verify()).isEqualTo(AuditVerification.intact(before + 3));
    }

    @Test
    void aBulkTransactionRecordsOnlyItsSummary() {
        long before = entries();
        try (Transaction transaction = db.beginTransaction()) {
            trail.markBulk(transaction);
            for (int i = 0; i < 50; i++) {
                Organisation organisation = new Organisation();
                organisation.setName("Bulk " + i);
                db.save(organisation);
            }
            trail.record(transaction, AuditAction.IMPORT, null, null, "import of file.json: 50 organisations added");
            transaction.commit();
        }
        assertThat(entries()).isEqualTo(before + 1);
        assertThat(all().get(0).detail()).isEqualTo("import of file.json: 50 organisations added");
    }

    @Test
    void manyEntriesInOneTransactionKeepTheChainIntact() {
        try (Transaction transaction = db.beginTransaction()) {
            for (int i = 0; i < 2500; i++) {
                Organisation organisation = new Organisation();
                organisation.setName("Many " + i);
                db.save(organisation);
            }
            transaction.commit();
        }
        AuditVerification verification = trail.verify();
        assertThat(verification.isIntact()).isTrue();
        assertThat(verification.entries()).isEqualTo(entries()).isGreaterThanOrEqualTo(2500);
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        Organisation organisation = new Organisation();
                        organisation.setName("Writer " + thread + "-" + i);
                        db.save(organisation);
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(trail.verify()).isEqualTo(AuditVerification.intact(entries()));
        assertThat(entries()).isGreaterThanOrEqualTo(160);
    }

    @Test
    void verifyNamesTheFirstAlteredEntry() {
        fiveEntries();
        db.sqlUpdate("update audit_entry set user_name = 'someone else' where seq = 3").execute();
        assertThat(trail.verify()).isEqualTo(new AuditVerification(3, 3, AuditVerification.Problem.ALTERED));
    }

    @Test
    void verifyNamesTheEntryAfterARemovedOne() {
        fiveEntries();
        db.sqlUpdate("delete from audit_entry where seq = 2").execute();
        assertThat(trail.verify()).isEqualTo(new AuditVerification(2, 3, AuditVerification.Problem.MISSING));
    }

    @Test
    void verifyNoticesReorderedEntries() {
        fiveEntries();
        db.sqlUpdate("update audit_entry set seq = 100 where seq = 2").execute();
        db.sqlUpdate("update audit_entry set seq = 2 where seq = 3").execute();
        db.sqlUpdate("update audit_entry set seq = 3 where seq = 100").execute();
        assertThat(trail.verify()).isEqualTo(new AuditVerification(2, 2, AuditVerification.Problem.NOT_LINKED));
    }

    @Test
    void verifyNoticesEntriesRemovedFromTheEnd() {
        long last = fiveEntries();
        db.sqlUpdate("delete from audit_entry where seq = " + last).execute();
        AuditVerification verification = trail.verify();
        assertThat(verification.problem()).isEqualTo(AuditVerification.Problem.HEAD_MISMATCH);
        assertThat(verification.brokenSeq()).isEqualTo(last);
    }

    @Test
    void anUntouchedChainIsIntactAndTheFilterSelectsByActionAndDay() {
        long last = fiveEntries();
        assertThat(trail.verify()).isEqualTo(AuditVerification.intact(last));
        assertThat(trail.list(new AuditFilter(null, null, AuditAction.BACKUP, null, 0))).hasSize(5);
        assertThat(trail.list(new AuditFilter(null, null, AuditAction.BACKUP, null, 2))).hasSize(2)
                .first().extracting(AuditRecord::seq).isEqualTo(last);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(trail.list(new AuditFilter(today.minusDays(1), today.plusDays(1), null, null, 0))).hasSize((int) last);
        assertThat(trail.list(new AuditFilter(today.plusDays(1), null, null, null, 0))).isEmpty();
        assertThat(trail.list(new AuditFilter(null, today.minusDays(1), null, null, 0))).isEmpty();
    }

    /** Adds five entries; returns the position of the last. */
    private long fiveEntries() {
        for (int i = 0; i < 5; i++) {
            trail.record(AuditAction.BACKUP, null, null, "backup " + i);
        }
        return entries();
    }
}
