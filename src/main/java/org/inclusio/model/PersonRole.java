package org.inclusio.model;

/** The part a person plays in coproduction. */
public enum PersonRole implements Term {
    PATIENT,
    RELATIVE,
    CITIZEN,
    LEAD_PATIENT,
    ASSOCIATION_REPRESENTATIVE,
    PROFESSIONAL;

    /** Everyone but professionals takes part as a lay person. */
    public boolean isLay() {
        return this != PROFESSIONAL;
    }
}
