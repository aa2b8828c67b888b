package org.inclusio.model;

/** Why an activity involves lay people: instrumental, normative, or reasons for including the disadvantaged specifically. */
public enum ReasonForCoproducing implements Term {
    EFFICIENCY,
    EFFECTIVENESS,
    INNOVATION,
    COMPLIANCE,
    DEMOCRACY,
    JUSTICE,
    EMPOWERMENT,
    SOCIAL_CAPITAL,
    HUMAN_RIGHTS,
    PERSPECTIVE,
    RESOURCE
}
