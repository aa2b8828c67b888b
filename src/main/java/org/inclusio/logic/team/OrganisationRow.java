package org.inclusio.logic.team;

import java.util.UUID;
import org.inclusio.model.GovernanceModel;

/**
 * One line of the organisation register.
 *
 * @param id              the organisation
 * @param name            its name
 * @param governanceModel its governance model, or null
 * @param teams           how many process teams (not in the trash) belong to it
 */
public record OrganisationRow(UUID id, String name, GovernanceModel governanceModel, long teams) {
}
