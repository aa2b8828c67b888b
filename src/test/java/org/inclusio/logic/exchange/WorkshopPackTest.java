package org.inclusio.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.logic.exchange.ExchangeStores.NO_TASK;
import static org.inclusio.logic.exchange.ExchangeStores.open;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ebean.Database;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.inclusio.app.AppServices;
import org.inclusio.logic.workshop.WalkInDraft;
import org.inclusio.logic.workshop.WorkshopService;
import org.inclusio.model.Activity;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.ExchangeDirection;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Participation;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.TeamMembership;
import org.inclusio.testing.SteppedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office prepares a facilitator's laptop with a team and its invited people; the laptop runs the
 * workshop live (walk-ins, turns, a proposal) and packs it for the office, encrypted; the office
 * imports the pack without the earlier file at hand: its exchange log holds the state both shared.
 */
class WorkshopPackTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);
    private static final char[] PASSPHRASE = "a long workshop passphrase".toCharArray();

    @TempDir
    Path dir;

    private UUID team;
    private UUID activity;
    private final UUID[] members = new UUID[3];
    private Path officeFile;

    @BeforeEach
    void officePreparesTheLaptop() throws Exception {
        try (AppServices office = open(dir.resolve("office"))) {
            Database db = office.store().database();
            ProcessTeam processTeam = new ProcessTeam();
            processTeam.setName("Diabetes");
            db.save(processTeam);
            team = processTeam.getId();
            String[] codes = {"P-0001", "P-0002", "S-0001"};
            PersonRole[] roles = {PersonRole.PATIENT, PersonRole.RELATIVE, PersonRole.PROFESSIONAL};
            Activity workshop = new Activity();
            workshop.setTitle("Foot care workshop");
            workshop.setHeldOn(DAY);
            workshop.setDurationMinutes(60);
            workshop.setMode(Mode.CO_DESIGN);
            workshop.setLevel(Level.GROUP);
            workshop.setTeam(processTeam);
            for (int i = 0; i < codes.length; i++) {
                Person person = new Person();
                person.setCode(codes[i]);
                person.setRole(roles[i]);
                db.save(person);
                members[i] = person.getId();
                TeamMembership membership = new TeamMembership();
                membership.setTeam(processTeam);
                membership.setPerson(person);
                db.save(membership);
                Participation invited = new Participation();
                invited.setPerson(person);
                invited.setInvited(true);
                invited.setInvitedOn(DAY);
                workshop.getParticipations().add(invited);
            }
            db.save(workshop);
            activity = workshop.getId();
            officeFile = exportTo(office, Selection.team(team), "for-the-laptop.inclusio");
        }
        try (AppServices laptop = open(dir.resolve("laptop"))) {
            ImportSummary prepared = importInto(laptop, officeFile);
            assertThat(prepared.total().conflicts()).isZero();
            assertThat(prepared.of(RecordKind.PARTICIPATION).added()).isEqualTo(3);
        }
    }

    @Test
    void thePackedWorkshopArrivesInTheOfficeWithoutConflictsWhenOnlyTheLaptopChangedIt() throws Exception {
        Path pack = runWorkshopAndPack();

        try (AppServices office = open(dir.resolve("office"))) {
            ImportSummary summary = importInto(office, pack);

            assertThat(summary.total().conflicts()).isZero();
            assertThat(summary.of(RecordKind.ACTIVITY)).isEqualTo(new ImportSummary.Counts(0, 1, 0, 0, 0));
            // three invited (two came and spoke, one did not come) plus two walk-ins
            assertThat(summary.of(RecordKind.PARTICIPATION)).isEqualTo(new ImportSummary.Counts(2, 3, 0, 0, 0));
            assertThat(summary.of(RecordKind.PERSON)).isEqualTo(new ImportSummary.Counts(2, 0, 3, 0, 0));
            assertThat(summary.of(RecordKind.CONSENT).added()).isEqualTo(2);
            assertThat(summary.of(RecordKind.GROUP_MEMBERSHIP).added()).isEqualTo(2);
            assertThat(summary.of(RecordKind.PROPOSAL).added()).isEqualTo(1);
            List<ExchangeLog.Entry> log = new ExchangeLog(office.store().database()).entries();
            assertThat(log).extracting(ExchangeLog.Entry::direction)
                    .containsExactly(ExchangeDirection.RECEIVED, ExchangeDirection.SENT);
            assertThat(log.get(0).counts()).containsEntry("participations", 5L).containsEntry("activities", 1L);
            assertThat(log.get(0).peerStore()).isNotNull();
            assertThat(log.get(0).basedOn()).containsExactly(log.get(1).file());
            try (AppServices laptop = open(dir.resolve("laptop"))) {
                JsonNode there = records(laptop);
                JsonNode here = records(office);
                for (String section : List.of("activities", "participations", "proposals", "people", "consents",
                        "groupMemberships")) {
                    assertThat(here.get(section)).as(section).isEqualTo(there.get(section));
                }
            }
        }
    }

    @Test
    void aRecordChangedInTheOfficeAndOnTheLaptopIsTheOnlyConflict() throws Exception {
        Path pack = runWorkshopAndPack();
        try (AppServices office = open(dir.resolve("office"))) {
            Database db = office.store().database();
            Activity changed = db.find(Activity.class, activity);
            changed.setNotes("Room changed to B12");
            db.save(changed);

            ImportSummary summary = importInto(office, pack);

            assertThat(summary.total().conflicts()).isEqualTo(1);
            assertThat(summary.conflicts()).singleElement().satisfies(conflict -> {
                assertThat(conflict.id()).isEqualTo(activity);
                assertThat(conflict.differences()).extracting(Conflict.Difference::field).contains("notes");
            });
            assertThat(summary.of(RecordKind.PARTICIPATION)).isEqualTo(new ImportSummary.Counts(2, 3, 0, 0, 0));
            assertThat(db.find(Activity.class, activity).getNotes()).isEqualTo("Room changed to B12");
        }
    }

    @Test
    void withoutTheLogEveryRecordTheLaptopChangedWouldBeAConflict() throws Exception {
        // a second office store holds the same data, received from the office rather than sent by itself
        try (AppServices copy = open(dir.resolve("copy"))) {
            assertThat(importInto(copy, officeFile).total().conflicts()).isZero();
        }
        Path pack = runWorkshopAndPack();

        try (AppServices copy = open(dir.resolve("copy"))) {
            ImportSummary summary = importInto(copy, pack);

            assertThat(summary.of(RecordKind.PARTICIPATION).conflicts()).isEqualTo(3);
            assertThat(summary.of(RecordKind.ACTIVITY).conflicts()).isEqualTo(1);
        }
    }

    @Test
    void aSecondPackMergesAgainstTheFirstOneTheOfficeReceived() throws Exception {
        Path first = runWorkshopAndPack();
        try (AppServices office = open(dir.resolve("office"))) {
            assertThat(importInto(office, first).total().conflicts()).isZero();
        }
        Path second;
        try (AppServices laptop = open(dir.resolve("laptop"))) {
            Database db = laptop.store().database();
            Participation late = db.find(Participation.class).where().eq("activity.id", activity)
                    .eq("person.id", members[1]).findOne();
            late.setAttendance(AttendanceStatus.ATTENDED);
            db.save(late);
            second = exportTo(laptop, Selection.activity(activity), "second-pack.inclusio");
        }
        try (AppServices office = open(dir.resolve("office"))) {
            ImportSummary summary = importInto(office, second);

            assertThat(summary.total().conflicts()).isZero();
            assertThat(summary.of(RecordKind.PARTICIPATION).updated()).isEqualTo(1);
            assertThat(office.store().database().find(Participation.class).where().eq("activity.id", activity)
                    .eq("person.id", members[1]).findOne().getAttendance()).isEqualTo(AttendanceStatus.ATTENDED);
        }
    }

    @Test
    void theExchangeHistoryNamesTheOtherStoreWhatEachFileHeldAndHowManyRecords() throws Exception {
        Path pack = runWorkshopAndPack();
        String laptopId;
        try (AppServices laptop = open(dir.resolve("laptop"))) {
            ExchangeHistory history = new ExchangeHistory(laptop.store().database(), ExchangeStores.L10N);
            laptopId = history.thisStore();
            assertThat(laptopId).hasSize(8);
            assertThat(history.lines()).extracting(ExchangeHistory.Line::direction, ExchangeHistory.Line::what)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Sent", "Activity Foot care workshop on 14 Mar 2026"),
                            org.assertj.core.groups.Tuple.tuple("Received", "Team Diabetes"));
        }
        try (AppServices office = open(dir.resolve("office"))) {
            importInto(office, pack);
            ExchangeHistory history = new ExchangeHistory(office.store().database(), ExchangeStores.L10N);
            List<ExchangeHistory.Line> lines = history.lines();

            assertThat(history.thisStore()).hasSize(8).isNotEqualTo(laptopId);
            assertThat(lines).hasSize(2);
            ExchangeHistory.Line received = lines.get(0);
            assertThat(received.direction()).isEqualTo("Received");
            assertThat(received.otherStore()).isEqualTo(laptopId);
            assertThat(received.what()).isEqualTo("Activity Foot care workshop on 14 Mar 2026");
            // three invited and two walk-ins; one activity; one proposal; no identities in a pack
            assertThat(received.records()).contains("1 activity", "5 participations", "1 proposal", "5 people")
                    .doesNotContain("identifying");
            ExchangeHistory.Line sent = lines.get(1);
            assertThat(sent.direction()).isEqualTo("Sent");
            assertThat(sent.otherStore()).isEqualTo("\u2014");
            assertThat(sent.what()).isEqualTo("Team Diabetes");
            assertThat(sent.records()).contains("1 process team", "3 people", "1 activity", "3 participations");
            assertThat(received.exchangedAt()).isAfterOrEqualTo(sent.exchangedAt());
        }
    }

    /** On the laptop: two check-ins, two walk-ins with consent and a group, turns, a proposal; closed and packed. */
    private Path runWorkshopAndPack() throws Exception {
        try (AppServices laptop = open(dir.resolve("laptop"))) {
            SteppedClock clock = new SteppedClock(Instant.parse("2026-03-14T13:30:00Z"), ZoneOffset.UTC);
            WorkshopService workshops = new WorkshopService(laptop.store().database(), ExchangeStores.L10N, clock,
                    laptop.activities(), laptop.people(), laptop.personDirectory());
            UUID group = laptop.store().database().find(DisadvantagedGroup.class).setMaxRows(1).findOne().getId();
            workshops.open(activity);
            workshops.startTimer(activity);
            workshops.checkIn(activity, members[0]);
            workshops.checkIn(activity, members[2]);
            workshops.setAttendance(activity, members[1], AttendanceStatus.NO_SHOW);
            UUID first = workshops.addWalkIn(activity, new WalkInDraft(workshops.newCode(), PersonRole.CITIZEN,
                    Set.of(group), ConsentScope.EQUALITY_MONITORING)).personId();
            UUID second = workshops.addWalkIn(activity, new WalkInDraft(workshops.newCode(), PersonRole.PATIENT,
                    Set.of(group), ConsentScope.EQUALITY_MONITORING)).personId();
            for (UUID speaker : List.of(members[0], members[0], members[2], first, second, first)) {
                workshops.addSpeakingTurns(activity, speaker, 1);
            }
            workshops.addQuestions(activity, members[0], 1);
            workshops.addProposal(activity, first, "Evening clinic once a month");
            clock.advance(Duration.ofMinutes(75));
            workshops.close(activity);
            return exportTo(laptop, Selection.activity(activity), "workshop.inclusio");
        }
    }

    /** Writes the selection encrypted without identities, as "Pack for the office" does. */
    private Path exportTo(AppServices store, Selection selection, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.interchangeExporter().export(selection, new ExportOptions(false, null, PASSPHRASE, null), out,
                    NO_TASK);
        }
        assertThat(EncryptedContainer.isEncrypted(file)).isTrue();
        return file;
    }

    private static ImportSummary importInto(AppServices store, Path file) throws Exception {
        return store.interchangeImporter().importFile(file, PASSPHRASE, ImportOptions.apply(Map.of()), NO_TASK);
    }

    /** The activity's records as the store holds them, field for field, with stamps. */
    private JsonNode records(AppServices store) throws Exception {
        String json = ExchangeStores.export(store, Selection.activity(activity), ExportOptions.defaults());
        return new ObjectMapper().readTree(json).get("records");
    }
}
