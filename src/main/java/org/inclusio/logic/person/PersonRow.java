package org.inclusio.logic.person;

import java.util.UUID;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;

/**
 * One line of the people register, read with one aggregate query; never a name.
 *
 * @param id          the person
 * @param code        the pseudonymous code
 * @param role        the person's role
 * @param route       how the person was recruited, or null
 * @param paid        whether the person is paid for taking part
 * @param leadPatient whether the person is a lead patient
 * @param attended    how many activities (not in the trash) the person attended
 */
public record PersonRow(UUID id, String code, PersonRole role, RecruitmentRoute route, boolean paid,
                        boolean leadPatient, long attended) {
}
