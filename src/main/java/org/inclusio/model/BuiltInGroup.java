package org.inclusio.model;

/** Disadvantaged groups every store starts with; a region adds its own in Settings. */
public enum BuiltInGroup implements Term {
    NON_NATIVE_SPEAKERS,
    PSYCHIATRIC_CONDITION,
    INTELLECTUAL_DISABILITY,
    PHYSICAL_DISABILITY,
    STIGMATISED_ILLNESS,
    LOW_EDUCATION,
    SEGREGATED_AREA,
    YOUNG_PEOPLE,
    OLDER_PEOPLE,
    LOW_INCOME
}
