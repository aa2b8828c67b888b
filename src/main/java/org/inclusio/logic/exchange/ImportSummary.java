package org.inclusio.logic.exchange;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did (or, in a dry run, would do): per record kind how many records were added,
 * updated, unchanged, kept as the store had them, and in conflict; and the conflicts themselves.
 * {@code mergedFromLog} counts the records merged against the state this store last shared with the
 * file's writer, as its exchange log keeps it (the file itself named no base for them).
 */
public record ImportSummary(Map<RecordKind, Counts> counts, List<Conflict> conflicts, int conflictsNotListed,
        boolean dryRun, int mergedFromLog) {

    /** The numbers for one record kind. */
    public record Counts(int added, int updated, int unchanged, int keptLocal, int conflicts) {

        static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

        Counts plus(MergeRule.Decision decision) {
            return switch (decision) {
                case ADD -> new Counts(added + 1, updated, unchanged, keptLocal, conflicts);
                case UPDATE -> new Counts(added, updated + 1, unchanged, keptLocal, conflicts);
                case UNCHANGED -> new Counts(added, updated, unchanged + 1, keptLocal, conflicts);
                case KEEP_LOCAL -> new Counts(added, updated, unchanged, keptLocal + 1, conflicts);
                case CONFLICT -> new Counts(added, updated, unchanged, keptLocal, conflicts + 1);
            };
        }

        public int total() {
            return added + updated + unchanged + keptLocal + conflicts;
        }
    }

    public ImportSummary(Map<RecordKind, Counts> counts, List<Conflict> conflicts, int conflictsNotListed,
            boolean dryRun) {
        this(counts, conflicts, conflictsNotListed, dryRun, 0);
    }

    public ImportSummary {
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
        conflicts = List.copyOf(conflicts);
    }

    /** The numbers for a kind (zeros when the file held none). */
    public Counts of(RecordKind kind) {
        return counts.getOrDefault(kind, Counts.ZERO);
    }

    /** The numbers over all kinds. */
    public Counts total() {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int kept = 0;
        int conflicting = 0;
        for (Counts c : counts.values()) {
            added += c.added();
            updated += c.updated();
            unchanged += c.unchanged();
            kept += c.keptLocal();
            conflicting += c.conflicts();
        }
        return new Counts(added, updated, unchanged, kept, conflicting);
    }
}
