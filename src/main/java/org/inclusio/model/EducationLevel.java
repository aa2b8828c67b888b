package org.inclusio.model;

/** A lay participant's highest completed education, self-reported, used to compare participants with the population served. */
public enum EducationLevel implements Term {
    COMPULSORY,
    UPPER_SECONDARY,
    POST_SECONDARY_SHORT,
    UNIVERSITY
}
