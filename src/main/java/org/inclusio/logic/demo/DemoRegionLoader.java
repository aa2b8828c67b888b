package org.inclusio.logic.demo;

import io.ebean.Database;
import io.ebean.Transaction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.store.StoreCounts;
import org.inclusio.logic.store.StoreInfoService;
import org.inclusio.logic.store.VocabularyService;
import org.inclusio.logic.task.TaskContext;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.model.Activity;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.Organisation;
import org.inclusio.model.Participation;
import org.inclusio.model.Person;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.Proposal;

/**
 * Fills a store with a fictional healthcare region: organisations of each governance model,
 * process teams with professional and lay members, pseudonymous people, and a year of activities
 * with invitations, attendance, speaking turns, proposals and their fate, barriers and
 * accommodations, and a few exclusion flags. The same seed gives the same region. At
 * {@link DemoScale#EXAMPLE} it is the first-run example whose six teams each show a pattern of
 * inclusion or exclusion the program looks for (tokenism, a group never present, professionals doing
 * the talking, unanswered proposals, a patient kept away by language, and one team of good
 * practice); larger scales repeat the six teams and give synthetic data for trying the program at
 * the size of a whole region.
 *
 * <p>Everything is written in one batched transaction, so a failed or cancelled load leaves nothing
 * behind; the built-in vocabulary is seeded first in a transaction of its own.
 */
public final class DemoRegionLoader {

    private final Locale locale;
    private final Clock clock;

    /**
     * @param locale     the language of the demo texts
     * @param clock      gives the day the generated year ends on
     */
    public DemoRegionLoader(Locale locale, Clock clock) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Loads the region into an empty store.
     *
     * @param progress the task to report progress to and to stop when cancelled; may be null
     * @throws StoreNotEmptyException when the store already holds activities, people or teams
     * @throws CancelledException     when the task was cancelled; nothing has been written then
     */
    public DemoSummary load(Database database, DemoScale scale, long seed, TaskContext progress)
            throws CancelledException {
        StoreCounts counts = new StoreInfoService(database).counts();
        if (!counts.isEmpty()) {
            throw new StoreNotEmptyException(counts);
        }
        return write(database, scale, seed, progress, false);
    }

    /**
     * Adds the region to a store that may already hold records; codes continue after the store's
     * highest S- and P- codes and organisation names are numbered when taken.
     */
    public DemoSummary add(Database database, DemoScale scale, long seed, TaskContext progress)
            throws CancelledException {
        return write(database, scale, seed, progress, true);
    }

    private DemoSummary write(Database database, DemoScale scale, long seed, TaskContext progress,
                              boolean adding) throws CancelledException {
        Objects.requireNonNull(scale, "scale");
        VocabularyService vocabularyService = new VocabularyService(database);
        vocabularyService.seedBuiltIns();
        VocabularyRefs vocabulary = new VocabularyRefs(database, vocabularyService);
        CodeSpace codes = adding ? CodeSpace.after(database) : CodeSpace.fresh();
        Set<String> organisationNames = adding ? TeamWriter.organisationNames(database) : Set.of();
        LocalDate referenceDate = LocalDate.now(clock);
        DemoTexts texts = new DemoTexts(locale);
        Dice root = new Dice(seed);
        Dice regionDice = root.split();
        Dice planDice = root.split();
        Dice activityDice = root.split();

        try (BulkLoadSettings bulk = BulkLoadSettings.begin(database);
             Transaction transaction = database.createTransaction()) {
            transaction.setBatchMode(true);
            transaction.setBatchSize(BatchWriter.BATCH_SIZE);
            transaction.setGetGeneratedKeys(false);
            AuditTrail audit = new AuditTrail(database);
            audit.markBulk(transaction);
            BatchWriter out = new BatchWriter(database, transaction, progress,
                    (long) scale.people() + scale.activities());
            Region region = new RegionWriter(out, texts, vocabulary, codes, referenceDate)
                    .write(scale, organisationNames, regionDice);
            ParticipantPicker picker = new ParticipantPicker(region);
            ActivityPlan plan = new ActivityPlan(scale, region, picker, planDice);
            new ActivityWriter(out, texts, vocabulary, region, picker).write(plan, activityDice);
            out.flush();
            new FlagWriter(out, texts, vocabulary, referenceDate).write(region.teams());
            out.flush();
            out.report();
            DemoSummary summary = new DemoSummary(out.written(Organisation.class), out.written(ProcessTeam.class),
                    out.written(Person.class), out.written(Activity.class),
                    out.written(Participation.class), out.written(Proposal.class),
                    out.written(ExclusionFlag.class), referenceDate);
            audit.record(transaction, AuditAction.LOAD_EXAMPLE, null, null, "example region " + (adding ? "added: " : "loaded: ") + summary.organisations()
                    + " organisations, " + summary.processTeams() + " teams, " + summary.people() + " people, "
                    + summary.activities() + " activities, " + summary.participations() + " participations");
            transaction.commit();
            return summary;
        }
    }
}
