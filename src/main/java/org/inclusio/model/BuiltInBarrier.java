package org.inclusio.model;

/** Barriers every store starts with; a region adds its own in Settings. */
public enum BuiltInBarrier implements Term {
    LANGUAGE,
    TRANSPORT,
    TIME,
    COST,
    STIGMA,
    ACCESSIBILITY,
    MEETING_LENGTH,
    OTHER
}
