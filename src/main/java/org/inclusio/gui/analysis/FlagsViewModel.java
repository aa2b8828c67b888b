package org.inclusio.gui.analysis;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.drill.EvidenceRecord;
import org.inclusio.logic.analysis.drill.FindingRecords;
import org.inclusio.logic.analysis.drill.FlagRecords;
import org.inclusio.logic.analysis.flags.FlagGrouping;
import org.inclusio.logic.analysis.flags.FlagRegister;
import org.inclusio.logic.analysis.flags.FlagRow;
import org.inclusio.logic.analysis.rules.DetectionRefresh;
import org.inclusio.logic.analysis.rules.DetectionReport;
import org.inclusio.logic.analysis.rules.ExclusionDetector;
import org.inclusio.logic.analysis.rules.FlagReview;
import org.inclusio.logic.analysis.rules.RuleDescriptor;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.table.AnalysisTables;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;
import org.inclusio.model.FlagOrigin;

/**
 * The "Exclusion flags" section: runs the rules on demand ("Check now"; runs after data changes come
 * through the same {@link DetectionRefresh}), lists automatic flags grouped by rule and team and
 * manual flags for the shared filter, explains the selected automatic flag (the rule's reason and source
 * and the flag's evidence, with the records behind the finding, which open in the Activities area
 * where they belong to an activity), and lets a person acknowledge it or dismiss it with a reason.
 */
public final class FlagsViewModel {

    private final ExclusionDetector detector;
    private final FlagRegister register;
    private final FlagReview review;
    private final AnalysisFilterViewModel filter;
    private final AnalysisTables tables;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final Map<String, RuleDescriptor> rules;
    private final ObservableList<FlagRow> automatic = FXCollections.observableArrayList();
    private final ObservableList<FlagRow> manual = FXCollections.observableArrayList();
    private final ObjectProperty<FlagRow> selected = new SimpleObjectProperty<>();
    private final StringProperty explanation = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty reasonError = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty detecting = new SimpleBooleanProperty(false);
    private final ObservableList<FlagGrouping.RuleGroup> groups = FXCollections.observableArrayList();
    private final DetectionRefresh refresh;
    private final FlagGrouping grouping;
    private final BooleanBinding canReview;
    private final AtomicLong generation = new AtomicLong();
    /** The listing under way, cancelled when a newer filter asks for another. */
    private BackgroundTask<?> listing;
    private final FindingRecords findingRecords;
    private final Consumer<UUID> openActivity;
    private final ObservableList<EvidenceRecord> records = FXCollections.observableArrayList();
    private final StringProperty recordsStatus = new SimpleStringProperty("");
    private final AtomicLong recordsGeneration = new AtomicLong();

    public FlagsViewModel(ExclusionDetector detector, FlagRegister register, FlagReview review,
                          FindingRecords findingRecords, AnalysisFilterViewModel filter, AnalysisTables tables,
                          TaskExecutor executor, DialogService dialogs, Localization l10n,
                          Consumer<UUID> openActivity) {
        this(detector, new DetectionRefresh(detector, executor, l10n.text("analysis.task.detect"),
                dialogs::showUnexpectedError), register, review, findingRecords, filter, tables, executor, dialogs,
                l10n, openActivity);
    }

    /**
     * @param refresh runs the rules, for "Check now" and in the background after data changed; the
     *                list is read again after every run
     */
    public FlagsViewModel(ExclusionDetector detector, DetectionRefresh refresh, FlagRegister register,
                          FlagReview review, FindingRecords findingRecords, AnalysisFilterViewModel filter,
                          AnalysisTables tables, TaskExecutor executor, DialogService dialogs, Localization l10n,
                          Consumer<UUID> openActivity) {
        this.refresh = refresh;
        this.findingRecords = findingRecords;
        this.openActivity = openActivity;
        this.detector = detector;
        this.register = register;
        this.review = review;
        this.filter = filter;
        this.tables = tables;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.rules = detector.rules().stream().collect(Collectors.toMap(RuleDescriptor::code, Function.identity()));
        this.canReview = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().automatic()
                && !busy.get() && !detecting.get(), selected, busy, detecting);
        selected.addListener((o, old, flag) -> {
            explanation.set(explain(flag));
            reasonError.set("");
            if (!java.util.Objects.equals(old == null ? null : old.id(), flag == null ? null : flag.id())) {
                loadRecords(flag);
            }
        });
        reason.addListener(o -> reasonError.set(""));
        filter.addListener(this::reload);
        this.grouping = new FlagGrouping(l10n, this::ruleName);
        refresh.addBusyListener(detecting::set);
        refresh.addListener(report -> reload());
    }

    /** Lists the stored flags for the current filter; a listing for an earlier filter is cancelled. */
    public void reload() {
        AnalysisFilter current = filter.filter();
        long run = generation.incrementAndGet();
        if (listing != null) {
            listing.cancel();
        }
        listing = BackgroundTask.of(l10n.text("analysis.task.flags"), task -> {
                    var automatic = register.list(current, FlagOrigin.AUTOMATIC);
                    task.checkCancelled();
                    var manual = register.list(current, FlagOrigin.MANUAL);
                    task.checkCancelled();
                    return List.of(automatic, manual);
                })
                .onSuccess(lists -> {
                    if (run == generation.get()) {
                        show(lists.get(0), lists.get(1));
                    }
                });
        executor.execute(listing);
    }

    /** Runs every rule for the current filter, stores what they find, then lists the flags again. */
    public void checkNow() {
        refresh.request(filter.filter(), report -> dialogs.notify(describe(report)));
    }

    /** Explains a group of flags: the rule's name, why it matters and its source, and what the group holds. */
    public void selectGroup(FlagGrouping.RuleGroup group) {
        selected.set(null);
        if (group == null) {
            return;
        }
        RuleDescriptor rule = group.ruleCode() == null ? null : rules.get(group.ruleCode());
        StringBuilder text = new StringBuilder(group.summary());
        if (rule != null) {
            text.append(" (").append(l10n.label(rule.kind())).append(")\n\n").append(l10n.text("analysis.flags.why.reason", l10n.text(rule.reasonKey())))
                    .append("\n\n").append(l10n.text("analysis.flags.why.source", l10n.text(rule.sourceKey())));
        }
        text.append("\n\n").append(l10n.text("flags.group.open"));
        explanation.set(text.toString());
    }

    /** Accepts the selected automatic flag as a real problem, with the reason if one was typed. */
    public void acknowledge() {
        FlagRow flag = selected.get();
        if (flag == null || !flag.automatic()) {
            return;
        }
        String why = reason.get();
        runReview(() -> review.acknowledge(flag.id(), why), "analysis.flags.acknowledged");
    }

    /** Dismisses the selected automatic flag; refuses without a reason. */
    public boolean dismiss() {
        FlagRow flag = selected.get();
        if (flag == null || !flag.automatic()) {
            return false;
        }
        String why = reason.get();
        if (why == null || why.isBlank()) {
            reasonError.set(l10n.text("analysis.flags.reasonRequired"));
            return false;
        }
        if (why.strip().length() > FlagReview.REASON_LENGTH) {
            reasonError.set(l10n.text("analysis.flags.reasonTooLong", FlagReview.REASON_LENGTH));
            return false;
        }
        runReview(() -> review.dismiss(flag.id(), why), "analysis.flags.dismissed");
        return true;
    }

    private void runReview(Runnable change, String doneKey) {
        busy.set(true);
        executor.execute(BackgroundTask.of(l10n.text("analysis.task.review"), task -> {
            change.run();
            return null;
        }).onSuccess(done -> {
            busy.set(false);
            reason.set("");
            dialogs.notify(l10n.text(doneKey));
            reload();
        }).onFailure(failure -> {
            busy.set(false);
            dialogs.showUnexpectedError(failure);
        }));
    }

    private void show(List<FlagRow> automaticFlags, List<FlagRow> manualFlags) {
        java.util.UUID keep = selected.get() == null ? null : selected.get().id();
        automatic.setAll(automaticFlags);
        groups.setAll(grouping.group(automaticFlags));
        manual.setAll(manualFlags);
        selected.set(automaticFlags.stream().filter(f -> f.id().equals(keep)).findFirst().orElse(null));
        long open = automaticFlags.stream().filter(f -> f.status() == org.inclusio.model.FlagStatus.OPEN).count();
        summary.set(l10n.text("analysis.flags.summary", automaticFlags.size(), open, manualFlags.size()));
    }

    private String describe(DetectionReport report) {
        return l10n.text("analysis.flags.checked", report.findings().size(), report.created(), report.reopened(),
                report.resolved());
    }

    /** Why the flag was raised: the rule's reason and source, and the flag's evidence. */
    String explain(FlagRow flag) {
        if (flag == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        RuleDescriptor rule = flag.ruleCode() == null ? null : rules.get(flag.ruleCode());
        if (rule != null) {
            text.append(l10n.text(rule.nameKey())).append(" (").append(l10n.label(rule.kind())).append(")\n\n")
                    .append(l10n.text("analysis.flags.why.reason", l10n.text(rule.reasonKey()))).append("\n\n")
                    .append(l10n.text("analysis.flags.why.source", l10n.text(rule.sourceKey()))).append("\n\n");
        } else {
            text.append(flag.observation()).append("\n\n");
        }
        if (flag.evidence() != null) {
            text.append(l10n.text("analysis.flags.why.evidence", flag.evidence()));
        }
        if (flag.statusReason() != null) {
            text.append("\n\n").append(l10n.text("analysis.flags.why.status", l10n.label(flag.status()),
                    flag.statusReason()));
        }
        return text.toString();
    }

    /** Looks up the records behind the flag's finding for the current filter, off the FX thread. */
    private void loadRecords(FlagRow flag) {
        long run = recordsGeneration.incrementAndGet();
        records.clear();
        if (flag == null || !flag.automatic()) {
            recordsStatus.set("");
            return;
        }
        recordsStatus.set(l10n.text("analysis.drill.records.loading"));
        AnalysisFilter current = filter.filter();
        executor.execute(BackgroundTask.of(l10n.text("analysis.drill.task.records"),
                        task -> findingRecords.forFlag(flag.id(), current))
                .onSuccess(found -> {
                    if (run == recordsGeneration.get()) {
                        showRecords(found);
                    }
                })
                .onFailure(failure -> {
                    recordsStatus.set("");
                    dialogs.showUnexpectedError(failure);
                }));
    }

    private void showRecords(FlagRecords found) {
        records.setAll(found.records());
        recordsStatus.set(found.findingHolds()
                ? l10n.text("analysis.drill.records.count", found.records().size())
                : l10n.text("analysis.drill.records.noFinding"));
    }

    /** One record behind a finding in words: its kind and label, a person by code only. */
    public String recordLabel(EvidenceRecord record) {
        String activity = record.activityId() == null ? "" : record.heldOn() + " " + record.activityTitle();
        String team = record.teamName() == null ? l10n.text("analysis.noTeam") : record.teamName();
        return l10n.text("analysis.drill.record." + record.kind().name(), activity, team,
                record.personCode() == null ? "-" : record.personCode(),
                record.groupName() == null ? "" : record.groupName(),
                record.year() == null ? "" : record.year().toString());
    }

    /** Opens the activity a record belongs to in the Activities area; does nothing for other records. */
    public void open(EvidenceRecord record) {
        if (record != null && record.opensActivity()) {
            openActivity.accept(record.activityId());
        }
    }

    public ObservableList<EvidenceRecord> records() {
        return records;
    }

    public StringProperty recordsStatusProperty() {
        return recordsStatus;
    }

    /** The automatic flags as the table exported to CSV. */
    public AnalysisTable automaticTable() {
        return tables.flags(List.copyOf(automatic));
    }

    /** The manual flags as the table exported to CSV. */
    public AnalysisTable manualTable() {
        return tables.flags(List.copyOf(manual));
    }

    /** The rule's name, for the flag table. */
    public String ruleName(FlagRow flag) {
        RuleDescriptor rule = flag.ruleCode() == null ? null : rules.get(flag.ruleCode());
        return rule == null ? flag.observation() : l10n.text(rule.nameKey());
    }

    public ObservableList<FlagRow> automaticFlags() {
        return automatic;
    }

    /** A single flag as the grouped list shows it. */
    public String flagText(FlagRow flag) {
        return grouping.flagText(flag);
    }

    /** The automatic flags grouped by rule and team, most serious first. */
    public ObservableList<FlagGrouping.RuleGroup> groups() {
        return groups;
    }

    /** True while the rules run, whether asked for with "Check now" or after data changed. */
    public BooleanProperty detectingProperty() {
        return detecting;
    }

    public ObservableList<FlagRow> manualFlags() {
        return manual;
    }

    public ObjectProperty<FlagRow> selectedProperty() {
        return selected;
    }

    public StringProperty explanationProperty() {
        return explanation;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty reasonErrorProperty() {
        return reasonError;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canReviewProperty() {
        return canReview;
    }
}
