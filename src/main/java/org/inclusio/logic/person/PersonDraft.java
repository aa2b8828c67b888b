package org.inclusio.logic.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.inclusio.model.EducationLevel;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;

/**
 * Everything the person editor edits except identifying details, as one value: what the service
 * loads and saves in one transaction. {@code id} is null for a new person; {@code version} is the
 * stored version the form was opened with.
 *
 * @param groups             the disadvantaged groups the person self-identifies with
 * @param groupConsents      for stored memberships, the consent each was recorded under (read only)
 */
public record PersonDraft(UUID id, long version, String code, PersonRole role, RecruitmentRoute route,
                          boolean paid, String association, boolean leadPatient, EducationLevel education,
                          List<ConsentDraft> consents, Set<UUID> groups, Map<UUID, UUID> groupConsents) {

    public PersonDraft {
        consents = List.copyOf(consents);
        groups = Set.copyOf(groups);
        groupConsents = Map.copyOf(groupConsents);
    }

    /** A new person: a patient with no code yet, no consent and no memberships. */
    public static PersonDraft blank() {
        return new PersonDraft(null, 0, "", PersonRole.PATIENT, null, false, "", false, null, List.of(), Set.of(),
                Map.of());
    }

    public boolean isNew() {
        return id == null;
    }
}
