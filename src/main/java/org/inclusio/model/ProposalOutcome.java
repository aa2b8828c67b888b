package org.inclusio.model;

/** What became of a proposal. */
public enum ProposalOutcome implements Term {
    PENDING,
    ADOPTED,
    PARTLY_ADOPTED,
    REJECTED
}
