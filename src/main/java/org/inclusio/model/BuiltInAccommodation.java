package org.inclusio.model;

/** Accommodations every store starts with; a region adds its own in Settings. */
public enum BuiltInAccommodation implements Term {
    INTERPRETER,
    TRANSLATED_MATERIAL,
    EASY_READ_MATERIAL,
    TRANSPORT,
    PAYMENT,
    MEAL,
    ADAPTED_TIME_OR_PLACE,
    REMOTE_OPTION,
    SHORTER_SESSION,
    CARER
}
