package org.inclusio.model;

/** What a person consented to when disadvantaged-group memberships were recorded. */
public enum ConsentScope implements Term {
    EQUALITY_MONITORING,
    EQUALITY_MONITORING_AND_CONTACT
}
