package org.inclusio.logic.analysis.rules;

import java.util.List;

/**
 * What one detection run found and what it did to the stored automatic flags.
 *
 * @param findings  every finding of the run
 * @param created   new flags raised
 * @param reopened  resolved flags opened again because their finding holds again
 * @param updated   open flags whose evidence changed
 * @param resolved  open or mitigated flags resolved because their finding no longer holds
 * @param unchanged flags left as they were (same evidence, or acknowledged or dismissed by a person)
 */
public record DetectionReport(List<Finding> findings, int created, int reopened, int updated, int resolved,
                              int unchanged) {

    public DetectionReport {
        findings = List.copyOf(findings);
    }
}
