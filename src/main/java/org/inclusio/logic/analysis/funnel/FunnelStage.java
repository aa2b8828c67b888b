package org.inclusio.logic.analysis.funnel;

/** The stages of the participation funnel, from being asked to having one's proposal taken up. */
public enum FunnelStage {
    /** Invited to at least one activity. */
    INVITED,
    /** Attended at least one activity. */
    ATTENDED,
    /** Had at least one speaking turn recorded. */
    SPOKE,
    /** Made at least one proposal. */
    PROPOSED,
    /** Had at least one proposal adopted, fully or partly. */
    ADOPTED
}
