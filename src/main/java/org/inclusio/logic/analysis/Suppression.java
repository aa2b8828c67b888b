package org.inclusio.logic.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Small-count suppression, the one disclosure policy of every figure that leaves the program (see
 * {@code docs/disclosure-control.md}). A count of people or records above zero but below the threshold
 * is withheld, together with every figure derived from it, so that published tables cannot point at
 * individuals. Zero is shown (it identifies no one).
 *
 * <p>Three rules keep a withheld count from being worked out from what is shown:
 * <ul>
 *   <li><b>primary</b>: a count from 1 to {@code threshold - 1} is withheld ({@link #suppresses});</li>
 *   <li><b>the rest of a whole</b>: a part of a shown whole (a group's people among all lay people of
 *       the same slice) is withheld when the rest, {@code whole - part}, is such a count
 *       ({@link #suppressesPart});</li>
 *   <li><b>secondary</b>: in a line of counts that add up to a total published elsewhere (a team's
 *       attendances per year add up to the whole period), further cells are withheld until at least two
 *       are, together at least the threshold ({@link #protectLine}), so that the total minus the shown
 *       cells gives back no single withheld count and no small sum.</li>
 * </ul>
 *
 * @param threshold the smallest count that is shown; at least 1 (1 suppresses nothing); the store's
 *                  setting is never below {@link #MINIMUM_THRESHOLD}
 */
public record Suppression(int threshold) {

    /** The usual threshold for published equality statistics. */
    public static final int DEFAULT_THRESHOLD = 5;

    /** The smallest threshold a store may set. */
    public static final int MINIMUM_THRESHOLD = 3;

    public Suppression {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1: " + threshold);
        }
    }

    public static Suppression standard() {
        return new Suppression(DEFAULT_THRESHOLD);
    }

    /** Whether a count is withheld: above zero and below the threshold. */
    public boolean suppresses(long count) {
        return count > 0 && count < threshold;
    }

    /**
     * Whether a part of a whole is withheld: the part is a withheld count, or it is above zero and the
     * rest of the whole is one. A zero part is shown (a withheld whole stays withheld on its own).
     */
    public boolean suppressesPart(long part, long whole) {
        return suppresses(part) || (part > 0 && suppresses(whole - part));
    }

    /** The count as it may be shown. */
    public Count count(long value) {
        return suppresses(value) ? Count.withheld() : Count.of(value);
    }

    /** A part of a whole as it may be shown: withheld by {@link #suppressesPart}. */
    public Count part(long part, long whole) {
        return suppressesPart(part, whole) ? Count.withheld() : Count.of(part);
    }

    /** What a suppressed count is shown as, e.g. "&lt;5". */
    public String marker() {
        return "<" + threshold;
    }

    /** The count as text: its number, or the {@link #marker()} when suppressed. */
    public String format(Count count) {
        return count.suppressed() ? marker() : Long.toString(count.value());
    }

    /** A count as an argument of a text: the number, or the marker when it is withheld. */
    public Object inText(long count) {
        return suppresses(count) ? marker() : (Object) count;
    }

    /**
     * A share {@code part / whole} with its Wilson interval, suppressed when the part or the whole is
     * withheld ({@link #suppressesPart}) and undefined when {@code whole} is zero.
     */
    public Estimate share(long part, long whole) {
        if (suppressesPart(part, whole) || suppresses(whole)) {
            return Estimate.suppressed();
        }
        if (whole == 0) {
            return Estimate.undefined();
        }
        return Estimate.of((double) part / whole, WilsonScore.interval95(part, whole));
    }

    /**
     * Secondary suppression of one line of counts whose total is published elsewhere: starting from the
     * cells already withheld, withholds the smallest shown cells above zero until at least two cells are
     * withheld and they add up to at least the threshold, or no shown cell above zero is left. A line
     * without withheld cells stays as it is.
     *
     * @param values   the counts of the line
     * @param withheld indexes of the cells already withheld
     * @return indexes of every cell to withhold, those given included
     */
    public Set<Integer> protectLine(List<Long> values, Set<Integer> withheld) {
        Set<Integer> hidden = new TreeSet<>(withheld);
        if (hidden.isEmpty()) {
            return hidden;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (!hidden.contains(i) && values.get(i) > 0) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparing((Integer i) -> values.get(i)).thenComparing(i -> i));
        long sum = hidden.stream().mapToLong(values::get).sum();
        for (int candidate : candidates) {
            if (hidden.size() >= 2 && sum >= threshold) {
                break;
            }
            hidden.add(candidate);
            sum += values.get(candidate);
        }
        return hidden;
    }
}
