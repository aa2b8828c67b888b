package org.inclusio.model;

/** Where an activity stands in time relative to the service it concerns. */
public enum TemporalNature implements Term {
    PROSPECTIVE,
    CONCURRENT,
    RETROSPECTIVE
}
