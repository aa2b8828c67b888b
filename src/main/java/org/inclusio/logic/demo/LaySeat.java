package org.inclusio.logic.demo;

import java.util.List;
import org.inclusio.model.BuiltInGroup;
import org.inclusio.model.EducationLevel;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;

/**
 * A lay member's seat on a demo process team: how the person was recruited, whether they are paid,
 * and the groups they identify with (recorded with their consent).
 */
record LaySeat(PersonRole role, RecruitmentRoute route, boolean paid, EducationLevel education,
               boolean fromAssociation, List<BuiltInGroup> groups) {
}
