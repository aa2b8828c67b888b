package org.inclusio.model;

/** The level of care a professional works at. */
public enum CareLevel implements Term {
    PRIMARY_CARE,
    SPECIALIST_OUTPATIENT,
    HOSPITAL_INPATIENT,
    MUNICIPAL_CARE,
    REGIONAL_ADMINISTRATION
}
