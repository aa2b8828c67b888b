package org.inclusio.gui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.workshop.WorkshopPerson;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.PersonRole;
import org.junit.jupiter.api.Test;

/** The room's balance of voice as a plain object: shares follow every tap, small groups stay unnamed. */
class VoiceBalanceViewModelTest {

    private final Localization l10n = new Localization(Locale.ENGLISH);
    private final Choice deaf = new Choice(UUID.randomUUID(), "Deaf or hard of hearing");
    private final Choice newcomers = new Choice(UUID.randomUUID(), "Newly arrived");
    private final ObservableList<Choice> groups = FXCollections.observableArrayList(deaf, newcomers);
    private final SimpleObjectProperty<Suppression> suppression = new SimpleObjectProperty<>(new Suppression(5));
    private final ObservableList<WorkshopRow> people = FXCollections.observableArrayList(WorkshopRow::observables);

    private WorkshopRow person(String code, PersonRole role, AttendanceStatus attendance, Choice... declared) {
        Set<UUID> ids = new java.util.HashSet<>();
        for (Choice group : declared) {
            ids.add(group.id());
        }
        WorkshopRow row = new WorkshopRow(new WorkshopPerson(UUID.randomUUID(), code, role, true, attendance, 0, 0,
                null, null, ids), 0);
        people.add(row);
        return row;
    }

    @Test
    void sharesOfTurnsFollowCheckInsAndTurnsWithoutNamesOrCodes() {
        List<WorkshopRow> lay = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            // five deaf participants, and three of them also newly arrived
            lay.add(person("P-000" + i, PersonRole.PATIENT, AttendanceStatus.ATTENDED,
                    i <= 3 ? new Choice[] {deaf, newcomers} : i <= 5 ? new Choice[] {deaf} : new Choice[0]));
        }
        WorkshopRow nurse = person("S-0001", PersonRole.PROFESSIONAL, AttendanceStatus.ATTENDED);
        person("S-0002", PersonRole.PROFESSIONAL, AttendanceStatus.ATTENDED);
        WorkshopRow doctor = person("S-0003", PersonRole.PROFESSIONAL, null);
        VoiceBalanceViewModel balance = new VoiceBalanceViewModel(people, groups, suppression, l10n);

        assertThat(balance.summaryProperty().get()).isEqualTo("10 people are here, no speaking turns yet.");
        assertThat(balance.roles()).extracting(VoiceBalanceViewModel.Line::label)
                .containsExactly("Patients, relatives and citizens", "Staff");
        assertThat(balance.roles().get(0).text()).isEqualTo("0% of the speaking turns, 80% of the people here");

        nurse.speakingTurnsProperty().set(3);
        lay.get(0).speakingTurnsProperty().set(1);
        assertThat(balance.summaryProperty().get()).isEqualTo("10 people are here, 4 speaking turns so far.");
        assertThat(balance.roles().get(1).text()).isEqualTo("75% of the speaking turns, 20% of the people here");
        assertThat(balance.roles().get(1).turnShare()).isEqualTo(0.75);
        assertThat(balance.roles().get(1).accessible())
                .isEqualTo("Staff: 75% of the speaking turns, 20% of the people here");

        // five of ten are deaf: shown; three newly arrived: withheld and not named
        assertThat(balance.groupLines()).extracting(VoiceBalanceViewModel.Line::label)
                .containsExactly("Deaf or hard of hearing");
        assertThat(balance.groupLines().get(0).text()).isEqualTo("25% of the speaking turns, 50% of the people here");
        assertThat(balance.groupNoteProperty().get()).startsWith("A group is shown only when at least 5 of the people");

        // a staff member arriving: the rest of the whole is still at least five
        doctor.attendanceProperty().set(AttendanceStatus.ATTENDED);
        doctor.speakingTurnsProperty().set(4);
        assertThat(balance.summaryProperty().get()).isEqualTo("11 people are here, 8 speaking turns so far.");
        assertThat(balance.roles().get(1).text()).isEqualTo("88% of the speaking turns, 27% of the people here");
        assertThat(balance.groupLines()).hasSize(1);

        // taken back: the turn is gone from the room's screen, too
        doctor.speakingTurnsProperty().set(3);
        assertThat(balance.summaryProperty().get()).isEqualTo("11 people are here, 7 speaking turns so far.");

        // the store's threshold is followed: at three, the newly arrived are shown as well
        suppression.set(new Suppression(3));
        assertThat(balance.groupLines()).extracting(VoiceBalanceViewModel.Line::label)
                .containsExactly("Deaf or hard of hearing", "Newly arrived");
        assertThat(String.join(" ", balance.summaryProperty().get(), balance.groupNoteProperty().get(),
                String.valueOf(balance.roles()), String.valueOf(balance.groupLines())))
                .doesNotContain("P-000", "S-000");
    }

    @Test
    void aGroupOfAllButAFewIsWithheldAsThePolicySays() {
        for (int i = 1; i <= 7; i++) {
            person("P-000" + i, PersonRole.PATIENT, AttendanceStatus.ATTENDED, deaf);
        }
        WorkshopRow staff = person("S-0001", PersonRole.PROFESSIONAL, AttendanceStatus.ATTENDED);
        VoiceBalanceViewModel balance = new VoiceBalanceViewModel(people, groups, suppression, l10n);
        // seven of eight: the one who is not deaf could be picked out
        assertThat(balance.groupLines()).isEmpty();
        assertThat(balance.groupNoteProperty().get()).startsWith("No group is shown: a group appears once at least 5");
        staff.attendanceProperty().set(AttendanceStatus.NO_SHOW);
        // now everyone here is deaf: nobody is singled out, the group is shown
        assertThat(balance.groupLines()).extracting(VoiceBalanceViewModel.Line::label)
                .containsExactly("Deaf or hard of hearing");
        assertThat(balance.summaryProperty().get()).startsWith("7 people are here");
    }
}
