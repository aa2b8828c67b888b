package org.inclusio.model;

/** How an organisation providing care is governed, in rising staff autonomy and stakeholder inclusion. */
public enum GovernanceModel implements Term {
    COMMAND_AND_CONTROL,
    STEWARDSHIP,
    DEMOCRATIC_MULTI_STAKEHOLDER
}
