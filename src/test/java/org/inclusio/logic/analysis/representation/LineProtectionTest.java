package org.inclusio.logic.analysis.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.analysis.Suppression;
import org.junit.jupiter.api.Test;

/** Secondary suppression over the slices of a breakdown, worked by hand with threshold 5. */
class LineProtectionTest {

    private static final UUID TEAM = UUID.randomUUID();

    private static Slice year(int year) {
        return new Slice(TEAM, null, null, year, null);
    }

    private static Slice quarter(int year, int quarter) {
        return new Slice(TEAM, null, null, year, quarter);
    }

    @Test
    void aWithheldYearCannotBeWorkedOutFromTheWholePeriod() {
        // 3 (withheld), 18, 8: 8 is the smallest shown cell above zero and joins it (two cells, 11)
        Map<Slice, Long> years = new LinkedHashMap<>();
        years.put(year(2023), 3L);
        years.put(year(2024), 18L);
        years.put(year(2025), 8L);
        assertThat(new LineProtection(Suppression.standard(), Breakdown.YEAR).withheld(years, null))
                .containsExactlyInAnyOrder(year(2023), year(2025));
    }

    /**
     * Quarters: 2023 Q1 = 1, Q2 = 2 (year 3); 2024 Q1 = 2, Q2 = 10, Q3 = 6 (year 18); 2025 Q1 = 8.
     * The years are protected as above (2023 and 2025 withheld), so every quarter above zero of those
     * years is withheld; in 2024, shown as 18, Q1 = 2 is withheld and Q3 = 6 joins it.
     */
    @Test
    void quartersAreProtectedWithinTheirYearAndAlongsideTheYears() {
        Map<Slice, Long> quarters = new LinkedHashMap<>();
        quarters.put(quarter(2023, 1), 1L);
        quarters.put(quarter(2023, 2), 2L);
        quarters.put(quarter(2024, 1), 2L);
        quarters.put(quarter(2024, 2), 10L);
        quarters.put(quarter(2024, 3), 6L);
        quarters.put(quarter(2025, 1), 8L);
        assertThat(new LineProtection(Suppression.standard(), Breakdown.QUARTER).withheld(quarters, null))
                .containsExactlyInAnyOrder(quarter(2023, 1), quarter(2023, 2), quarter(2024, 1), quarter(2024, 3),
                        quarter(2025, 1));
    }

    @Test
    void aGroupsCountIsWithheldWhenTheRestOfItsSliceIsSmall() {
        // mode slices: 7 of 9 (rest 2, withheld), 6 of 12, 20 of 30; 6 joins 7 (two cells, 13)
        Map<Slice, Long> group = new LinkedHashMap<>();
        Map<Slice, Long> whole = new LinkedHashMap<>();
        Slice design = new Slice(TEAM, org.inclusio.model.Mode.CO_DESIGN, null, null, null);
        Slice delivery = new Slice(TEAM, org.inclusio.model.Mode.CO_DELIVERY, null, null, null);
        Slice assessment = new Slice(TEAM, org.inclusio.model.Mode.CO_ASSESSMENT, null, null, null);
        group.put(design, 7L);
        whole.put(design, 9L);
        group.put(delivery, 6L);
        whole.put(delivery, 12L);
        group.put(assessment, 20L);
        whole.put(assessment, 30L);
        assertThat(new LineProtection(Suppression.standard(), Breakdown.MODE).withheld(group, whole))
                .containsExactlyInAnyOrder(design, delivery);
        assertThat(new LineProtection(Suppression.standard(), Breakdown.NONE).withheld(group, whole))
                .containsExactly(design);
    }
}
