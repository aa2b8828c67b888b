package org.inclusio.logic.analysis.matrix;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An activity behind a cell of the mode x level matrix, as the drill-down lists it.
 *
 * @param id     the activity
 * @param heldOn the day it was held
 * @param title  its title
 */
public record CellActivity(UUID id, LocalDate heldOn, String title) {
}
