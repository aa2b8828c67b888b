package org.inclusio.logic.analysis.drill;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An activity behind a row of figures, as a drill-down lists it.
 *
 * @param id     the activity
 * @param heldOn the day it was held
 * @param title  its title
 */
public record ActivityRef(UUID id, LocalDate heldOn, String title) {
}
