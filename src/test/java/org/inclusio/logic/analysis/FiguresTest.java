package org.inclusio.logic.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The small arithmetic the analyses share: Wilson intervals, suppression, estimates, filters. */
class FiguresTest {

    private static final Offset<Double> CLOSE = within(1e-4);

    /**
     * 3 of 10 by hand: p = 0.3, z^2 = 3.8415, z^2/n = 0.38415; centre = (0.3 + 0.19207) / 1.38415 =
     * 0.35551; half width = 1.95996 / 1.38415 * sqrt(0.021 + 0.0096036) = 1.41600 * 0.17494 = 0.24772;
     * interval [0.1078, 0.6032], as in published Wilson tables.
     */
    @Test
    void wilsonIntervalMatchesHandComputation() {
        Interval threeOfTen = WilsonScore.interval95(3, 10);
        assertThat(threeOfTen.lower()).isCloseTo(0.1078, CLOSE);
        assertThat(threeOfTen.upper()).isCloseTo(0.6032, CLOSE);

        Interval half = WilsonScore.interval95(5, 10);
        assertThat(half.lower()).isCloseTo(0.2366, CLOSE);
        assertThat(half.upper()).isCloseTo(0.7634, CLOSE);

        Interval none = WilsonScore.interval95(0, 10);
        assertThat(none.lower()).isZero();
        assertThat(none.upper()).isCloseTo(0.2775, CLOSE);

        Interval all = WilsonScore.interval95(10, 10);
        assertThat(all.lower()).isCloseTo(0.7225, CLOSE);
        assertThat(all.upper()).isCloseTo(1.0, CLOSE);

        Interval one = WilsonScore.interval95(1, 1);
        assertThat(one.lower()).isCloseTo(0.2065, CLOSE);
        assertThat(one.upper()).isEqualTo(1.0);
    }

    @Test
    void noneSeenStartsExactlyAtZeroAndAllSeenEndsExactlyAtOne() {
        for (int n = 1; n <= 2000; n++) {
            assertThat(WilsonScore.interval95(0, n).lower()).as("0 of %d", n).isEqualTo(0.0);
            assertThat(WilsonScore.interval95(n, n).upper()).as("%d of %d", n, n).isEqualTo(1.0);
        }
    }

    @Test
    void wilsonIntervalRefusesImpossibleCounts() {
        assertThatThrownBy(() -> WilsonScore.interval95(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonScore.interval95(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonScore.interval95(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsBelowTheThresholdAreWithheldButZeroIsShown() {
        Suppression standard = Suppression.standard();

        assertThat(standard.threshold()).isEqualTo(5);
        assertThat(standard.count(0)).isEqualTo(Count.of(0));
        assertThat(standard.count(1)).isEqualTo(Count.withheld());
        assertThat(standard.count(4)).isEqualTo(Count.withheld());
        assertThat(standard.count(5)).isEqualTo(Count.of(5));
        assertThat(standard.format(standard.count(3))).isEqualTo("<5");
        assertThat(standard.format(standard.count(12))).isEqualTo("12");
        assertThat(new Suppression(1).count(1)).isEqualTo(Count.of(1));
        assertThatThrownBy(() -> new Suppression(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Count(3, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharesAreSuppressedWithTheirCountsAndUndefinedWithoutADenominator() {
        Suppression standard = Suppression.standard();

        assertThat(standard.share(3, 10)).isEqualTo(Estimate.suppressed());
        assertThat(standard.share(0, 4)).isEqualTo(Estimate.suppressed());
        assertThat(standard.share(0, 0)).isEqualTo(Estimate.undefined());
        Estimate half = standard.share(5, 10);
        assertThat(half.available()).isTrue();
        assertThat(half.value()).isEqualTo(0.5);
        assertThat(half.interval()).isEqualTo(WilsonScore.interval95(5, 10));
        Estimate zero = standard.share(0, 10);
        assertThat(zero.value()).isZero();
        assertThat(zero.interval().upper()).isCloseTo(0.2775, CLOSE);
    }

    @Test
    void dividingAnEstimateDividesItsIntervalAndIsUndefinedByZero() {
        Estimate half = Suppression.standard().share(5, 10);

        Estimate ratio = half.dividedBy(0.4);
        assertThat(ratio.value()).isCloseTo(1.25, CLOSE);
        assertThat(ratio.interval().lower()).isCloseTo(0.2366 / 0.4, CLOSE);
        assertThat(ratio.interval().upper()).isCloseTo(0.7634 / 0.4, CLOSE);
        assertThat(half.dividedBy(0)).isEqualTo(Estimate.undefined());
        assertThat(Estimate.suppressed().dividedBy(0.4)).isEqualTo(Estimate.suppressed());
        assertThatThrownBy(() -> new Estimate(Estimate.Status.SUPPRESSED, 0.3, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filterRefusesABackwardPeriodAndKeepsOtherComponents() {
        UUID team = UUID.randomUUID();
        AnalysisFilter filter = AnalysisFilter.all().withTeam(team)
                .withPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1));

        assertThat(filter.teamId()).isEqualTo(team);
        assertThat(filter.from()).isEqualTo(filter.to());
        assertThatThrownBy(() -> filter.withPeriod(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void membershipWindowDefaultsToToday() {
        LocalDate today = LocalDate.of(2025, 6, 30);

        assertThat(MembershipWindow.of(AnalysisFilter.all(), today)).isEqualTo(new MembershipWindow(today, today));
        assertThat(MembershipWindow.of(AnalysisFilter.all().withPeriod(LocalDate.of(2024, 1, 1), null), today))
                .isEqualTo(new MembershipWindow(LocalDate.of(2024, 1, 1), today));
        assertThat(MembershipWindow.of(AnalysisFilter.all().withPeriod(null, LocalDate.of(2024, 12, 31)), today))
                .isEqualTo(new MembershipWindow(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31)));
    }
}
