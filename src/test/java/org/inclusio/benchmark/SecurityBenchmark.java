package org.inclusio.benchmark;

import io.ebean.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.matrix.ModeLevelMatrixAnalysis;
import org.inclusio.logic.analysis.rules.ExclusionDetector;
import org.inclusio.logic.analysis.rules.RuleParameterStore;
import org.inclusio.logic.analysis.rules.builtin.BuiltInRules;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.Store;
import org.inclusio.persistence.StoreFactory;
import org.inclusio.testing.TestStores;

/**
 * What protecting the data costs: unlocking and changing the passphrase (Argon2id), and the encrypted
 * store's analyses and inserts against the same work on a store in clear, measured in the same run.
 */
final class SecurityBenchmark {

    /** Medians of the figures, each with its baseline where it has one. */
    record Result(Samples unlock, Samples clearOpen, Samples passphraseChange, Samples matrixEncrypted,
            Samples matrixClear, Samples exclusionEncrypted, Samples exclusionClear, Samples insertEncrypted,
            Samples insertClear) {
    }

    private SecurityBenchmark() {
    }

    static Result measure(BenchmarkStores stores, int activities, int inserts, int runs) throws Exception {
        Path encrypted = stores.store(activities).directory();
        Path clear = stores.clearStore(activities).directory();
        List<Double> unlock = new ArrayList<>();
        List<Double> clearOpen = new ArrayList<>();
        List<Double> change = new ArrayList<>();
        List<Double> matrixEncrypted = new ArrayList<>();
        List<Double> matrixClear = new ArrayList<>();
        List<Double> exclusionEncrypted = new ArrayList<>();
        List<Double> exclusionClear = new ArrayList<>();
        List<Double> insertEncrypted = new ArrayList<>();
        List<Double> insertClear = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            boolean warmUp = run == 0;
            double[] opened = new double[2];
            long started = System.nanoTime();
            try (Store store = new StoreFactory().open(encrypted, TestStores.secret())) {
                opened[0] = seconds(started);
                analyse(store.database(), run, matrixEncrypted, exclusionEncrypted, warmUp);
            }
            started = System.nanoTime();
            try (Store store = new StoreFactory().open(clear, null)) {
                opened[1] = seconds(started);
                analyse(store.database(), run, matrixClear, exclusionClear, warmUp);
            }
            started = System.nanoTime();
            new StoreFactory().changePassphrase(encrypted, TestStores.secret(), TestStores.PASSPHRASE.toCharArray());
            double changed = seconds(started);
            double insertedEncrypted = inserts / InsertBenchmark.timed(stores.freshDirectory("insert-encrypted"),
                    inserts, InsertBenchmark.Path.BULK);
            Path clearInserts = stores.freshDirectory("insert-clear");
            new StoreFactory().createInClear(clearInserts).close();
            double insertedClear = inserts / InsertBenchmark.timed(clearInserts, inserts, InsertBenchmark.Path.BULK);
            if (!warmUp) {
                unlock.add(opened[0]);
                clearOpen.add(opened[1]);
                change.add(changed);
                insertEncrypted.add(insertedEncrypted);
                insertClear.add(insertedClear);
            }
        }
        BenchmarkStores.deleteTree(stores.freshDirectory("insert-encrypted"));
        BenchmarkStores.deleteTree(stores.freshDirectory("insert-clear"));
        return new Result(new Samples(unlock), new Samples(clearOpen), new Samples(change),
                new Samples(matrixEncrypted), new Samples(matrixClear), new Samples(exclusionEncrypted),
                new Samples(exclusionClear), new Samples(insertEncrypted), new Samples(insertClear));
    }

    private static void analyse(Database db, int run, List<Double> matrix, List<Double> exclusion, boolean warmUp) {
        AnalysisFilter filter = AnalysisFilter.all().withPeriod(java.time.LocalDate.of(2000, 1, 1).plusDays(run), null);
        long started = System.nanoTime();
        new ModeLevelMatrixAnalysis(db).compute(filter);
        double matrixSeconds = seconds(started);
        started = System.nanoTime();
        new ExclusionDetector(db, BuiltInRules.all(), new RuleParameterStore(db), new Localization(Locale.ENGLISH),
                BenchmarkStores.CLOCK).evaluate(filter);
        double exclusionSeconds = seconds(started);
        if (!warmUp) {
            matrix.add(matrixSeconds);
            exclusion.add(exclusionSeconds);
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
