package org.inclusio.logic.analysis.drill;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One record behind a finding, described without personal data: a person appears by code only.
 * Components a kind does not have are null.
 *
 * @param kind          what the record is
 * @param id            the record
 * @param activityId    the activity it belongs to (or is), or null
 * @param heldOn        the day that activity was held, or null
 * @param activityTitle that activity's title, or null
 * @param teamName      the team it belongs to, or null
 * @param personCode    the code of the person it concerns, or null
 * @param groupName     the disadvantaged group's name, or null
 * @param year          the population year of a reference share, or null
 */
public record EvidenceRecord(RecordKind kind, UUID id, UUID activityId, LocalDate heldOn, String activityTitle,
                             String teamName, String personCode, String groupName, Integer year) {

    /** Whether the record can be opened in the Activities area. */
    public boolean opensActivity() {
        return activityId != null;
    }
}
