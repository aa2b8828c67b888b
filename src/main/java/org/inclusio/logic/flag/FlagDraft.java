package org.inclusio.logic.flag;

import java.time.LocalDate;
import java.util.UUID;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.FlagOrigin;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.Severity;

/**
 * One exclusion flag as the flags pane lists and edits it. A flag belongs to an activity or to a
 * process team (exactly one of {@code activityId} and {@code teamId}).
 *
 * @param id          null for a flag not saved yet
 * @param version     the stored version the form was opened with (optimistic locking)
 * @param groupName   the name of the group affected, for showing only (ignored when saving)
 * @param origin      MANUAL for flags raised by a person; AUTOMATIC flags come from rules and are
 *                    not edited here
 */
public record FlagDraft(UUID id, long version, UUID activityId, UUID teamId, ExclusionKind kind, UUID groupId,
                        String groupName, String observation, Severity severity, FlagStatus status,
                        String mitigation, LocalDate observedOn, FlagOrigin origin) {

    /** A new manual flag on an activity or a team, observed on the given day. */
    public static FlagDraft blank(UUID activityId, UUID teamId, LocalDate observedOn) {
        return new FlagDraft(null, 0, activityId, teamId, ExclusionKind.EXTERNAL, null, null, "", Severity.MEDIUM,
                FlagStatus.OPEN, "", observedOn, FlagOrigin.MANUAL);
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isAutomatic() {
        return origin == FlagOrigin.AUTOMATIC;
    }
}
