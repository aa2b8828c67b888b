package org.inclusio.model;

/** What participants were expected to do with the matter at hand. */
public enum ExpectedRole implements Term {
    COMMENT,
    DEVELOP,
    UPDATE,
    CHALLENGE
}
