package org.inclusio.logic.team;

import java.time.LocalDate;
import java.util.UUID;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;

/**
 * A lay member's seat on a team as the editor holds it. Role and recruitment route belong to the
 * person and are shown here, not edited.
 *
 * @param personId         the person
 * @param personCode       the person's pseudonymous code
 * @param role             the person's role (patient, relative, lead patient ...)
 * @param recruitmentRoute how the person was recruited, or null when not recorded
 * @param joinedOn         when the person joined, or null
 * @param leftOn           when the person left, or null while still a member
 */
public record LayMemberDraft(UUID personId, String personCode, PersonRole role, RecruitmentRoute recruitmentRoute,
                             LocalDate joinedOn, LocalDate leftOn) {
}
