package org.inclusio.logic.privacy;

/**
 * What erasing a person would remove or anonymise, in counts, for the confirmation the user is asked.
 *
 * @param identity       whether a name or contact details are recorded
 * @param consents       consents recorded
 * @param memberships    self-identified group memberships
 * @param participations participations (kept as anonymous counts, except in the trash)
 * @param seats          team seats (kept without profession and area of care)
 * @param proposals      proposals made (kept with their outcome, mentions cleared)
 */
public record ErasurePreview(boolean identity, long consents, long memberships, long participations, long seats,
                             long proposals) {
}
