package org.inclusio.logic.person;

import java.time.LocalDate;
import java.util.UUID;
import org.inclusio.model.ConsentScope;

/**
 * A consent as the person editor holds it.
 *
 * @param id          the stored consent, or null for one added in the form
 * @param givenOn     when it was given
 * @param scope       what it covers
 * @param withdrawnOn when it was withdrawn, or null while it stands
 */
public record ConsentDraft(UUID id, LocalDate givenOn, ConsentScope scope, LocalDate withdrawnOn) {

    /** A consent covers memberships on a day when it was given by then and not withdrawn yet. */
    public boolean isValidOn(LocalDate day) {
        return givenOn != null && !givenOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }

    /** The same consent withdrawn on the given day. */
    public ConsentDraft withdrawn(LocalDate day) {
        return new ConsentDraft(id, givenOn, scope, day);
    }
}
