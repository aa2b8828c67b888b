package org.inclusio.model;

/**
 * What a user of a region's server may do. The server enforces it (grants and row-level security); the
 * program shows only what the role allows. An embedded store has one user, who may do everything.
 */
public enum AccountRole {
    /** Settings, accounts, erasure and the audit trail, besides everything the others may do. */
    ADMINISTRATOR,
    /** Reads every team's records, runs the analyses and makes the reports; records nothing. */
    OFFICER,
    /** Reads and edits the teams they coordinate: members, reference shares and activities. */
    COORDINATOR,
    /** Records the activities (workshops) of the teams they facilitate for. */
    FACILITATOR
}
