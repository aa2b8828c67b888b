package org.inclusio.logic.person;

import java.time.LocalDate;
import java.util.UUID;
import org.inclusio.model.AttendanceStatus;

/**
 * An activity a person was invited to or attended.
 *
 * @param activityId the activity
 * @param heldOn     its date
 * @param title      its title
 * @param invited    whether the person was invited
 * @param attendance attended, declined or no-show; null while not recorded
 */
public record ActivityTaken(UUID activityId, LocalDate heldOn, String title, boolean invited,
                            AttendanceStatus attendance) {
}
