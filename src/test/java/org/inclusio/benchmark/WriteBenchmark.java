package org.inclusio.benchmark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.inclusio.app.AppServices;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ParticipationDraft;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.store.StoreInfoService;
import org.inclusio.logic.trash.TrashKind;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.persistence.analytics.AnalyticsReplica;

/**
 * What a user waits for around a save on a large store, through the application's services: the
 * store's counts (the status bar's and those of {@code info}), first right after opening and then
 * after every save (the tables changed, so no earlier result is reused); saving an edit of an
 * activity with 50 participants; and bringing the column copy of the analysed tables up to date
 * after that save, before the next analysis. The activity is made for the
 * measurement and removed for good afterwards, so the store holds what it held before.
 */
final class WriteBenchmark {

    /** Participants of the edited activity. */
    static final int PARTICIPANTS = 50;

    /** The figures of one run of the measurement. */
    record Result(Samples countsFirst, Samples counts, Samples registers, Samples edit, Samples refreshAfterEdit,
                  Samples fullCopy) {
    }

    /** The times of one save and of what follows it. */
    private record AfterSave(double save, double counts, double registers, double refresh) {
    }

    private WriteBenchmark() {
    }

    static Result measure(Path storeDirectory, int runs) throws Exception {
        try (AppServices services = org.inclusio.testing.TestStores.services(storeDirectory,
                new Localization(Locale.ENGLISH))) {
            StoreInfoService info = services.storeInfo();
            long started = System.nanoTime();
            info.counts();
            Samples countsFirst = Samples.of((System.nanoTime() - started) / 1e9);

            List<UUID> people = services.store().database()
                    .sqlQuery("select id from person where deleted = false order by id")
                    .setMaxRows(PARTICIPANTS).mapToScalar(UUID.class).findList();
            if (people.size() < PARTICIPANTS) {
                throw new IllegalStateException("the store has fewer than " + PARTICIPANTS + " people");
            }
            List<ParticipationDraft> participations = new ArrayList<>();
            for (UUID person : people) {
                participations.add(new ParticipationDraft(person, null, true, LocalDate.of(2025, 5, 1), null,
                        Set.of(), AttendanceStatus.ATTENDED, null, Set.of(), 1, 0, 4, 4));
            }
            ActivityDraft blank = ActivityDraft.blank(LocalDate.of(2025, 6, 1));
            ActivityDraft draft = services.activities().save(new ActivityDraft(null, 0, "Benchmark edit", blank.heldOn(),
                    null, 120, 0, "", blank.mode(), blank.level(), null, null, "", Set.of(), null, null, null, "",
                    "", Set.of(), Set.of(), participations, List.of()));
            AnalyticsReplica replica = (AnalyticsReplica) services.store().aggregates();
            try {
                replica.refresh();
                List<AfterSave> saves = new ArrayList<>();
                for (int run = -1; run < runs; run++) {
                    ActivityDraft edited = changed(draft, run);
                    long saving = System.nanoTime();
                    draft = services.activities().save(edited);
                    long saved = System.nanoTime();
                    // what the window does after a save: the status bar's counts, then the next analysis
                    info.registers();
                    long registered = System.nanoTime();
                    info.counts();
                    long counted = System.nanoTime();
                    replica.refresh();
                    long refreshed = System.nanoTime();
                    if (run >= 0) {
                        saves.add(new AfterSave((saved - saving) / 1e9, (counted - registered) / 1e9,
                                (registered - saved) / 1e9, (refreshed - counted) / 1e9));
                    }
                }
                long copyStarted = System.nanoTime();
                replica.recopy();
                Samples fullCopy = Samples.of((System.nanoTime() - copyStarted) / 1e9);
                return new Result(countsFirst, samples(saves, AfterSave::counts), samples(saves, AfterSave::registers),
                        samples(saves, AfterSave::save), samples(saves, AfterSave::refresh), fullCopy);
            } finally {
                services.trash().moveToTrash(TrashKind.ACTIVITY, draft.id());
                services.trash().purge(TrashKind.ACTIVITY, draft.id());
            }
        }
    }

    private static Samples samples(List<AfterSave> saves, java.util.function.ToDoubleFunction<AfterSave> figure) {
        return new Samples(saves.stream().map(save -> figure.applyAsDouble(save)).toList());
    }

    /** The draft with one participant's speaking turns, another's rating and the title changed. */
    private static ActivityDraft changed(ActivityDraft draft, int run) {
        int turns = 2 + Math.floorMod(run, 7);
        List<ParticipationDraft> participations = new ArrayList<>(draft.participations());
        ParticipationDraft first = participations.get(0);
        participations.set(0, new ParticipationDraft(first.personId(), first.personCode(), first.invited(),
                first.invitedOn(), first.channel(), first.accommodationsOffered(), first.attendance(),
                first.absenceReason(), first.barriersMet(), turns, first.questions(), first.heardRating(),
                first.expressRating()));
        ParticipationDraft last = participations.get(participations.size() - 1);
        participations.set(participations.size() - 1, new ParticipationDraft(last.personId(), last.personCode(),
                last.invited(), last.invitedOn(), last.channel(), last.accommodationsOffered(), last.attendance(),
                last.absenceReason(), last.barriersMet(), last.speakingTurns(), last.questions(),
                1 + Math.floorMod(run, 5), last.expressRating()));
        return new ActivityDraft(draft.id(), draft.version(), "Benchmark edit " + (run + 2), draft.heldOn(),
                draft.startTime(), draft.durationMinutes(), draft.anonymousParticipants(), draft.place(), draft.mode(),
                draft.level(), draft.temporalNatureOverride(), draft.contributionOverride(), draft.purpose(),
                draft.reasons(), draft.teamId(), draft.organisationId(), draft.expectedRole(), draft.topicsAvoided(),
                draft.notes(), draft.barriersObserved(), draft.accommodationsGiven(), participations,
                draft.proposals(), draft.talkCounted());
    }
}
