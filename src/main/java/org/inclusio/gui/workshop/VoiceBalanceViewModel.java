package org.inclusio.gui.workshop;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.workshop.VoiceBalance;

/**
 * The room's view of a live workshop: the balance of voice ({@link VoiceBalance}) of the people
 * checked in, worked out again whenever someone checks in or a turn is counted or taken back. Shows
 * no name and no code; groups follow the store's suppression policy.
 */
public final class VoiceBalanceViewModel {

    /**
     * One line of the balance as shown.
     *
     * @param label      who the line is about (lay people, staff, a group's name)
     * @param text       the shares in words, e.g. "40% of turns, 60% of the people here"
     * @param turnShare  the share of turns, 0 to 1 (the length of its bar)
     * @param accessible what a screen reader says for the line
     */
    public record Line(String label, String text, double turnShare, String accessible) {
    }

    private final ObservableList<WorkshopRow> people;
    private final ObservableList<Choice> groups;
    private final ObservableValue<Suppression> suppression;
    private final Localization l10n;
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<Line> roles = FXCollections.observableArrayList();
    private final ObservableList<Line> groupLines = FXCollections.observableArrayList();
    private final StringProperty groupNote = new SimpleStringProperty("");
    private VoiceBalance balance;

    /**
     * @param people      everyone listed in the workshop (the balance counts those checked in); its
     *                    changes of attendance and turns are observed
     * @param groups      the groups' names
     * @param suppression the store's suppression policy
     */
    public VoiceBalanceViewModel(ObservableList<WorkshopRow> people, ObservableList<Choice> groups,
                                 ObservableValue<Suppression> suppression, Localization l10n) {
        this.people = people;
        this.groups = groups;
        this.suppression = suppression;
        this.l10n = l10n;
        people.addListener((ListChangeListener<WorkshopRow>) change -> update());
        groups.addListener((ListChangeListener<Choice>) change -> update());
        suppression.addListener((o, was, now) -> update());
        update();
    }

    /** The live workshop's balance. */
    public static VoiceBalanceViewModel of(WorkshopViewModel live, Localization l10n) {
        return new VoiceBalanceViewModel(live.people(), live.groups(), live.suppressionProperty(), l10n);
    }

    private void update() {
        Suppression policy = suppression.getValue() == null ? Suppression.standard() : suppression.getValue();
        List<VoiceBalance.Voice> here = people.stream().filter(WorkshopRow::present)
                .map(row -> new VoiceBalance.Voice(row.lay(), row.groups(), row.speakingTurnsProperty().get()))
                .toList();
        balance = VoiceBalance.of(here, policy);
        summary.set(l10n.text("workshop.balance.summary", balance.present(), balance.turns()));
        roles.setAll(line(l10n.text("workshop.balance.lay"), balance.lay()),
                line(l10n.text("workshop.balance.staff"), balance.staff()));
        List<Line> shown = new ArrayList<>();
        for (VoiceBalance.GroupPart group : balance.groups()) {
            groups.stream().filter(choice -> choice.id().equals(group.groupId())).findFirst()
                    .ifPresent(named -> shown.add(line(named.label(), group.part())));
        }
        groupLines.setAll(shown);
        groupNote.set(l10n.text(shown.isEmpty() ? "workshop.balance.noGroups" : "workshop.balance.groupsNote",
                policy.threshold()));
    }

    private Line line(String label, VoiceBalance.Part part) {
        double turns = balance.turnShare(part);
        double here = balance.presenceShare(part);
        return new Line(label, l10n.text("workshop.balance.line", turns, here), turns,
                l10n.text("workshop.balance.lineAccessible", label, turns, here));
    }

    /** How many are here and how many turns were taken. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** Lay people, then staff. */
    public ObservableList<Line> roles() {
        return FXCollections.unmodifiableObservableList(roles);
    }

    /** The groups shown, largest first. */
    public ObservableList<Line> groupLines() {
        return FXCollections.unmodifiableObservableList(groupLines);
    }

    /** Why some groups may be missing (the suppression rule), or that none can be shown. */
    public ReadOnlyStringProperty groupNoteProperty() {
        return groupNote;
    }
}
