package org.inclusio.logic.trash;

import java.time.Instant;
import java.util.UUID;

/**
 * A deleted record as the trash lists it.
 *
 * @param kind      what sort of record it is
 * @param id        its identity
 * @param label     how the user recognises it (title, code or name; never a person's name)
 * @param deletedAt when it was deleted (its last change)
 */
public record TrashItem(TrashKind kind, UUID id, String label, Instant deletedAt) {
}
