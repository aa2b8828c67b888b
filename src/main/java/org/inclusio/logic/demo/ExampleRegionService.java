package org.inclusio.logic.demo;

import io.ebean.Database;
import java.time.Clock;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.store.VocabularyService;
import org.inclusio.logic.task.TaskContext;
import org.inclusio.logic.task.CancelledException;

/**
 * The example region the first run offers: always the same invented region (a fixed seed), loaded
 * in one transaction into an empty store only.
 */
public final class ExampleRegionService {

    /** The seed of the example region everyone sees; {@code demo --seed} gives variants. */
    public static final long EXAMPLE_SEED = 2021L;

    private final Database db;
    private final VocabularyService vocabulary;
    private final Localization l10n;

    public ExampleRegionService(Database db, VocabularyService vocabulary, Localization l10n) {
        this.db = db;
        this.vocabulary = vocabulary;
        this.l10n = l10n;
    }

    /** Loads the example region, reporting to the task when one is given. */
    public DemoSummary load(TaskContext task) throws CancelledException {
        return load(DemoScale.EXAMPLE, EXAMPLE_SEED, task);
    }

    /**
     * Loads a region of the given scale and seed into an empty store.
     *
     * @throws ExampleRegionRefused when the store is not empty; nothing is written
     */
    public DemoSummary load(DemoScale scale, long seed, TaskContext task) throws CancelledException {
        vocabulary.seedBuiltIns();
        try {
            return new DemoRegionLoader(l10n.locale(), Clock.systemDefaultZone())
                    .load(db, scale, seed, task);
        } catch (StoreNotEmptyException e) {
            throw new ExampleRegionRefused(l10n.text(e.messageKey(), e.counts().activities(), e.counts().people(),
                    e.counts().processTeams()));
        }
    }

    /** The example region was not loaded because the store already holds records. */
    public static final class ExampleRegionRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public ExampleRegionRefused(String message) {
            super(message);
        }
    }
}
