package org.inclusio.logic.team;

import java.util.UUID;
import org.inclusio.model.GovernanceModel;

/**
 * An organisation as its editor holds it. {@code id} is null for a new one; {@code version} is the
 * stored version the form was opened with.
 *
 * @param governanceModel how the organisation is governed, or null when not known
 */
public record OrganisationDraft(UUID id, long version, String name, GovernanceModel governanceModel,
                                String description) {

    /** A new, empty organisation. */
    public static OrganisationDraft blank() {
        return new OrganisationDraft(null, 0, "", null, "");
    }

    public boolean isNew() {
        return id == null;
    }
}
