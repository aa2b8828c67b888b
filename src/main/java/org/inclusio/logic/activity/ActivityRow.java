package org.inclusio.logic.activity;

import java.time.LocalDate;
import java.util.UUID;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;

/**
 * One line of the activity register, read with one aggregate query.
 *
 * @param id        the activity
 * @param title     its title
 * @param heldOn    its date
 * @param mode      its mode
 * @param level     its level
 * @param teamName  the process team's name, or null
 * @param attended  how many people attended
 * @param openFlags how many open exclusion flags it has
 */
public record ActivityRow(UUID id, String title, LocalDate heldOn, Mode mode, Level level, String teamName,
                          long attended, long openFlags) {
}
