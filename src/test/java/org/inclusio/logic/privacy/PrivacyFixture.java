package org.inclusio.logic.privacy;

import io.ebean.Database;
import java.time.LocalDate;
import java.util.List;
import org.inclusio.logic.analysis.AnalysisFixture;
import org.inclusio.model.Activity;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.Barrier;
import org.inclusio.model.Consent;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.InvitationChannel;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Participation;
import org.inclusio.model.Person;
import org.inclusio.model.PersonIdentity;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.Proposal;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.model.RecruitmentRoute;
import org.inclusio.model.TeamMembership;

/**
 * A small region with one person to erase or report on, mentioned by code, name and contact details in
 * free text everywhere, and two other people who must stay as they are.
 *
 * <p>Subject HX-4417 (Ingrid Halvorsen, ingrid.halvorsen@example.org, +46 70 555 0199, Storgatan 12,
 * 41301 Goteborg), lay patient, member of "Low education" under a consent given 2024-01-10 and withdrawn
 * 2025-06-01; seat on team "Diabetes" from 2024-01-01 (profession none, area "Primary care clinic").
 * Activities of team Diabetes: A1 2025-02-01 co-design/group 90 min (subject attended, 3 turns, heard
 * rating 4, barrier "Transport", proposal "Evening meetings, as Ingrid asked", adopted); A2 2025-05-10
 * co-delivery/individual 60 min (subject declined, "Ingrid Halvorsen had a hospital appointment");
 * A3 2025-03-03 co-design/group 30 min, in the trash (subject attended, proposal pending). Other lay KL-2001
 * attended A1 and A2; professional PR-9 attended A1 and A2.
 */
public final class PrivacyFixture {

    public static final String CODE = "HX-4417";
    public static final String NAME = "Ingrid Halvorsen";
    public static final String EMAIL = "ingrid.halvorsen@example.org";
    public static final String PHONE = "+46 70 555 0199";
    public static final String ADDRESS = "Storgatan 12, 41301 Goteborg";
    public static final List<String> IDENTIFYING = List.of(CODE, NAME, "Ingrid", "Halvorsen", EMAIL, PHONE, ADDRESS,
            "Storgatan 12", "41301 Goteborg");

    public final Database db;
    public final AnalysisFixture data;
    public final ProcessTeam team;
    public final DisadvantagedGroup lowEducation;
    public final Person subject;
    public final Person other;
    public final Person professional;
    public final Activity a1;
    public final Activity a2;
    public final Activity a3;
    public final Consent consent;

    public PrivacyFixture(Database db) {
        this.db = db;
        data = new AnalysisFixture(db);
        team = data.team("Diabetes", null);
        lowEducation = data.group("LOW_EDUCATION");
        Barrier transport = data.barrier("TRANSPORT");
        subject = person(CODE, PersonRole.PATIENT);
        subject.setAssociation("Diabetes association of " + NAME);
        subject.setRecruitmentRoute(RecruitmentRoute.OPEN_CALL);
        db.save(subject);
        other = person("KL-2001", PersonRole.PATIENT);
        professional = person("PR-9", PersonRole.PROFESSIONAL);

        PersonIdentity identity = new PersonIdentity();
        identity.setPerson(subject);
        identity.setFullName(NAME);
        identity.setEmail(EMAIL);
        identity.setPhone(PHONE);
        identity.setPostalAddress(ADDRESS);
        db.save(identity);
        PersonIdentity otherIdentity = new PersonIdentity();
        otherIdentity.setPerson(other);
        otherIdentity.setFullName("Karl Lind");
        db.save(otherIdentity);

        consent = data.member(subject, lowEducation);
        consent.setGivenOn(LocalDate.of(2024, 1, 10));
        consent.setWithdrawnOn(LocalDate.of(2025, 6, 1));
        db.save(consent);

        TeamMembership seat = data.seat(team, subject, LocalDate.of(2024, 1, 1), null);
        seat.setAreaOfCare("Primary care clinic");
        db.save(seat);

        a1 = data.activity(team, LocalDate.of(2025, 2, 1), Mode.CO_DESIGN, Level.GROUP, 90);
        a1.setNotes("HX-4417 came with her daughter; Ingrid asked for shorter meetings. Reach her at " + EMAIL
                + ".");
        a1.setTopicsAvoided("Ingrid Halvorsen's own treatment");
        db.save(a1);
        Participation p1 = data.invited(a1, subject, AttendanceStatus.ATTENDED, List.of(transport), List.of());
        p1.setSpeakingTurns(3);
        p1.setQuestions(1);
        p1.setHeardRating(4);
        p1.setInvitedOn(LocalDate.of(2025, 1, 15));
        p1.setInvitationChannel(InvitationChannel.LETTER);
        db.save(p1);
        data.attended(a1, other, 1);
        data.attended(a1, professional, 5);
        Proposal proposal = data.proposal(a1, subject, ProposalOutcome.ADOPTED);
        proposal.setContent("Evening meetings, as Ingrid asked");
        proposal.setOutcomeReason("Adopted after " + CODE + " wrote to " + PHONE);
        db.save(proposal);

        a2 = data.activity(team, LocalDate.of(2025, 5, 10), Mode.CO_DELIVERY, Level.INDIVIDUAL, 60);
        db.save(a2);
        Participation p2 = data.invited(a2, subject, AttendanceStatus.DECLINED);
        p2.setAbsenceReason(NAME + " had a hospital appointment");
        db.save(p2);
        data.attended(a2, other, 0);
        data.attended(a2, professional, 2);

        a3 = data.activity(team, LocalDate.of(2025, 3, 3), Mode.CO_DESIGN, Level.GROUP, 30);
        a3.setNotes("Only " + CODE + " came");
        db.save(a3);
        data.attended(a3, subject, 1);
        data.proposal(a3, subject, ProposalOutcome.PENDING);
        a3.setDeleted(true);
        db.save(a3);

        ExclusionFlag flag = new ExclusionFlag();
        flag.setTeam(team);
        flag.setActivity(a1);
        flag.setKind(ExclusionKind.INTERNAL);
        flag.setObservation("Halvorsen was interrupted twice");
        flag.setEvidence("Notes of " + CODE + " at " + ADDRESS);
        db.save(flag);
    }

    private Person person(String code, PersonRole role) {
        Person person = new Person();
        person.setCode(code);
        person.setRole(role);
        db.save(person);
        return person;
    }
}
