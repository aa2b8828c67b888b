package org.inclusio.gui.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.common.ChoiceService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;

/**
 * The filter bar shared by every section of the Analysis area: period, team, organisation and
 * group. Sections register to hear when the filter changes; a period that ends before it starts is
 * reported and not applied.
 */
public final class AnalysisFilterViewModel {

    private final ChoiceService choices;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> team = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> organisation = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> group = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObservableList<Choice> teamChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> organisationChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> groupChoices = FXCollections.observableArrayList();
    private final List<Runnable> listeners = new ArrayList<>();
    private AnalysisFilter applied = AnalysisFilter.all();

    public AnalysisFilterViewModel(ChoiceService choices, TaskExecutor executor, Localization l10n) {
        this.choices = choices;
        this.executor = executor;
        this.l10n = l10n;
        for (ObjectProperty<?> property : List.of(from, to, team, organisation, group)) {
            property.addListener(o -> apply());
        }
    }

    /** Reads the pick lists of teams, organisations and groups. */
    public void loadChoices() {
        executor.execute(BackgroundTask.of(l10n.text("analysis.task.choices"),
                        task -> List.of(choices.teams(), choices.organisations(), choices.groups()))
                .onSuccess(lists -> {
                    teamChoices.setAll(lists.get(0));
                    organisationChoices.setAll(lists.get(1));
                    groupChoices.setAll(lists.get(2));
                }));
    }

    /** Asks to hear about every change of the applied filter. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** The filter the sections compute with: the last valid one. */
    public AnalysisFilter filter() {
        return applied;
    }

    /** The filter shown, in words ("from 2025-01-01, process team North"); empty when nothing is restricted. */
    public String describe() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (from.get() != null) {
            parts.add(l10n.text("analysis.export.filter.from", from.get().toString()));
        }
        if (to.get() != null) {
            parts.add(l10n.text("analysis.export.filter.to", to.get().toString()));
        }
        if (team.get() != null) {
            parts.add(l10n.text("analysis.export.filter.team", team.get().label()));
        }
        if (organisation.get() != null) {
            parts.add(l10n.text("analysis.export.filter.organisation", organisation.get().label()));
        }
        if (group.get() != null) {
            parts.add(l10n.text("analysis.export.filter.group", group.get().label()));
        }
        return String.join(", ", parts);
    }

    /** Clears every restriction. */
    public void clear() {
        from.set(null);
        to.set(null);
        team.set(null);
        organisation.set(null);
        group.set(null);
    }

    private void apply() {
        if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
            problem.set(l10n.text("analysis.filter.periodReversed"));
            return;
        }
        problem.set("");
        applied = new AnalysisFilter(from.get(), to.get(), id(team.get()), id(organisation.get()), id(group.get()));
        listeners.forEach(Runnable::run);
    }

    private static java.util.UUID id(Choice choice) {
        return choice == null ? null : choice.id();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Choice> teamProperty() {
        return team;
    }

    public ObjectProperty<Choice> organisationProperty() {
        return organisation;
    }

    public ObjectProperty<Choice> groupProperty() {
        return group;
    }

    /** Why the filter on screen is not applied, or empty. */
    public StringProperty problemProperty() {
        return problem;
    }

    public ObservableList<Choice> teamChoices() {
        return teamChoices;
    }

    public ObservableList<Choice> organisationChoices() {
        return organisationChoices;
    }

    public ObservableList<Choice> groupChoices() {
        return groupChoices;
    }
}
