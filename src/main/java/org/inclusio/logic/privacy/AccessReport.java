package org.inclusio.logic.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.CareLevel;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.EducationLevel;
import org.inclusio.model.InvitationChannel;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.model.RecruitmentRoute;

/**
 * Everything the store holds about one person (GDPR art. 15), as read in one go: who they are in the
 * register, their identity if recorded, consents, group memberships, team seats, every activity they
 * were invited to or took part in, and their proposals. Written out by {@link AccessWriter}.
 */
public record AccessReport(Instant madeAt, Register register, Identity identity, List<ConsentHeld> consents,
                           List<MembershipHeld> memberships, List<SeatHeld> seats,
                           List<ParticipationHeld> participations, List<ProposalHeld> proposals) {

    public AccessReport {
        consents = List.copyOf(consents);
        memberships = List.copyOf(memberships);
        seats = List.copyOf(seats);
        participations = List.copyOf(participations);
        proposals = List.copyOf(proposals);
    }

    /** The pseudonymous record. */
    public record Register(String code, PersonRole role, RecruitmentRoute route, boolean paid, boolean leadPatient,
                           String association, EducationLevel education, boolean inTrash, Instant recordedAt,
                           Instant changedAt) {
    }

    /** Name and contact details; null in the report when none are recorded. */
    public record Identity(String fullName, String email, String phone, String postalAddress) {
        @Override
        public String toString() {
            return "Identity[hidden]";
        }
    }

    public record ConsentHeld(LocalDate givenOn, ConsentScope scope, LocalDate withdrawnOn) {
    }

    /** A self-identified group membership and the consent it is recorded under. */
    public record MembershipHeld(String groupCode, String groupName, LocalDate consentGivenOn,
                                 LocalDate consentWithdrawnOn) {
    }

    public record SeatHeld(String team, String profession, String areaOfCare, CareLevel careLevel, LocalDate joinedOn,
                           LocalDate leftOn) {
    }

    /** One activity the person was invited to or took part in, with what was recorded about them there. */
    public record ParticipationHeld(LocalDate heldOn, String title, String team, Mode mode, Level level,
                                    boolean activityInTrash, boolean invited, LocalDate invitedOn,
                                    InvitationChannel channel, AttendanceStatus attendance, String absenceReason,
                                    int speakingTurns, int questions, Integer heardRating, Integer expressRating,
                                    List<String> barriersMet, List<String> accommodationsOffered) {
        public ParticipationHeld {
            barriersMet = List.copyOf(barriersMet);
            accommodationsOffered = List.copyOf(accommodationsOffered);
        }
    }

    public record ProposalHeld(LocalDate heldOn, String activity, String content, ProposalOutcome outcome,
                               LocalDate outcomeOn, String outcomeReason) {
    }
}
