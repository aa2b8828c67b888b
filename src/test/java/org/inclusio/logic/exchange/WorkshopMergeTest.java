package org.inclusio.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.logic.exchange.ExchangeStores.everything;
import static org.inclusio.logic.exchange.ExchangeStores.export;
import static org.inclusio.logic.exchange.ExchangeStores.importFile;
import static org.inclusio.logic.exchange.ExchangeStores.open;
import static org.inclusio.logic.exchange.ExchangeStores.write;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.inclusio.app.AppServices;
import org.inclusio.model.Activity;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Participation;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A facilitator's laptop and the office store exchange files; changes merge, clashes become conflicts. */
class WorkshopMergeTest {

    @TempDir
    Path dir;

    private UUID personId;
    private Path officeFile;

    @BeforeEach
    void officeSharesItsData() throws Exception {
        try (AppServices office = open(dir.resolve("office"))) {
            Person person = person("P-001", "Diabetes association");
            office.store().database().save(person);
            personId = person.getId();
            officeFile = write(dir, "office.json", everything(office));
        }
        for (String laptop : new String[] {"laptop1", "laptop2"}) {
            try (AppServices store = open(dir.resolve(laptop))) {
                importFile(store, officeFile, ImportOptions.apply());
            }
        }
    }

    @Test
    void aChangeMadeOnlyOnTheLaptopUpdatesTheOffice() throws Exception {
        Path laptopFile = laptopExport("laptop1", db -> setAssociation(db, "Heart and lung association"));

        try (AppServices office = open(dir.resolve("office"))) {
            ImportSummary summary = importFile(office, laptopFile, ImportOptions.apply());

            assertThat(summary.of(RecordKind.PERSON)).isEqualTo(new ImportSummary.Counts(0, 1, 0, 0, 0));
            assertThat(association(office.store().database())).isEqualTo("Heart and lung association");
        }
    }

    @Test
    void aChangeMadeOnlyInTheOfficeIsKept() throws Exception {
        Path laptopFile = laptopExport("laptop1", db -> { });
        try (AppServices office = open(dir.resolve("office"))) {
            setAssociation(office.store().database(), "Changed in the office");

            ImportSummary summary = importFile(office, laptopFile, ImportOptions.apply());

            assertThat(summary.of(RecordKind.PERSON)).isEqualTo(new ImportSummary.Counts(0, 0, 0, 1, 0));
            assertThat(association(office.store().database())).isEqualTo("Changed in the office");
        }
    }

    @Test
    void aRecordChangedOnBothSidesIsAConflictAndNeverOverwrittenSilently() throws Exception {
        Path laptopFile = laptopExport("laptop1", db -> setAssociation(db, "Laptop's word"));
        try (AppServices office = open(dir.resolve("office"))) {
            setAssociation(office.store().database(), "Office's word");

            ImportSummary summary = importFile(office, laptopFile, ImportOptions.apply());

            assertThat(summary.of(RecordKind.PERSON)).isEqualTo(new ImportSummary.Counts(0, 0, 0, 0, 1));
            assertThat(association(office.store().database())).isEqualTo("Office's word");
            Conflict conflict = summary.conflicts().get(0);
            assertThat(conflict.id()).isEqualTo(personId);
            assertThat(conflict.differences()).containsExactly(
                    new Conflict.Difference("association", "Office's word", "Laptop's word"));
        }
    }

    @Test
    void theUsersChoiceResolvesAConflict() throws Exception {
        Path laptopFile = laptopExport("laptop1", db -> setAssociation(db, "Laptop's word"));
        try (AppServices office = open(dir.resolve("office"))) {
            setAssociation(office.store().database(), "Office's word");

            ImportSummary kept = importFile(office, laptopFile,
                    ImportOptions.apply(Map.of(personId, Resolution.KEEP_LOCAL)));
            assertThat(kept.of(RecordKind.PERSON).keptLocal()).isEqualTo(1);
            assertThat(association(office.store().database())).isEqualTo("Office's word");

            ImportSummary taken = importFile(office, laptopFile,
                    ImportOptions.apply(Map.of(personId, Resolution.TAKE_INCOMING)));
            assertThat(taken.of(RecordKind.PERSON).updated()).isEqualTo(1);
            assertThat(association(office.store().database())).isEqualTo("Laptop's word");

            ImportSummary again = importFile(office, laptopFile, ImportOptions.apply());
            assertThat(again.total().conflicts()).isZero();
            assertThat(again.total().updated()).isZero();
        }
    }

    @Test
    void twoLaptopsWorkshopsMergeIntoOneStore() throws Exception {
        Path first = laptopExport("laptop1", db -> {
            setAssociation(db, "Heart and lung association");
            recordWorkshop(db, "Workshop north", "N-1");
        });
        Path second = laptopExport("laptop2", db -> recordWorkshop(db, "Workshop south", "S-1"));

        try (AppServices office = open(dir.resolve("office"))) {
            ImportSummary one = importFile(office, first, ImportOptions.apply());
            ImportSummary two = importFile(office, second, ImportOptions.apply());

            assertThat(one.of(RecordKind.ACTIVITY).added()).isEqualTo(1);
            assertThat(one.of(RecordKind.PERSON)).isEqualTo(new ImportSummary.Counts(1, 1, 0, 0, 0));
            assertThat(one.of(RecordKind.PARTICIPATION).added()).isEqualTo(2);
            // laptop 2 did not touch P-001: the office keeps laptop 1's change
            assertThat(two.of(RecordKind.PERSON)).isEqualTo(new ImportSummary.Counts(1, 0, 0, 1, 0));
            assertThat(two.of(RecordKind.ACTIVITY).added()).isEqualTo(1);
            assertThat(office.storeInfo().counts().activities()).isEqualTo(2);
            assertThat(office.storeInfo().counts().people()).isEqualTo(3);
            assertThat(office.storeInfo().counts().participations()).isEqualTo(4);
            assertThat(association(office.store().database())).isEqualTo("Heart and lung association");
        }
    }

    /** Lets the laptop change its store, then exports it with the office file as the shared base. */
    private Path laptopExport(String laptop, java.util.function.Consumer<Database> work) throws Exception {
        try (AppServices store = open(dir.resolve(laptop))) {
            work.accept(store.store().database());
            return write(dir, laptop + ".json",
                    export(store, Selection.all(), new ExportOptions(false, officeFile)));
        }
    }

    private void setAssociation(Database db, String association) {
        Person person = db.find(Person.class, personId);
        person.setAssociation(association);
        db.save(person);
    }

    private String association(Database db) {
        return db.find(Person.class, personId).getAssociation();
    }

    private void recordWorkshop(Database db, String title, String newPersonCode) {
        Person newcomer = person(newPersonCode, null);
        db.save(newcomer);
        Activity activity = new Activity();
        activity.setTitle(title);
        activity.setHeldOn(LocalDate.of(2025, 4, 2));
        activity.setDurationMinutes(90);
        activity.setMode(Mode.CO_DESIGN);
        activity.setLevel(Level.GROUP);
        for (Person person : new Person[] {db.find(Person.class, personId), newcomer}) {
            Participation participation = new Participation();
            participation.setPerson(person);
            participation.setInvited(true);
            participation.setAttendance(org.inclusio.model.AttendanceStatus.ATTENDED);
            participation.setSpeakingTurns(2);
            activity.getParticipations().add(participation);
        }
        db.save(activity);
    }

    private static Person person(String code, String association) {
        Person person = new Person();
        person.setCode(code);
        person.setRole(PersonRole.PATIENT);
        person.setAssociation(association);
        return person;
    }
}
