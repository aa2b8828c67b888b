package org.inclusio.logic.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import org.inclusio.model.Activity;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Organisation;
import org.inclusio.model.Participation;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.Proposal;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreInfoServiceTest {

    @TempDir
    Path directory;

    private Store store;
    private Database db;
    private StoreInfoService service;

    @BeforeEach
    void open() {
        store = org.inclusio.testing.TestStores.open(directory);
        db = store.database();
        service = new StoreInfoService(db);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewStoreIsEmpty() {
        assertThat(service.counts()).isEqualTo(new StoreCounts(0, 0, 0, 0, 0, 0, 0));
        assertThat(service.registers()).isEqualTo(new RegisterCounts(0, 0, 0));
        assertThat(service.isEmpty()).isTrue();
    }

    @Test
    void organisationsAloneStillCountAsEmpty() {
        db.save(organisation("Organisation A"));

        assertThat(service.counts().organisations()).isEqualTo(1);
        assertThat(service.isEmpty()).isTrue();
    }

    @Test
    void anyPersonTeamOrActivityMakesTheStoreNonEmpty() {
        db.save(person("P-0001"));
        assertThat(service.isEmpty()).isFalse();
    }

    @Test
    void countsLeaveOutSoftDeletedRecordsAndWhatHangsOnDeletedActivitiesOrPeople() {
        Organisation kept = organisation("Organisation A");
        Organisation removed = organisation("Organisation B");
        db.saveAll(kept, removed);
        db.delete(removed);

        ProcessTeam team = new ProcessTeam();
        team.setName("Team");
        team.setOrganisation(kept);
        ProcessTeam removedTeam = new ProcessTeam();
        removedTeam.setName("Old team");
        db.saveAll(team, removedTeam);
        db.delete(removedTeam);

        Person first = person("P-0001");
        Person second = person("P-0002");
        Person gone = person("P-0003");
        db.saveAll(first, second, gone);

        Activity meeting = activity("Meeting", team);
        Activity cancelled = activity("Cancelled meeting", team);
        db.saveAll(meeting, cancelled);
        db.saveAll(participation(meeting, first), participation(meeting, second), participation(meeting, gone),
                participation(cancelled, first), participation(cancelled, gone));
        db.saveAll(proposal(meeting, first), proposal(meeting, second), proposal(cancelled, first));

        ExclusionFlag open = flag(meeting);
        ExclusionFlag withdrawn = flag(meeting);
        db.saveAll(open, withdrawn);

        db.delete(gone);
        db.delete(cancelled);
        db.delete(withdrawn);

        // 5 participations: 1 on a deleted activity, 1 of a deleted person, 1 of both (left out once);
        // 3 proposals: 1 on a deleted activity
        assertThat(service.counts()).isEqualTo(new StoreCounts(1, 1, 2, 1, 2, 2, 1));
        assertThat(service.registers()).as("the status bar's counts").isEqualTo(new RegisterCounts(1, 2, 1));
        assertThat(service.isEmpty()).isFalse();
    }

    private static Organisation organisation(String name) {
        Organisation organisation = new Organisation();
        organisation.setName(name);
        return organisation;
    }

    private static Person person(String code) {
        Person person = new Person();
        person.setCode(code);
        person.setRole(PersonRole.PATIENT);
        return person;
    }

    private static Activity activity(String title, ProcessTeam team) {
        Activity activity = new Activity();
        activity.setTitle(title);
        activity.setHeldOn(LocalDate.of(2025, 3, 14));
        activity.setMode(Mode.CO_DESIGN);
        activity.setLevel(Level.GROUP);
        activity.setTeam(team);
        return activity;
    }

    private static Participation participation(Activity activity, Person person) {
        Participation participation = new Participation();
        participation.setActivity(activity);
        participation.setPerson(person);
        return participation;
    }

    private static Proposal proposal(Activity activity, Person proposer) {
        Proposal proposal = new Proposal();
        proposal.setActivity(activity);
        proposal.setProposer(proposer);
        proposal.setContent("Shorter meetings");
        return proposal;
    }

    private static ExclusionFlag flag(Activity activity) {
        ExclusionFlag flag = new ExclusionFlag();
        flag.setActivity(activity);
        flag.setKind(ExclusionKind.EXTERNAL);
        flag.setObservation("Nobody from the area came");
        return flag;
    }
}
