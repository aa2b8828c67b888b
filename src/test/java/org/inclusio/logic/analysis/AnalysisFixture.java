package org.inclusio.logic.analysis;

import io.ebean.Database;
import java.time.LocalDate;
import java.util.List;
import org.inclusio.model.Accommodation;
import org.inclusio.model.Activity;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.Barrier;
import org.inclusio.model.Consent;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.GroupMembership;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Organisation;
import org.inclusio.model.Participation;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.Proposal;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.model.RecruitmentRoute;
import org.inclusio.model.ReferenceShare;
import org.inclusio.model.TeamMembership;

/** Builds small, hand-countable data sets for analysis tests. */
public final class AnalysisFixture {

    public static final LocalDate CONSENT_DAY = LocalDate.of(2020, 1, 1);

    private final Database db;
    private int codes;

    public AnalysisFixture(Database db) {
        this.db = db;
    }

    public Database db() {
        return db;
    }

    public Organisation organisation(String name) {
        Organisation organisation = new Organisation();
        organisation.setName(name);
        db.save(organisation);
        return organisation;
    }

    public ProcessTeam team(String name, Organisation organisation) {
        ProcessTeam team = new ProcessTeam();
        team.setName(name);
        team.setOrganisation(organisation);
        db.save(team);
        return team;
    }

    public DisadvantagedGroup group(String code) {
        DisadvantagedGroup group = new DisadvantagedGroup();
        group.setCode(code);
        group.setName(code.toLowerCase().replace('_', ' '));
        group.setBuiltIn(true);
        group.setActive(true);
        db.save(group);
        return group;
    }

    public Barrier barrier(String code) {
        Barrier barrier = new Barrier();
        barrier.setCode(code);
        barrier.setName(code.toLowerCase().replace('_', ' '));
        barrier.setActive(true);
        db.save(barrier);
        return barrier;
    }

    public Accommodation accommodation(String code) {
        Accommodation accommodation = new Accommodation();
        accommodation.setCode(code);
        accommodation.setName(code.toLowerCase().replace('_', ' '));
        accommodation.setActive(true);
        db.save(accommodation);
        return accommodation;
    }

    public Person person(PersonRole role) {
        Person person = new Person();
        person.setCode("P-" + (++codes));
        person.setRole(role);
        db.save(person);
        return person;
    }

    /** A lay patient, unpaid, recruited through an open call. */
    public Person lay() {
        Person person = new Person();
        person.setCode("P-" + (++codes));
        person.setRole(PersonRole.PATIENT);
        person.setRecruitmentRoute(RecruitmentRoute.OPEN_CALL);
        db.save(person);
        return person;
    }

    public Person lay(RecruitmentRoute route, boolean paid) {
        Person person = lay();
        person.setRecruitmentRoute(route);
        person.setPaid(paid);
        db.save(person);
        return person;
    }

    public Person professional() {
        return person(PersonRole.PROFESSIONAL);
    }

    /** Records the person's self-identified memberships under one consent. */
    public Consent member(Person person, DisadvantagedGroup... groups) {
        Consent consent = new Consent();
        consent.setPerson(person);
        consent.setGivenOn(CONSENT_DAY);
        consent.setScope(ConsentScope.EQUALITY_MONITORING);
        db.save(consent);
        for (DisadvantagedGroup group : groups) {
            GroupMembership membership = new GroupMembership();
            membership.setPerson(person);
            membership.setGroup(group);
            membership.setConsent(consent);
            db.save(membership);
        }
        return consent;
    }

    public void withdraw(Consent consent, LocalDate on) {
        consent.setWithdrawnOn(on);
        db.save(consent);
    }

    public TeamMembership seat(ProcessTeam team, Person person) {
        return seat(team, person, null, null);
    }

    public TeamMembership seat(ProcessTeam team, Person person, LocalDate joined, LocalDate left) {
        TeamMembership seat = new TeamMembership();
        seat.setTeam(team);
        seat.setPerson(person);
        seat.setJoinedOn(joined);
        seat.setLeftOn(left);
        db.save(seat);
        return seat;
    }

    public Activity activity(ProcessTeam team, LocalDate day, Mode mode, Level level, int minutes) {
        Activity activity = new Activity();
        activity.setTitle("Activity " + (++codes));
        activity.setTeam(team);
        activity.setHeldOn(day);
        activity.setMode(mode);
        activity.setLevel(level);
        activity.setDurationMinutes(minutes);
        db.save(activity);
        return activity;
    }

    /** A plain co-design group meeting of an hour. */
    public Activity meeting(ProcessTeam team, LocalDate day) {
        return activity(team, day, Mode.CO_DESIGN, Level.GROUP, 60);
    }

    public Participation attended(Activity activity, Person person, int speakingTurns) {
        Participation participation = participation(activity, person, AttendanceStatus.ATTENDED);
        participation.setSpeakingTurns(speakingTurns);
        db.save(participation);
        return participation;
    }

    public Participation attended(Activity activity, Person person) {
        return attended(activity, person, 0);
    }

    /** Came without an invitation. */
    public Participation walkIn(Activity activity, Person person, int speakingTurns) {
        Participation participation = participation(activity, person, AttendanceStatus.ATTENDED);
        participation.setInvited(false);
        participation.setSpeakingTurns(speakingTurns);
        db.save(participation);
        return participation;
    }

    public Participation rated(Activity activity, Person person, int heardRating) {
        Participation participation = participation(activity, person, AttendanceStatus.ATTENDED);
        participation.setHeardRating(heardRating);
        db.save(participation);
        return participation;
    }

    /** An invitation with the given attendance, barriers met and accommodations offered. */
    public Participation invited(Activity activity, Person person, AttendanceStatus attendance,
                                 List<Barrier> barriers, List<Accommodation> accommodations) {
        Participation participation = participation(activity, person, attendance);
        participation.setBarriersMet(barriers);
        participation.setAccommodationsOffered(accommodations);
        db.save(participation);
        return participation;
    }

    public Participation invited(Activity activity, Person person, AttendanceStatus attendance) {
        return invited(activity, person, attendance, List.of(), List.of());
    }

    private Participation participation(Activity activity, Person person, AttendanceStatus attendance) {
        Participation participation = new Participation();
        participation.setActivity(activity);
        participation.setPerson(person);
        participation.setInvited(true);
        participation.setAttendance(attendance);
        return participation;
    }

    public Proposal proposal(Activity activity, Person proposer, ProposalOutcome outcome) {
        Proposal proposal = new Proposal();
        proposal.setActivity(activity);
        proposal.setProposer(proposer);
        proposal.setContent("Proposal " + (++codes));
        proposal.setOutcome(outcome);
        db.save(proposal);
        return proposal;
    }

    public ReferenceShare reference(ProcessTeam team, DisadvantagedGroup group, double share, int year) {
        ReferenceShare reference = new ReferenceShare();
        reference.setTeam(team);
        reference.setGroup(group);
        reference.setShare(share);
        reference.setPopulationYear(year);
        db.save(reference);
        return reference;
    }
}
