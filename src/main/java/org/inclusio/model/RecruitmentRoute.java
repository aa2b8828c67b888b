package org.inclusio.model;

/** How a lay participant came to take part. */
public enum RecruitmentRoute implements Term {
    HAND_PICKED,
    ASSOCIATION_NOMINATED,
    OPEN_CALL,
    RANDOM_SELECTION,
    DEMOGRAPHIC_QUOTA,
    PATIENT_LIBRARY,
    PEER_REFERRAL
}
