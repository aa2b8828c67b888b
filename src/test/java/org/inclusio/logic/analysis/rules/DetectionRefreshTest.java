package org.inclusio.logic.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisFixture;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.rules.builtin.BuiltInRules;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.inclusio.logic.task.TaskExecutor;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.ProcessTeam;
import org.inclusio.persistence.Store;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectionRefreshTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;

    private Store store;
    private Database db;
    private AnalysisFixture data;
    private final HeldExecutor executor = new HeldExecutor();
    private final List<Throwable> failures = new ArrayList<>();
    private final List<Boolean> busy = new ArrayList<>();
    private final List<DetectionReport> reports = new ArrayList<>();
    private DetectionRefresh refresh;

    /** Holds every task until the test lets it run, as a worker thread would. */
    static final class HeldExecutor implements TaskExecutor {
        final Deque<BackgroundTask<?>> held = new ArrayDeque<>();

        @Override
        public <V> void execute(BackgroundTask<V> task) {
            held.add(task);
        }

        void runNext() {
            new CallingThreadTaskExecutor(failure -> {
                throw new AssertionError("a task without a failure handler failed", failure);
            }).execute(held.removeFirst());
        }
    }

    @BeforeEach
    void open() {
        store = TestStores.open(dir);
        db = store.database();
        data = new AnalysisFixture(db);
        ExclusionDetector detector = new ExclusionDetector(db, BuiltInRules.all(), new RuleParameterStore(db),
                new Localization(Locale.ENGLISH), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC), new Suppression(1));
        refresh = new DetectionRefresh(detector, executor, "Checking", failures::add);
        refresh.addBusyListener(busy::add);
        refresh.addListener(reports::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ProcessTeam tokenTeam(String name) {
        ProcessTeam team = data.team(name, null);
        data.seat(team, data.lay());
        data.seat(team, data.professional());
        return team;
    }

    private long openFlags() {
        return db.find(ExclusionFlag.class).where().eq("status", FlagStatus.OPEN).findCount();
    }

    @Test
    void requestsWhileARunIsUnderWayWaitForItAndLeadToOneMoreRun() {
        tokenTeam("Diabetes");
        refresh.request();
        assertThat(executor.held).hasSize(1);
        assertThat(refresh.isRunning()).isTrue();

        tokenTeam("COPD");
        refresh.request();
        refresh.request();
        refresh.request();
        assertThat(executor.held).as("never two runs at once").hasSize(1);

        executor.runNext();
        assertThat(reports).hasSize(1);
        assertThat(executor.held).as("one more run for the three requests").hasSize(1);
        assertThat(refresh.isRunning()).isTrue();

        executor.runNext();
        assertThat(reports).hasSize(2);
        assertThat(executor.held).isEmpty();
        assertThat(refresh.isRunning()).isFalse();
        assertThat(openFlags()).isEqualTo(2);
        assertThat(busy).containsExactly(true, false);
        assertThat(failures).isEmpty();
    }

    @Test
    void anExplicitCheckGetsItsOwnReportAfterTheRunUnderWay() {
        tokenTeam("Diabetes");
        List<DetectionReport> mine = new ArrayList<>();
        refresh.request();
        refresh.request(AnalysisFilter.all(), mine::add);

        executor.runNext();
        assertThat(mine).isEmpty();
        executor.runNext();

        assertThat(mine).singleElement().satisfies(report -> assertThat(report.unchanged()).isEqualTo(1));
    }

    @Test
    void aCancelledRunWritesNothingAndForgetsWaitingRequests() {
        tokenTeam("Diabetes");
        refresh.request();
        refresh.request();
        refresh.cancel();

        executor.runNext();

        assertThat(executor.held).isEmpty();
        assertThat(reports).isEmpty();
        assertThat(openFlags()).isZero();
        assertThat(busy).containsExactly(true, false);
    }
}
