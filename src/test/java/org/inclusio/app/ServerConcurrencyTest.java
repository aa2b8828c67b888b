package org.inclusio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ActivityQuery;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.representation.Breakdown;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.exchange.ImportOptions;
import org.inclusio.logic.exchange.ImportSummary;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.ServerAddress;
import org.inclusio.persistence.Store;
import org.inclusio.persistence.StoreFactory;
import org.inclusio.testing.CommandLineRun;
import org.inclusio.testing.TestServer;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty clients on one PostgreSQL store at once, each with its own connection pool: twelve edit the same
 * three activities, four import files from a laptop (one quarter each) that the server received whole before,
 * four run analyses. No save is lost (each activity ends with exactly the changes whose saves succeeded, and
 * no import puts an older version back), every save that crossed another is reported as an edit conflict,
 * every import and analysis succeeds, and the audit trail's chain holds.
 */
class ServerConcurrencyTest {

    private static final int EDITORS = 12;
    private static final int IMPORTERS = 4;
    private static final int ANALYSTS = 4;
    private static final int EDITS_EACH = 8;

    @TempDir
    Path folder;

    private final Localization l10n = new Localization(Locale.ENGLISH);
    private ServerAddress server;
    private Path passwordFile;

    private static final List<String[]> QUARTERS = List.of(new String[] {"2025-12-01", "2026-02-28"},
            new String[] {"2026-03-01", "2026-05-31"}, new String[] {"2026-06-01", "2026-08-31"},
            new String[] {"2026-09-01", "2026-11-30"});

    private final List<Path> files = new ArrayList<>();

    /** A laptop with the example region; the server receives it whole, then the quarters are exported from it. */
    @BeforeEach
    void serverWithTheLaptopsRegion() {
        server = TestServer.newDatabase();
        passwordFile = TestServer.passwordFile();
        Path laptop = folder.resolve("laptop");
        assertThat(cli(TestStores.withPassphrase("--store", laptop.toString(), "demo")).status()).isZero();
        Path whole = folder.resolve("whole.json");
        assertThat(cli(TestStores.withPassphrase("--store", laptop.toString(), "export", whole.toString())).status())
                .isZero();
        CommandLineRun received = onServer("import", whole.toString());
        assertThat(received.status()).as(received.err()).isZero();
        for (String[] quarter : QUARTERS) {
            Path file = folder.resolve("quarter-" + quarter[0] + ".json");
            CommandLineRun exported = cli(TestStores.withPassphrase("--store", laptop.toString(), "export", file.toString(),
                    "--from", quarter[0], "--to", quarter[1]));
            assertThat(exported.status()).as(exported.err()).isZero();
            files.add(file);
        }
    }

    private CommandLineRun onServer(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--store", TestServer.commandLineAddress(server), "--password-file",
                passwordFile.toString()));
        all.addAll(List.of(arguments));
        return cli(all.toArray(String[]::new));
    }

    @AfterEach
    void dropTheDatabase() {
        TestServer.drop(server);
    }

    @Test
    void twentyClientsEditImportAndAnalyseWithoutALostUpdateAndWithEveryConflictReported() throws Exception {
        long activitiesBefore;
        List<UUID> shared;
        Map<UUID, Integer> before = new ConcurrentHashMap<>();
        try (AppServices client = open()) {
            activitiesBefore = client.storeInfo().counts().activities();
            shared = client.activities().rows(ActivityQuery.all()).stream().limit(3).map(row -> row.id()).toList();
            for (UUID id : shared) {
                before.put(id, client.activities().load(id).orElseThrow().anonymousParticipants());
            }
        }

        Map<UUID, AtomicInteger> saved = new ConcurrentHashMap<>();
        shared.forEach(id -> saved.put(id, new AtomicInteger()));
        AtomicInteger conflicts = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(EDITORS + IMPORTERS + ANALYSTS);
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int e = 0; e < EDITORS; e++) {
            UUID activity = shared.get(e % shared.size());
            running.add(clients.submit(() -> {
                try (AppServices client = open()) {
                    start.await();
                    for (int i = 0; i < EDITS_EACH; i++) {
                        ActivityDraft draft = client.activities().load(activity).orElseThrow();
                        try {
                            client.activities().save(withOneMoreAnonymous(draft));
                            saved.get(activity).incrementAndGet();
                        } catch (EditConflictException conflict) {
                            conflicts.incrementAndGet();
                        }
                    }
                } catch (Exception | AssertionError failure) {
                    failures.add("editor: " + failure);
                }
                return null;
            }));
        }
        for (Path file : files) {
            running.add(clients.submit(() -> {
                start.await();
                CommandLineRun imported = onServer("import", file.toString());
                if (imported.status() != 0) {
                    failures.add("import " + imported.status() + ": " + imported.err());
                }
                return null;
            }));
        }
        for (int a = 0; a < ANALYSTS; a++) {
            String analysis = List.of("matrix", "representation", "funnel", "flags").get(a);
            running.add(clients.submit(() -> {
                start.await();
                for (int i = 0; i < 3; i++) {
                    CommandLineRun analysed = cli("--store", TestServer.commandLineAddress(server), "--password-file",
                            passwordFile.toString(), "analyse", analysis, "--format", "json");
                    if (analysed.status() != 0) {
                        failures.add("analyse " + analysis + ": " + analysed.err());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> client : running) {
            client.get(10, TimeUnit.MINUTES);
        }
        clients.shutdown();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(failures).isEmpty();
        int successes = saved.values().stream().mapToInt(AtomicInteger::get).sum();
        assertThat(successes + conflicts.get()).isEqualTo(EDITORS * EDITS_EACH);
        assertThat(successes).isPositive();
        try (AppServices client = open()) {
            for (UUID id : shared) {
                assertThat(client.activities().load(id).orElseThrow().anonymousParticipants())
                        .as("no save lost on %s", id).isEqualTo(before.get(id) + saved.get(id).get());
            }
            assertThat(client.storeInfo().counts().activities()).isEqualTo(activitiesBefore);
        }
        CommandLineRun verified = onServer("audit", "verify");
        assertThat(verified.status()).as(verified.out() + verified.err()).isZero();
        System.out.printf("concurrency on PostgreSQL: %d clients, %d saves tried, %d saved, %d conflicts reported,"
                + " %d imports, %d analyses, %.1f s%n", EDITORS + IMPORTERS + ANALYSTS, EDITORS * EDITS_EACH,
                successes, conflicts.get(), IMPORTERS, ANALYSTS * 3, millis / 1000.0);
    }

    private AppServices open() {
        Store store = new StoreFactory().openServer(server, TestServer.password(), folder.resolve("work"));
        return StoreOpening.services(store, l10n);
    }

    private static ActivityDraft withOneMoreAnonymous(ActivityDraft d) {
        return new ActivityDraft(d.id(), d.version(), d.title(), d.heldOn(), d.startTime(), d.durationMinutes(),
                d.anonymousParticipants() + 1, d.place(), d.mode(), d.level(), d.temporalNatureOverride(),
                d.contributionOverride(), d.purpose(), d.reasons(), d.teamId(), d.organisationId(), d.expectedRole(),
                d.topicsAvoided(), d.notes(), d.barriersObserved(), d.accommodationsGiven(), d.participations(),
                d.proposals(), d.talkCounted());
    }

    private static CommandLineRun cli(String... arguments) {
        return CommandLineRun.of(arguments);
    }
}
