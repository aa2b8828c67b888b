package org.inclusio.logic.report;

import io.ebean.Database;
import java.time.LocalDate;
import org.inclusio.logic.analysis.AnalysisFixture;
import org.inclusio.model.Activity;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.Person;
import org.inclusio.model.PersonIdentity;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.Proposal;
import org.inclusio.model.ProposalOutcome;

/**
 * Activities with proposals for the letters, the store's suppression threshold being 5.
 *
 * <p>Team Diabetes: the workshop on 2025-03-10 ("Evening clinic workshop") was attended by the lay
 * participants {@link #named} (whose name and postal address are recorded) and {@link #plain} (none
 * recorded) and by a professional; {@link #declined} was invited but did not come. It gave five adopted
 * proposals ("Evening hours 1" to "5", each with a reason) and two rejected ones ("Free parking ...",
 * withheld as fewer than 5). The follow-up on 2025-04-02 ("Follow-up meeting") was attended by {@link #plain}
 * only and gave five partly adopted proposals ("Bigger print 1" to "5", no reason recorded).
 * Team Heart: a meeting on 2025-03-15 ("Quiet meeting") with a lay participant and no proposal, and a staff
 * meeting on 2025-03-20 attended only by a professional.
 */
final class LetterFixture {

    static final String NAME = "Ingrid Halvorsen";
    static final String ADDRESS = "Storgatan 12\n41301 Göteborg";
    static final String REASON = "The board agreed in May";

    final ProcessTeam diabetes;
    final ProcessTeam heart;
    final Person named;
    final Person plain;
    final Person declined;
    final Person professional;
    final Activity workshop;
    final Activity followUp;
    final Activity quiet;
    final Activity staffOnly;

    LetterFixture(Database db) {
        AnalysisFixture data = new AnalysisFixture(db);
        diabetes = data.team("Diabetes", null);
        heart = data.team("Heart", null);
        named = data.lay();
        plain = data.lay();
        declined = data.lay();
        professional = data.professional();
        PersonIdentity identity = new PersonIdentity();
        identity.setPerson(named);
        identity.setFullName(NAME);
        identity.setPostalAddress(ADDRESS);
        db.save(identity);

        workshop = titled(db, data.meeting(diabetes, LocalDate.of(2025, 3, 10)), "Evening clinic workshop");
        data.attended(workshop, named);
        data.attended(workshop, plain);
        data.attended(workshop, professional);
        data.invited(workshop, declined, AttendanceStatus.DECLINED);
        for (int i = 1; i <= 5; i++) {
            proposal(db, data.proposal(workshop, named, ProposalOutcome.ADOPTED), "Evening hours " + i, REASON,
                    LocalDate.of(2025, 5, 20));
        }
        for (int i = 1; i <= 2; i++) {
            proposal(db, data.proposal(workshop, plain, ProposalOutcome.REJECTED), "Free parking " + i, "No money",
                    LocalDate.of(2025, 5, 20));
        }

        followUp = titled(db, data.meeting(diabetes, LocalDate.of(2025, 4, 2)), "Follow-up meeting");
        data.attended(followUp, plain);
        for (int i = 1; i <= 5; i++) {
            proposal(db, data.proposal(followUp, plain, ProposalOutcome.PARTLY_ADOPTED), "Bigger print " + i, null,
                    null);
        }

        quiet = titled(db, data.meeting(heart, LocalDate.of(2025, 3, 15)), "Quiet meeting");
        data.attended(quiet, data.lay());
        staffOnly = titled(db, data.meeting(heart, LocalDate.of(2025, 3, 20)), "Staff meeting");
        data.attended(staffOnly, data.professional());
    }

    private static Activity titled(Database db, Activity activity, String title) {
        activity.setTitle(title);
        db.save(activity);
        return activity;
    }

    private static void proposal(Database db, Proposal proposal, String content, String reason, LocalDate decided) {
        proposal.setContent(content);
        proposal.setOutcomeReason(reason);
        proposal.setOutcomeOn(decided);
        db.save(proposal);
    }
}
