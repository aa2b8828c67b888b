package org.inclusio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ActivityQuery;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.ServerAddress;
import org.inclusio.persistence.StoreFactory;
import org.inclusio.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A window on a shared server hears of another user's save within moments, and of nothing while nobody changes anything. */
class ServerChangeWatchTest {

    @TempDir
    Path folder;

    private final Localization l10n = new Localization(Locale.ENGLISH);
    private ServerAddress server;

    @BeforeEach
    void serverWithTheExampleRegion() throws Exception {
        server = TestServer.newDatabase();
        try (AppServices client = open()) {
            client.exampleRegion().load(null);
        }
    }

    @AfterEach
    void dropTheDatabase() {
        TestServer.drop(server);
    }

    @Test
    void anotherUsersSaveIsNoticedAndQuietIsQuiet() throws Exception {
        try (AppServices window = open(); AppServices colleague = open()) {
            AtomicInteger noticed = new AtomicInteger();
            CountDownLatch changed = new CountDownLatch(1);
            try (ServerChangeWatch ignored = new ServerChangeWatch(window.store().database(), 100, Runnable::run, () -> {
                noticed.incrementAndGet();
                changed.countDown();
            })) {
                Thread.sleep(500);
                assertThat(noticed.get()).as("nothing changed yet").isZero();

                ActivityDraft draft = colleague.activities().load(colleague.activities().rows(ActivityQuery.all())
                        .get(0).id()).orElseThrow();
                colleague.activities().save(new ActivityDraft(draft.id(), draft.version(), draft.title() + " (moved)",
                        draft.heldOn(), draft.startTime(), draft.durationMinutes(), draft.anonymousParticipants(),
                        draft.place(), draft.mode(), draft.level(), draft.temporalNatureOverride(),
                        draft.contributionOverride(), draft.purpose(), draft.reasons(), draft.teamId(),
                        draft.organisationId(), draft.expectedRole(), draft.topicsAvoided(), draft.notes(),
                        draft.barriersObserved(), draft.accommodationsGiven(), draft.participations(),
                        draft.proposals(), draft.talkCounted()));

                assertThat(changed.await(5, TimeUnit.SECONDS)).as("the save was noticed").isTrue();
                Thread.sleep(500);
                assertThat(noticed.get()).as("once per change").isEqualTo(1);
            }
        }
    }

    private AppServices open() {
        return StoreOpening.services(new StoreFactory().openServer(server, TestServer.password(), folder.resolve("work")),
                l10n);
    }
}
