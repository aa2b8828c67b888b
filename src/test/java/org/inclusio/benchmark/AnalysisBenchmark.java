package org.inclusio.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.funnel.ParticipationFunnel;
import org.inclusio.logic.analysis.matrix.ModeLevelMatrixAnalysis;
import org.inclusio.logic.analysis.representation.Breakdown;
import org.inclusio.logic.analysis.representation.RepresentationAnalysis;
import org.inclusio.logic.analysis.rules.ExclusionDetector;
import org.inclusio.logic.analysis.rules.RuleParameterStore;
import org.inclusio.logic.analysis.rules.builtin.BuiltInRules;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.Store;
import org.inclusio.persistence.analytics.AnalyticsReplica;

/**
 * Times each analysis (mode x level matrix, exclusion detection, representation, participation
 * funnel, representation by quarter, influence by mode) through the application's services against the hand-written SQL of {@link BaselineSql},
 * interleaving the two so that a change in machine load hits both alike. Each run looks at the
 * activities from a slightly different day on (all of them), so H2 cannot hand back a cached result.
 */
final class AnalysisBenchmark {

    /** The analyses, in the order they are reported. */
    static final List<String> NAMES = List.of("matrix", "exclusion", "representation", "funnel",
            "representation.quarter", "influence");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /**
     * The application's and the baselines' times of one analysis on one store.
     *
     * @param duckdb the same hand-written SQL run by DuckDB over the same rows (null where not measured)
     */
    record Timing(Samples application, Samples baseline, Samples duckdb) {
        Timing(Samples application, Samples baseline) {
            this(application, baseline, null);
        }
    }

    /** The time the application takes to make its column copy of a store, before the first analysis. */
    static final String COPY = "copy";

    private AnalysisBenchmark() {
    }

    /**
     * Times every analysis on the store, {@code runs} times each after one warm-up run.
     *
     * @param handWrittenSql whether the hand-written SQL also runs on H2 (minutes per run on the largest
     *     stores of the growth series, where it has no target); DuckDB's baseline always runs
     */
    static Map<String, Timing> measure(Path storeDirectory, int runs, boolean handWrittenSql) throws Exception {
        Map<String, Timing> timings = new LinkedHashMap<>();
        try (Store store = org.inclusio.testing.TestStores.open(storeDirectory);
             Connection jdbc = store.jdbcConnection();
             DuckDbBaseline duck = DuckDbBaseline.load(jdbc);
             AnalyticsReplica replica = new AnalyticsReplica(store::jdbcConnection, new org.inclusio.persistence.analytics.StoreAggregates(store.database()))) {
            var db = store.database();
            Localization texts = new Localization(Locale.ENGLISH);
            // the application's own path: the column copy, made once and then kept current
            long started = System.nanoTime();
            replica.refresh();
            double copySeconds = (System.nanoTime() - started) / 1e9;
            timings.put(COPY, new Timing(Samples.of(copySeconds), null));
            ModeLevelMatrixAnalysis matrix = new ModeLevelMatrixAnalysis(db, replica);
            ExclusionDetector detector = new ExclusionDetector(db, replica, BuiltInRules.all(),
                    new RuleParameterStore(db), texts, BenchmarkStores.CLOCK, Suppression.standard());
            RepresentationAnalysis representation = new RepresentationAnalysis(db, replica, Suppression.standard());
            ParticipationFunnel funnel = new ParticipationFunnel(db, replica, Suppression.standard());
            Connection analyst = duck.connection();
            Work none = null;
            timings.put("matrix", interleaved(runs, run -> matrix.compute(filter(run)),
                    handWrittenSql ? run -> BaselineSql.matrix(jdbc, day(run)) : none,
                    run -> BaselineSql.matrix(analyst, day(run))));
            timings.put("exclusion", interleaved(runs, run -> detector.evaluate(filter(run)),
                    handWrittenSql ? run -> BaselineSql.exclusion(jdbc, day(run)) : none,
                    run -> BaselineSql.exclusion(analyst, day(run))));
            timings.put("representation", interleaved(runs,
                    run -> representation.representation(filter(run), Breakdown.NONE),
                    handWrittenSql ? run -> BaselineSql.representation(jdbc, day(run)) : none,
                    run -> BaselineSql.representation(analyst, day(run))));
            timings.put("funnel", interleaved(runs, run -> funnel.compute(filter(run)),
                    handWrittenSql ? run -> BaselineSql.funnel(jdbc, day(run)) : none,
                    run -> BaselineSql.funnel(analyst, day(run))));
            timings.put("representation.quarter", interleaved(runs,
                    run -> representation.representation(filter(run), Breakdown.QUARTER),
                    handWrittenSql ? run -> BaselineSql.representationByQuarter(jdbc, day(run)) : none,
                    run -> BaselineSql.representationByQuarter(analyst, day(run))));
            timings.put("influence", interleaved(runs, run -> representation.influence(filter(run), Breakdown.MODE),
                    handWrittenSql ? run -> BaselineSql.influence(jdbc, day(run)) : none,
                    run -> BaselineSql.influence(analyst, day(run))));
        }
        return timings;
    }

    /** A different first day per run, always before every generated activity. */
    private static LocalDate day(int run) {
        return EARLIEST.plusDays(run + 10L);
    }

    private static AnalysisFilter filter(int run) {
        return AnalysisFilter.all().withPeriod(day(run), null);
    }

    /** Work that may throw a checked exception. */
    @FunctionalInterface
    interface Work {
        Object run(int run) throws Exception;
    }

    /** One warm-up of each, then runs alternating application, baseline (where given) and DuckDB. */
    private static Timing interleaved(int runs, Work application, Work baseline, Work duckdb) throws Exception {
        application.run(-1);
        if (baseline != null) {
            baseline.run(-1);
        }
        duckdb.run(-1);
        List<Double> app = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        List<Double> duck = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            app.add(seconds(application, run));
            if (baseline != null) {
                base.add(seconds(baseline, run));
            }
            duck.add(seconds(duckdb, run));
        }
        return new Timing(new Samples(app), baseline == null ? null : new Samples(base), new Samples(duck));
    }

    private static double seconds(Work work, int run) throws Exception {
        long started = System.nanoTime();
        work.run(run);
        return (System.nanoTime() - started) / 1e9;
    }
}
