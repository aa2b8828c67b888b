package org.inclusio.logic.analysis.drill;

import java.util.List;

/**
 * The records behind a stored automatic flag, as far as its finding still holds.
 *
 * @param findingHolds whether the rules find the flag's case for the filter now
 * @param records      the records behind the finding, in the rule's order; empty when it does not hold
 */
public record FlagRecords(boolean findingHolds, List<EvidenceRecord> records) {

    public FlagRecords {
        records = List.copyOf(records);
    }

    public static FlagRecords noFinding() {
        return new FlagRecords(false, List.of());
    }
}
