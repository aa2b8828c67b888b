package org.inclusio.logic.analysis.drill;

/** What kind of stored record a finding rests on. */
public enum RecordKind {
    /** An activity. */
    ACTIVITY,
    /** One person's participation in an activity. */
    PARTICIPATION,
    /** A proposal made at an activity. */
    PROPOSAL,
    /** A seat in a process team. */
    TEAM_SEAT,
    /** A group's reference share of the population a team serves. */
    REFERENCE_SHARE
}
