package org.inclusio.gui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.inclusio.app.AppServices;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.drill.ActivityRef;
import org.inclusio.logic.analysis.drill.EvidenceRecord;
import org.inclusio.logic.analysis.drill.RecordKind;
import org.inclusio.logic.analysis.flags.FlagRow;
import org.inclusio.logic.analysis.table.AnalysisTables;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.inclusio.logic.task.TaskExecutor;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.inclusio.logic.analysis.table.AnalysisTableFiles;
import org.inclusio.logic.exchange.TempFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The Analysis area's ViewModels as plain objects on a store holding the example region. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisViewModelTest {

    @TempDir
    static Path store;
    @TempDir
    static Path exports;

    private final Localization l10n = new Localization(Locale.ENGLISH);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CallingThreadTaskExecutor executor = new CallingThreadTaskExecutor(dialogs.unexpected::add);
    private AppServices services;
    private AnalysisTables tables;

    @BeforeAll
    void open() throws Exception {
        services = org.inclusio.testing.TestStores.services(store, l10n);
        services.exampleRegion().load(null);
        tables = new AnalysisTables(l10n, services.analysis().suppression());
    }

    @AfterAll
    void close() {
        services.close();
    }

    private AnalysisFilterViewModel filter() {
        AnalysisFilterViewModel filter = new AnalysisFilterViewModel(services.choices(), executor, l10n);
        filter.loadChoices();
        return filter;
    }

    private Choice choice(List<Choice> choices, String label) {
        return choices.stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void theFilterDrivesTheMatrixAndTheDrillDown() {
        AnalysisFilterViewModel filter = filter();
        List<UUID> opened = new ArrayList<>();
        MatrixViewModel matrix = new MatrixViewModel(services.analysis().matrix(), filter, tables, executor, dialogs,
                l10n, opened::add);
        matrix.reload();
        long allActivities = matrix.matrixProperty().get().cells().stream().mapToLong(c -> c.activities()).sum();
        assertThat(allActivities).isEqualTo(120);

        Choice diabetes = choice(filter.teamChoices(), "Diabetes process team");
        filter.teamProperty().set(diabetes);

        assertThat(matrix.matrixProperty().get().filter().teamId()).isEqualTo(diabetes.id());
        long teamActivities = matrix.matrixProperty().get().cells().stream().mapToLong(c -> c.activities()).sum();
        long expected = services.analysis().matrix().compute(AnalysisFilter.all().withTeam(diabetes.id())).cells()
                .stream().mapToLong(c -> c.activities()).sum();
        assertThat(teamActivities).isEqualTo(expected).isPositive().isLessThan(120);

        var cell = matrix.matrixProperty().get().cells().stream().filter(c -> !c.empty()).findFirst().orElseThrow();
        matrix.choose(cell);
        assertThat(matrix.cellActivities()).hasSize((int) cell.activities());
        matrix.open(matrix.cellActivities().get(0));
        assertThat(opened).containsExactly(matrix.cellActivities().get(0).id());

        var gap = matrix.matrixProperty().get().cell(Mode.CO_DESIGN, Level.COLLECTIVE);
        assertThat(gap.empty()).isTrue();
        assertThat(dialogs.unexpected).isEmpty();
    }

    @Test
    void aNewFilterCancelsTheComputationForTheOldOneAndKeepsTheShownFiguresUntilItsOwnAreReady() {
        AnalysisFilterViewModel filter = filter();
        QueuedExecutor queued = new QueuedExecutor();
        MatrixViewModel matrix = new MatrixViewModel(services.analysis().matrix(), filter, tables, queued, dialogs,
                l10n, id -> { });
        FigureViewModel representation = new FigureViewModel(FigureSources.representation(
                services.analysis().representation(), services.analysis().rowActivities(), tables, l10n), filter,
                queued, dialogs, l10n, "analysis.task.representation", id -> { });
        matrix.reload();
        representation.reload();
        queued.runAll();
        var shown = matrix.matrixProperty().get();
        var shownTable = representation.tableProperty().get();
        queued.tasks.clear();

        filter.teamProperty().set(choice(filter.teamChoices(), "Diabetes process team"));
        Choice heart = choice(filter.teamChoices(), "Heart failure process team");
        filter.teamProperty().set(heart);

        // the first team's computations are cancelled before they start; the figures shown stay meanwhile
        assertThat(queued.tasks).hasSize(4);
        assertThat(queued.tasks.subList(0, 2)).allMatch(BackgroundTask::isCancelled);
        assertThat(queued.tasks.subList(2, 4)).noneMatch(BackgroundTask::isCancelled);
        assertThat(matrix.matrixProperty().get()).isSameAs(shown);
        assertThat(representation.tableProperty().get()).isSameAs(shownTable);
        assertThat(matrix.busyProperty().get()).isTrue();

        List<Boolean> ran = queued.runAll();
        assertThat(ran).hasSize(4);
        assertThat(ran).containsExactly(false, false, true, true);
        assertThat(matrix.matrixProperty().get().filter().teamId()).isEqualTo(heart.id());
        assertThat(matrix.busyProperty().get()).isFalse();
        assertThat(representation.busyProperty().get()).isFalse();
        assertThat(representation.tableProperty().get()).isNotSameAs(shownTable);
        assertThat(dialogs.unexpected).isEmpty();
    }

    /** Holds tasks as a busy worker pool would, and runs them in order when asked. */
    private final class QueuedExecutor implements TaskExecutor {
        final List<BackgroundTask<?>> tasks = new ArrayList<>();

        @Override
        public <V> void execute(BackgroundTask<V> task) {
            tasks.add(task);
        }

        /** Runs the tasks held so far; for each, whether its work ran to success. */
        List<Boolean> runAll() {
            List<Boolean> succeeded = new ArrayList<>();
            for (BackgroundTask<?> task : List.copyOf(tasks)) {
                succeeded.add(runOne(task));
            }
            return succeeded;
        }

        private <V> boolean runOne(BackgroundTask<V> task) {
            boolean[] success = {false};
            task.onSuccess(task.successHandler().andThen(value -> success[0] = true));
            executor.execute(task);
            return success[0];
        }
    }

    @Test
    void aReversedPeriodIsNotAppliedAndSaysWhy() {
        AnalysisFilterViewModel filter = filter();
        filter.fromProperty().set(java.time.LocalDate.of(2025, 3, 1));
        filter.toProperty().set(java.time.LocalDate.of(2025, 1, 31));

        assertThat(filter.problemProperty().get()).isNotEmpty();
        assertThat(filter.filter().from()).isEqualTo(java.time.LocalDate.of(2025, 3, 1));
        assertThat(filter.filter().to()).isNull();
    }

    @Test
    void theFlagsAreGroupedByRuleAndTeamMostSeriousFirst() {
        FlagsViewModel flags = new FlagsViewModel(services.analysis().detector(), services.analysis().flags(),
                services.analysis().review(), services.analysis().findingRecords(), filter(), tables, executor, dialogs,
                l10n, id -> { });
        flags.checkNow();

        assertThat(flags.groups()).isNotEmpty();
        assertThat(flags.groups().stream().mapToInt(group -> group.size()).sum())
                .isEqualTo(flags.automaticFlags().size());
        assertThat(flags.groups()).extracting(group -> group.severity().ordinal())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(flags.groups()).extracting(group -> group.ruleCode()).doesNotHaveDuplicates();
        var first = flags.groups().get(0);
        flags.selectGroup(first);
        assertThat(flags.selectedProperty().get()).isNull();
        assertThat(flags.explanationProperty().get()).startsWith(first.summary() + " (").contains("Why it matters: ",
                "Source: ");
        assertThat(flags.canReviewProperty().get()).isFalse();
    }

    @Test
    void dismissingAFlagNeedsAReasonAndAcknowledgingDoesNot() {
        AnalysisFilterViewModel filter = filter();
        FlagsViewModel flags = new FlagsViewModel(services.analysis().detector(), services.analysis().flags(),
                services.analysis().review(), services.analysis().findingRecords(), filter, tables, executor, dialogs,
                l10n, id -> { });
        flags.checkNow();
        assertThat(flags.automaticFlags()).isNotEmpty();
        assertThat(flags.automaticFlags()).extracting(FlagRow::ruleCode).contains("TOKENISM", "ABSENT_GROUP");

        FlagRow tokenism = flags.automaticFlags().stream().filter(f -> f.ruleCode().equals("TOKENISM"))
                .findFirst().orElseThrow();
        flags.selectedProperty().set(tokenism);
        assertThat(flags.explanationProperty().get()).startsWith("Tokenism").contains("Why it matters: ",
                "Source: ", "What was found: " + tokenism.evidence());

        flags.reasonProperty().set("   ");
        assertThat(flags.dismiss()).isFalse();
        assertThat(flags.reasonErrorProperty().get()).isEqualTo("Give a reason to dismiss a flag.");
        assertThat(status(flags, tokenism.id())).isEqualTo(FlagStatus.OPEN);

        flags.reasonProperty().set("Two more patients join in the autumn");
        assertThat(flags.dismiss()).isTrue();
        assertThat(status(flags, tokenism.id())).isEqualTo(FlagStatus.DISMISSED);
        assertThat(flags.reasonProperty().get()).isEmpty();

        FlagRow absent = flags.automaticFlags().stream().filter(f -> f.ruleCode().equals("ABSENT_GROUP")
                && f.status() == FlagStatus.OPEN).findFirst().orElseThrow();
        flags.selectedProperty().set(absent);
        flags.acknowledge();
        assertThat(status(flags, absent.id())).isEqualTo(FlagStatus.ACKNOWLEDGED);
        assertThat(dialogs.unexpected).isEmpty();
    }

    private static FlagStatus status(FlagsViewModel flags, UUID id) {
        return flags.automaticFlags().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().status();
    }

    @Test
    void theRepresentationChartCarriesEachRatiosIntervalAndGroupsWithNoMemberAtZero() {
        AnalysisFilterViewModel filter = filter();
        FigureViewModel representation = new FigureViewModel(FigureSources.representation(
                services.analysis().representation(), services.analysis().rowActivities(), tables, l10n), filter,
                executor, dialogs, l10n, "analysis.task.representation", id -> { });
        representation.reload();
        var rows = services.analysis().representation().representation(filter.filter(),
                org.inclusio.logic.analysis.representation.Breakdown.NONE);

        var expected = rows.stream().filter(row -> row.ratio().available())
                .map(row -> new ChartBar(row.teamName() == null ? l10n.text("analysis.noTeam") : row.teamName(),
                        FigureSources.category(row.group().name(), row.slice(), l10n), row.ratio().value(),
                        row.ratio().interval().lower(), row.ratio().interval().upper()))
                .toList();
        assertThat(representation.bars()).containsExactlyElementsOf(expected);
        assertThat(representation.bars()).allSatisfy(bar -> {
            assertThat(bar.hasInterval()).isTrue();
            assertThat(bar.lower()).isLessThanOrEqualTo(bar.value());
            assertThat(bar.upper()).isGreaterThanOrEqualTo(bar.value());
        });
        var absent = rows.stream().filter(row -> row.ratio().available() && !row.groupParticipants().suppressed()
                && row.groupParticipants().value() == 0).toList();
        assertThat(absent).as("the example region has groups with no member present").isNotEmpty();
        assertThat(representation.bars()).filteredOn(bar -> bar.value() == 0).hasSize(absent.size())
                .allSatisfy(bar -> assertThat(bar.upper()).as("an interval above 0 even for none seen").isPositive());

        representation.breakdownProperty().set(org.inclusio.logic.analysis.representation.Breakdown.YEAR);
        assertThat(representation.bars()).as("one bar for each team, group and year")
                .extracting(bar -> bar.series() + "|" + bar.category()).doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(key).matches(".+\\|.+, \\d{4}"));
    }

    @Test
    void theExportedCsvIsTheTableShownWithSuppressedCountsAsTheMarker() throws Exception {
        AnalysisFilterViewModel filter = filter();
        FigureViewModel representation = new FigureViewModel(FigureSources.representation(
                services.analysis().representation(), services.analysis().rowActivities(), tables, l10n), filter,
                executor, dialogs, l10n, "analysis.task.representation", id -> { });
        representation.reload();
        var shown = representation.tableProperty().get();
        assertThat(shown.rows()).isNotEmpty();
        assertThat(representation.bars()).isNotEmpty();

        Path file = exports.resolve("representation.csv");
        dialogs.fileAnswer = file;
        new TableExport(new AnalysisTableFiles(new TempFiles(store)), dialogs, l10n).export("representation", representation.tableProperty()::get);

        List<String> lines = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(shown.rows().size() + 1);
        // a CSV file for people: byte-order mark, and the separator usual for the language (English: comma)
        assertThat(lines.get(0)).isEqualTo("\uFEFF\"Team\",\"Part\",\"Group code\",\"Group\",\"Group participants\","
                + "\"Lay participants\",\"Share %\",\"Low %\",\"High %\",\"Reference %\",\"Ratio\",\"Ratio low\",\"Ratio high\"");
        int suppressedRow = -1;
        for (int i = 0; i < shown.rows().size(); i++) {
            if (shown.cell(i, "groupParticipants").suppressed()) {
                suppressedRow = i;
                break;
            }
        }
        assertThat(suppressedRow).isNotNegative();
        String line = lines.get(suppressedRow + 1);
        assertThat(line.split(",", -1)[4]).isEqualTo("\"<5\"");
        assertThat(line.split(",", -1)[6]).isEqualTo("\"<5\"");
        assertThat(line.split(",", -1)[10]).isEqualTo("\"<5\"");
        assertThat(dialogs.notices).contains("Wrote " + shown.rows().size() + " rows to representation.csv.");

        Choice group = choice(filter.groupChoices(), shown.cell(suppressedRow, "group").text());
        filter.groupProperty().set(group);
        assertThat(representation.tableProperty().get().rows()).extracting(row -> row.get(3).text())
                .containsOnly(group.label());
    }

    @Test
    void aFlagListsTheRecordsBehindItsFindingAndOpensTheirActivities() {
        AnalysisFilterViewModel filter = filter();
        List<UUID> opened = new ArrayList<>();
        FlagsViewModel flags = new FlagsViewModel(services.analysis().detector(), services.analysis().flags(),
                services.analysis().review(), services.analysis().findingRecords(), filter, tables, executor, dialogs,
                l10n, opened::add);
        flags.checkNow();
        FlagRow absent = flags.automaticFlags().stream().filter(f -> f.ruleCode().equals("ABSENT_GROUP"))
                .findFirst().orElseThrow();

        flags.selectedProperty().set(absent);

        assertThat(flags.records()).hasSize(1);
        EvidenceRecord reference = flags.records().get(0);
        assertThat(reference.kind()).isEqualTo(RecordKind.REFERENCE_SHARE);
        assertThat(reference.groupName()).isEqualTo(absent.groupName());
        assertThat(reference.teamName()).isEqualTo(absent.teamName());
        assertThat(flags.recordLabel(reference)).isEqualTo("Reference share of " + absent.groupName() + " in "
                + absent.teamName() + ", " + reference.year());
        assertThat(flags.recordsStatusProperty().get()).startsWith("1 record behind this finding.");
        flags.open(reference);
        assertThat(opened).isEmpty();

        UUID activity = UUID.randomUUID();
        EvidenceRecord participation = new EvidenceRecord(RecordKind.PARTICIPATION, UUID.randomUUID(), activity,
                java.time.LocalDate.of(2024, 5, 2), "Open evening", "Diabetes process team", "P-7", null, null);
        assertThat(flags.recordLabel(participation)).isEqualTo("Participation of P-7: 2024-05-02 Open evening");
        flags.open(participation);
        assertThat(opened).containsExactly(activity);

        flags.selectedProperty().set(null);
        assertThat(flags.records()).isEmpty();
        assertThat(flags.recordsStatusProperty().get()).isEmpty();
    }

    @Test
    void aRowListsItsActivitiesUnlessItsFiguresAreSuppressed() {
        AnalysisFilterViewModel filter = filter();
        List<UUID> opened = new ArrayList<>();
        FigureViewModel representation = new FigureViewModel(FigureSources.representation(
                services.analysis().representation(), services.analysis().rowActivities(), tables, l10n), filter,
                executor, dialogs, l10n, "analysis.task.representation", opened::add);
        representation.reload();
        var shown = representation.tableProperty().get();
        int suppressedRow = -1;
        int shownRow = -1;
        for (int i = 0; i < shown.rows().size(); i++) {
            if (shown.cell(i, "groupParticipants").suppressed()) {
                suppressedRow = suppressedRow < 0 ? i : suppressedRow;
            } else if ((Long) shown.cell(i, "groupParticipants").value() > 0) {
                shownRow = shownRow < 0 ? i : shownRow;
            }
        }
        assertThat(representation.rowStatusProperty().get())
                .isEqualTo("Select a row of the table to see the activities behind it.");

        representation.showRecords(suppressedRow);
        assertThat(representation.rowStatusProperty().get()).isEqualTo("Hidden: fewer than 5");
        assertThat(representation.rowActivities()).isEmpty();
        assertThat(representation.rowHeadingProperty().get()).isEqualTo(shown.cell(suppressedRow, "team").text()
                + ": " + shown.cell(suppressedRow, "group").text());

        representation.showRecords(shownRow);
        List<ActivityRef> listed = List.copyOf(representation.rowActivities());
        assertThat(listed).isNotEmpty();
        assertThat(representation.rowStatusProperty().get()).isEqualTo(listed.size() + " activities");
        assertThat(listed).extracting(ActivityRef::heldOn).isSorted();
        String team = shown.cell(shownRow, "team").text();
        for (ActivityRef activity : listed) {
            assertThat(services.store().database().find(org.inclusio.model.Activity.class, activity.id()).getTeam().getName())
                    .isEqualTo(team);
        }
        representation.open(listed.get(0));
        assertThat(opened).containsExactly(listed.get(0).id());

        representation.showRecords(-1);
        assertThat(representation.rowActivities()).isEmpty();
    }

    @Test
    void theFunnelListsTheActivitiesOfAStageAndHidesASuppressedStage() {
        AnalysisFilterViewModel filter = filter();
        FigureViewModel funnel = new FigureViewModel(FigureSources.funnel(services.analysis().funnel(),
                services.analysis().rowActivities(), tables, l10n), filter, executor, dialogs, l10n,
                "analysis.task.funnel", id -> { });
        funnel.reload();
        var shown = funnel.tableProperty().get();
        funnel.stageProperty().set(org.inclusio.logic.analysis.funnel.FunnelStage.ATTENDED);
        funnel.showRecords(0);
        assertThat(funnel.rowHeadingProperty().get()).isEqualTo("All lay participants");
        assertThat(funnel.rowActivities()).isNotEmpty();

        int suppressedRow = -1;
        for (int i = 0; i < shown.rows().size() && suppressedRow < 0; i++) {
            if (shown.cell(i, "adopted").suppressed()) {
                suppressedRow = i;
            }
        }
        funnel.stageProperty().set(org.inclusio.logic.analysis.funnel.FunnelStage.ADOPTED);
        funnel.showRecords(suppressedRow);
        assertThat(funnel.rowStatusProperty().get()).isEqualTo("Hidden: fewer than 5");
        assertThat(funnel.rowActivities()).isEmpty();
    }

    @Test
    void aRuleParameterOutOfRangeIsRefusedWithAMessageAndAValidOneIsStored() {
        RulesViewModel rules = new RulesViewModel(services.analysis().detector(), services.analysis().parameters(),
                executor, dialogs, l10n);
        rules.reload();
        assertThat(rules.rules()).hasSize(13);
        RulesViewModel.RuleItem tokenism = rules.rules().stream()
                .filter(r -> r.descriptor().code().equals("TOKENISM")).findFirst().orElseThrow();
        RulesViewModel.ParameterItem minimum = tokenism.parameter("minLayMembers");
        assertThat(minimum.text().get()).isEqualTo("2");

        minimum.text().set("1.5");
        assertThat(rules.apply(tokenism, minimum)).isFalse();
        assertThat(minimum.error().get()).isEqualTo("Enter a whole number of at least 1.");

        minimum.text().set(" 3 ");
        assertThat(rules.apply(tokenism, minimum)).isTrue();
        assertThat(minimum.error().get()).isEmpty();
        assertThat(services.analysis().parameters().values(tokenism.descriptor()).integer("minLayMembers"))
                .isEqualTo(3);
        assertThat(minimum.text().get()).isEqualTo("3");

        rules.reset(tokenism, minimum);
        assertThat(minimum.text().get()).isEqualTo("2");
        assertThat(services.analysis().parameters().values(tokenism.descriptor()).integer("minLayMembers"))
                .isEqualTo(2);
    }
}
