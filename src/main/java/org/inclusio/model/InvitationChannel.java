package org.inclusio.model;

/** How a person was invited. */
public enum InvitationChannel implements Term {
    LETTER,
    EMAIL,
    PHONE,
    IN_PERSON,
    VIA_ASSOCIATION,
    VIA_CARE_CONTACT,
    PUBLIC_NOTICE
}
