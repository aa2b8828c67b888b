package org.inclusio.logic.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.inclusio.logic.analysis.table.Cell;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suppression policy's rules, the store's threshold setting, and one rounding for tables and texts. */
class DisclosurePolicyTest {

    private final Suppression five = Suppression.standard();

    @Test
    void aPartIsWithheldWhenTheRestOfItsWholeIsSmall() {
        // 7 of 9: the 2 outside the group would follow from the whole
        assertThat(five.part(7, 9)).isEqualTo(Count.withheld());
        assertThat(five.share(7, 9).status()).isEqualTo(Estimate.Status.SUPPRESSED);
        // 6 of 6 and 5 of 10 leave nothing small
        assertThat(five.part(6, 6)).isEqualTo(Count.of(6));
        assertThat(five.part(5, 10)).isEqualTo(Count.of(5));
        assertThat(five.share(5, 10).value()).isEqualTo(0.5);
        // a zero part is shown even of a small whole; the share of a small whole is not
        assertThat(five.part(0, 3)).isEqualTo(Count.of(0));
        assertThat(five.share(0, 3).status()).isEqualTo(Estimate.Status.SUPPRESSED);
    }

    @Test
    void secondarySuppressionHidesEnoughCellsOfALine() {
        // 2 withheld; the smallest shown cell above zero, 7, joins it: two cells, 9 >= 5
        assertThat(five.protectLine(List.of(2L, 7L, 0L, 9L), Set.of(0))).containsExactly(0, 1);
        // 1 and 2 are two cells but only 3 together: 10 joins them
        assertThat(five.protectLine(List.of(1L, 2L, 10L, 20L), Set.of(0, 1))).containsExactly(0, 1, 2);
        // nothing else above zero: the line is its total, which is withheld where it is published
        assertThat(five.protectLine(List.of(3L, 0L, 0L), Set.of(0))).containsExactly(0);
        // nothing withheld, nothing to protect
        assertThat(five.protectLine(List.of(6L, 8L), Set.of())).isEmpty();
    }

    @Test
    void countsInTextsAreWithheldLikeCountsInTables() {
        assertThat(five.inText(4)).isEqualTo("<5");
        assertThat(five.inText(0)).isEqualTo(0L);
        assertThat(five.inText(5)).isEqualTo(5L);
    }

    @Test
    void theThresholdIsAStoreSettingNeverBelowThree(@TempDir Path dir) {
        try (Store store = org.inclusio.testing.TestStores.open(dir)) {
            DisclosureSettings settings = new DisclosureSettings(store.database());
            assertThat(settings.threshold()).isEqualTo(5);
            settings.setThreshold(3);
            assertThat(new DisclosureSettings(store.database()).suppression()).isEqualTo(new Suppression(3));
            assertThatThrownBy(() -> settings.setThreshold(2)).isInstanceOf(IllegalArgumentException.class);
            assertThat(settings.threshold()).isEqualTo(3);
        }
    }

    @Test
    void tablesAndTextsRoundHalfUpAlike() {
        Localization l10n = new Localization(Locale.ENGLISH);
        // 1/16 = 6.25 %: half up gives 6.3 in the table and in the text (half even would say 6.2)
        assertThat(Cell.decimal(0.0625 * 100, 1).text()).isEqualTo("6.3");
        assertThat(l10n.text("analysis.rule.ABSENT_GROUP.explanation", "g", 0.0625, 2024))
                .contains("6.3%");
        // 1.005 is stored as 1.00499999...; both round its shortest decimal form, to 1.01
        assertThat(Cell.decimal(1.005, 2).text()).isEqualTo("1.01");
        assertThat(l10n.text("analysis.rule.UNLIKE_POPULATION.explanation", "g", 1.005, 0.5, 0.5))
                .contains(" at 1.01 times ");
        // JSON keeps the full precision
        assertThat(Cell.decimal(100.0 / 3, 1).value().toString()).isEqualTo("33.333333333333336");
    }
}
