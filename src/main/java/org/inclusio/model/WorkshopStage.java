package org.inclusio.model;

/** Where a live workshop is: counting who speaks, the closing round of ratings, or closed. */
public enum WorkshopStage {
    TALLY,
    RATINGS,
    CLOSED
}
