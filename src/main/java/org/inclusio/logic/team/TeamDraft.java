package org.inclusio.logic.team;

import java.util.List;
import java.util.UUID;

/**
 * Everything the team editor edits, as one value: loaded and saved in one transaction.
 * {@code id} is null for a new team; {@code version} is the stored version the form was opened
 * with, so a save over someone else's change is refused.
 */
public record TeamDraft(UUID id, long version, String name, UUID organisationId, String patientGroupServed,
                        String description, List<ProfessionalDraft> professionals, List<LayMemberDraft> layMembers,
                        List<ReferenceShareDraft> referenceShares) {

    public TeamDraft {
        professionals = List.copyOf(professionals);
        layMembers = List.copyOf(layMembers);
        referenceShares = List.copyOf(referenceShares);
    }

    /** A new, empty team. */
    public static TeamDraft blank() {
        return new TeamDraft(null, 0, "", null, "", "", List.of(), List.of(), List.of());
    }

    public boolean isNew() {
        return id == null;
    }
}
