package org.inclusio.logic.analysis.representation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.inclusio.logic.analysis.Suppression;

/**
 * Secondary suppression of counts that add up over the slices of a breakdown (attendances and adopted
 * proposals; distinct people do not add up). The slices of one team under a breakdown by mode, level
 * or year add up to the team's figure for the whole period, which another breakdown publishes, so each
 * team's slices form one line for {@link Suppression#protectLine}. Quarters add up to their year as
 * well: the years are protected first exactly as a breakdown by year protects them, a year withheld
 * there has all its quarters withheld, and the quarters of a shown year form a line of their own.
 */
final class LineProtection {

    private final Suppression suppression;
    private final Breakdown breakdown;

    LineProtection(Suppression suppression, Breakdown breakdown) {
        this.suppression = suppression;
        this.breakdown = breakdown;
    }

    /**
     * The slices whose count is withheld.
     *
     * @param values the count per slice
     * @param wholes for a part (a group's count), the whole of the same slice it is a part of; null for a whole
     */
    Set<Slice> withheld(Map<Slice, Long> values, Map<Slice, Long> wholes) {
        Set<Slice> hidden = new HashSet<>();
        Map<UUID, List<Slice>> teams = new LinkedHashMap<>();
        values.keySet().forEach(slice -> teams.computeIfAbsent(slice.teamId(), id -> new ArrayList<>()).add(slice));
        for (List<Slice> line : teams.values()) {
            // a fixed order along the line (months, modes or levels in their own order), so that which
            // cell is withheld to protect another never depends on the order the database returned them in
            line.sort(Slice.ORDER);
            if (breakdown == Breakdown.NONE) {
                line.stream().filter(slice -> primary(values.get(slice), whole(wholes, slice))).forEach(hidden::add);
            } else if (breakdown == Breakdown.QUARTER) {
                hidden.addAll(quarters(line, values, wholes));
            } else {
                hidden.addAll(protect(line, values, wholes));
            }
        }
        return hidden;
    }

    private Set<Slice> quarters(List<Slice> line, Map<Slice, Long> values, Map<Slice, Long> wholes) {
        Map<Integer, List<Slice>> byYear = new LinkedHashMap<>();
        line.forEach(slice -> byYear.computeIfAbsent(slice.year(), y -> new ArrayList<>()).add(slice));
        List<Integer> years = new ArrayList<>(byYear.keySet());
        Map<Slice, Long> yearValues = new LinkedHashMap<>();
        Map<Slice, Long> yearWholes = wholes == null ? null : new LinkedHashMap<>();
        List<Slice> yearSlices = new ArrayList<>();
        for (Integer year : years) {
            Slice yearSlice = new Slice(null, null, null, year, null);
            yearSlices.add(yearSlice);
            yearValues.put(yearSlice, byYear.get(year).stream().mapToLong(values::get).sum());
            if (yearWholes != null) {
                yearWholes.put(yearSlice, byYear.get(year).stream().mapToLong(s -> whole(wholes, s)).sum());
            }
        }
        Set<Slice> hiddenYears = protect(yearSlices, yearValues, yearWholes);
        Set<Slice> hidden = new HashSet<>();
        for (int i = 0; i < years.size(); i++) {
            List<Slice> quarters = byYear.get(years.get(i));
            if (hiddenYears.contains(yearSlices.get(i))) {
                quarters.stream().filter(q -> values.get(q) > 0 || primary(values.get(q), whole(wholes, q)))
                        .forEach(hidden::add);
            } else {
                hidden.addAll(protect(quarters, values, wholes));
            }
        }
        return hidden;
    }

    private Set<Slice> protect(List<Slice> line, Map<Slice, Long> values, Map<Slice, Long> wholes) {
        List<Long> counts = line.stream().map(values::get).toList();
        Set<Integer> primary = new HashSet<>();
        for (int i = 0; i < line.size(); i++) {
            if (primary(counts.get(i), whole(wholes, line.get(i)))) {
                primary.add(i);
            }
        }
        Set<Slice> hidden = new HashSet<>();
        suppression.protectLine(counts, primary).forEach(i -> hidden.add(line.get(i)));
        return hidden;
    }

    private boolean primary(long value, Long whole) {
        return whole == null ? suppression.suppresses(value) : suppression.suppressesPart(value, whole);
    }

    private static Long whole(Map<Slice, Long> wholes, Slice slice) {
        return wholes == null ? null : wholes.getOrDefault(slice, 0L);
    }
}
