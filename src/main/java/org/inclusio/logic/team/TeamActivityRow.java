package org.inclusio.logic.team;

import java.time.LocalDate;
import java.util.UUID;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;

/**
 * One of a team's activities, as the team editor lists them (read only).
 *
 * @param id       the activity
 * @param heldOn   its date
 * @param title    its title
 * @param mode     its mode
 * @param level    its level
 * @param attended how many people attended
 */
public record TeamActivityRow(UUID id, LocalDate heldOn, String title, Mode mode, Level level, long attended) {
}
