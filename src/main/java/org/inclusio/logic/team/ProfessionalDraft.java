package org.inclusio.logic.team;

import java.time.LocalDate;
import java.util.UUID;
import org.inclusio.model.CareLevel;

/**
 * A professional's seat on a team as the editor holds it.
 *
 * @param personId   the person
 * @param personCode the person's pseudonymous code (for display)
 * @param profession e.g. diabetes nurse, or null
 * @param areaOfCare e.g. endocrinology, or null
 * @param careLevel  the level of care the professional works at, or null
 * @param joinedOn   when the person joined, or null
 * @param leftOn     when the person left, or null while still a member
 */
public record ProfessionalDraft(UUID personId, String personCode, String profession, String areaOfCare,
                                CareLevel careLevel, LocalDate joinedOn, LocalDate leftOn) {
}
