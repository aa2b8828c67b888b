package org.inclusio.gui.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.inclusio.app.AppServices;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.ConsentDraft;
import org.inclusio.logic.person.IdentityDraft;
import org.inclusio.logic.person.PersonDraft;
import org.inclusio.logic.person.PersonQuery;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.PersonRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The person editor's state, tested as a plain object on a real store without an FX thread. */
class PersonEditorViewModelTest {

    @TempDir
    Path store;

    private AppServices services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private PersonEditorViewModel editor;
    private PersonRegisterViewModel register;
    private List<Choice> groups;

    @BeforeEach
    void open() {
        Localization l10n = new Localization(Locale.ENGLISH);
        services = org.inclusio.testing.TestStores.services(store, l10n);
        CallingThreadTaskExecutor executor = new CallingThreadTaskExecutor(dialogs.unexpected::add);
        editor = new PersonEditorViewModel(services.people(), services.trash(), services.privacy(), executor, dialogs,
                l10n);
        register = new PersonRegisterViewModel(services.people(), services.choices(), executor, l10n, editor);
        register.start();
        groups = editor.groupChoices();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aNewPersonNeedsAValidCodeBeforeSaving() {
        editor.newPerson();
        assertThat(editor.errorProperty("code").get()).isEqualTo(
                "Give the person a code, e.g. P-0151. Use the code, never the name.");
        assertThat(editor.canSaveProperty().get()).isFalse();
        editor.codeProperty().set("Anna Svensson");
        assertThat(editor.errorProperty("code").get()).startsWith("Use only letters, digits");
        editor.codeProperty().set("P-0100");
        assertThat(editor.errorProperty("code").get()).isEmpty();
        assertThat(editor.canSaveProperty().get()).isTrue();
        editor.save();
        assertThat(services.people().search(PersonQuery.all()).total()).isEqualTo(1);
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.id()).isNotNull();
        assertThat(dialogs.notices).containsExactly("Saved P-0100.");
        assertThat(register.rows()).extracting(row -> row.code()).containsExactly("P-0100");
    }

    @Test
    void groupsNeedAConsentValidToday() {
        editor.newPerson();
        editor.codeProperty().set("P-0101");
        assertThat(editor.consentValidTodayProperty().get()).isFalse();
        assertThat(editor.groupsNoteProperty().get()).startsWith("Group memberships can only be recorded");
        editor.groups().add(groups.get(0).id());
        assertThat(editor.errorProperty("groups").get()).startsWith("Group memberships can only be recorded");
        assertThat(editor.canSaveProperty().get()).isFalse();

        editor.addConsent();
        assertThat(editor.consentValidTodayProperty().get()).isTrue();
        assertThat(editor.errorProperty("groups").get()).isEmpty();
        editor.save();
        PersonDraft stored = services.people().load(editor.id()).orElseThrow();
        assertThat(stored.groups()).containsExactly(groups.get(0).id());
        assertThat(stored.consents()).extracting(ConsentDraft::givenOn).containsExactly(LocalDate.now());
        assertThat(stored.consents()).extracting(ConsentDraft::scope)
                .containsExactly(ConsentScope.EQUALITY_MONITORING);
    }

    @Test
    void withdrawingTheConsentTakesItsMembershipsAlongOnSave() {
        editor.newPerson();
        editor.codeProperty().set("P-0102");
        editor.addConsent();
        editor.groups().addAll(Set.of(groups.get(0).id(), groups.get(1).id()));
        editor.save();

        editor.withdrawConsent(editor.consents().get(0));
        assertThat(editor.groups()).isEmpty();
        assertThat(editor.consents().get(0).withdrawnOn()).isEqualTo(LocalDate.now());
        assertThat(editor.consentValidTodayProperty().get()).isFalse();
        editor.save();
        PersonDraft stored = services.people().load(editor.id()).orElseThrow();
        assertThat(stored.groups()).isEmpty();
        assertThat(stored.consents().get(0).withdrawnOn()).isEqualTo(LocalDate.now());
    }

    @Test
    void resetPutsTheFormBackToWhatIsStored() {
        UUID id = services.people().save(new PersonDraft(null, 0, "P-0103", PersonRole.CITIZEN, null, false, "",
                false, null, List.of(), Set.of(), Map.of())).id();
        editor.open(id);
        editor.codeProperty().set("P-9999");
        editor.paidProperty().set(true);
        assertThat(editor.dirtyProperty().get()).isTrue();
        editor.reset();
        assertThat(editor.codeProperty().get()).isEqualTo("P-0103");
        assertThat(editor.paidProperty().get()).isFalse();
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void aTakenCodeIsNamedOnTheCodeField() {
        services.people().save(new PersonDraft(null, 0, "P-0104", PersonRole.CITIZEN, null, false, "", false, null,
                List.of(), Set.of(), Map.of()));
        editor.newPerson();
        editor.codeProperty().set("P-0104");
        editor.save();
        assertThat(editor.errorProperty("code").get()).startsWith("The code P-0104 is already used");
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(services.people().search(PersonQuery.all()).total()).isEqualTo(1);
    }

    @Test
    void aSaveOverSomeoneElsesChangeOffersToReload() {
        PersonDraft saved = services.people().save(new PersonDraft(null, 0, "P-0105", PersonRole.PATIENT, null,
                false, "", false, null, List.of(), Set.of(), Map.of()));
        editor.open(saved.id());
        services.people().save(new PersonDraft(saved.id(), saved.version(), "P-0105", PersonRole.RELATIVE, null,
                false, "", false, null, List.of(), Set.of(), Map.of()));
        editor.paidProperty().set(true);
        dialogs.confirmAnswer = true;
        editor.save();
        // reloaded: the other change is shown and the form is clean
        assertThat(editor.roleProperty().get()).isEqualTo(PersonRole.RELATIVE);
        assertThat(editor.paidProperty().get()).isFalse();
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(services.people().load(saved.id()).orElseThrow().paid()).isFalse();
        assertThat(dialogs.unexpected).isEmpty();
    }

    @Test
    void identifyingDetailsAreReadOnlyOnRequestAndClearedWhenHidden() {
        PersonDraft saved = services.people().save(new PersonDraft(null, 0, "P-0106", PersonRole.PATIENT, null,
                false, "", false, null, List.of(), Set.of(), Map.of()),
                new IdentityDraft("Anna Svensson", "anna@example.org", "", ""));
        editor.open(saved.id());
        assertThat(editor.identityShownProperty().get()).isFalse();
        assertThat(editor.fullNameProperty().get()).isEmpty();

        dialogs.confirmAnswer = false;
        editor.revealIdentity();
        assertThat(editor.identityShownProperty().get()).isFalse();
        assertThat(editor.fullNameProperty().get()).isEmpty();

        dialogs.confirmAnswer = true;
        editor.revealIdentity();
        assertThat(editor.identityShownProperty().get()).isTrue();
        assertThat(editor.fullNameProperty().get()).isEqualTo("Anna Svensson");
        assertThat(editor.dirtyProperty().get()).isFalse();

        editor.emailProperty().set("not an address");
        assertThat(editor.errorProperty("email").get()).startsWith("Enter an e-mail address");
        editor.emailProperty().set("anna.s@example.org");
        editor.save();
        assertThat(services.people().loadIdentity(saved.id()).email()).isEqualTo("anna.s@example.org");
        assertThat(editor.identityShownProperty().get()).isTrue();

        editor.hideIdentity();
        assertThat(editor.identityShownProperty().get()).isFalse();
        assertThat(editor.fullNameProperty().get()).isEmpty();
        assertThat(editor.emailProperty().get()).isEmpty();
        assertThat(editor.identity()).isNull();
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void unsavedWorkWithIdentifyingDetailsIsCarriedIntoANewEditorStillUnsaved() {
        PersonDraft saved = services.people().save(new PersonDraft(null, 0, "P-0108", PersonRole.PATIENT, null,
                false, "", false, null, List.of(), Set.of(), Map.of()),
                new IdentityDraft("Anna Svensson", "anna@example.org", "", ""));
        editor.open(saved.id());
        assertThat(editor.unsavedWork()).isEmpty();
        dialogs.confirmAnswer = true;
        editor.revealIdentity();
        editor.codeProperty().set("P-0109");
        editor.emailProperty().set("anna.s@example.org");
        var carried = editor.unsavedWork().orElseThrow();

        Localization swedish = new Localization(Locale.forLanguageTag("sv"));
        PersonEditorViewModel other = new PersonEditorViewModel(services.people(), services.trash(),
                services.privacy(), new CallingThreadTaskExecutor(dialogs.unexpected::add), dialogs, swedish);
        other.setGroupChoices(groups);
        other.resume(carried);
        assertThat(other.codeProperty().get()).isEqualTo("P-0109");
        assertThat(other.identityShownProperty().get()).isTrue();
        assertThat(other.emailProperty().get()).isEqualTo("anna.s@example.org");
        assertThat(other.fullNameProperty().get()).isEqualTo("Anna Svensson");
        assertThat(other.dirtyProperty().get()).isTrue();
        assertThat(other.headingProperty().get()).isEqualTo(swedish.text("person.heading", "P-0108"));

        other.save();
        assertThat(dialogs.unexpected).isEmpty();
        assertThat(other.dirtyProperty().get()).isFalse();
        assertThat(services.people().load(saved.id()).orElseThrow().code()).isEqualTo("P-0109");
        assertThat(services.people().loadIdentity(saved.id()).email()).isEqualTo("anna.s@example.org");
    }

    @Test
    void deleteMovesThePersonToTheTrash() {
        PersonDraft saved = services.people().save(new PersonDraft(null, 0, "P-0107", PersonRole.PATIENT, null,
                false, "", false, null, List.of(), Set.of(), Map.of()));
        editor.open(saved.id());
        editor.delete();
        assertThat(editor.editingProperty().get()).isFalse();
        assertThat(services.people().search(PersonQuery.all()).total()).isZero();
        assertThat(services.trash().list()).extracting(item -> item.label()).containsExactly("P-0107");
    }

    private UUID savedWithIdentity(String code) {
        editor.newPerson();
        editor.codeProperty().set(code);
        editor.addConsent();
        editor.groups().add(groups.get(0).id());
        editor.revealIdentity();
        editor.fullNameProperty().set("Maja Berg");
        editor.emailProperty().set("maja.berg@example.org");
        editor.save();
        return editor.id();
    }

    @Test
    void eraseNamesWhatGoesAndLeavesNothingOfThePerson() throws Exception {
        UUID id = savedWithIdentity("P-0110");
        dialogs.confirmations.clear();

        dialogs.confirmAnswer = false;
        editor.erase();
        assertThat(dialogs.confirmations).singleElement().asString()
                .startsWith("Erasing P-0110 removes for good the name and contact details, 1 consents, 1 group"
                        + " memberships, and every mention")
                .contains("0 participations, 0 team seats and 0 proposals stay only as anonymous counts")
                .contains("This cannot be undone.");
        assertThat(services.people().load(id)).isPresent();

        dialogs.confirmAnswer = true;
        editor.erase();
        assertThat(dialogs.notices).endsWith("The person was erased.");
        assertThat(editor.editingProperty().get()).isFalse();
        assertThat(register.rows()).extracting(row -> row.code()).singleElement().asString().startsWith("ERASED-");
        assertThat(services.people().loadIdentity(id).isEmpty()).isTrue();
        assertThat(services.people().load(id).orElseThrow().consents()).isEmpty();
        assertThat(dialogs.unexpected).isEmpty();
    }

    @Test
    void exportWritesEverythingHeldToAPrivateFile() throws Exception {
        savedWithIdentity("P-0111");
        Path file = store.resolve("P-0111-access.txt");
        dialogs.fileAnswer = file;
        editor.exportAccess();
        assertThat(dialogs.information).singleElement().asString()
                .startsWith("Everything held about P-0111 was written to " + file);
        assertThat(org.inclusio.persistence.FilePermissions.isPrivate(file)).isTrue();
        assertThat(java.nio.file.Files.readString(file)).contains("Code: P-0111").contains("Name: Maja Berg")
                .contains("E-mail: maja.berg@example.org");

        dialogs.fileAnswer = store.resolve("no-such-folder").resolve("x.txt");
        editor.exportAccess();
        assertThat(dialogs.errors).singleElement().asString().contains("could not be written");
    }

    @Test
    void retentionReviewSaysWhenNothingIsDue() {
        savedWithIdentity("P-0112");
        editor.reviewRetention();
        assertThat(dialogs.information).singleElement().asString()
                .startsWith("Names and contact details are kept for 5 years after a person's last activity.")
                .contains("nothing is due to be removed");
        assertThat(services.people().loadIdentity(editor.id()).fullName()).isEqualTo("Maja Berg");
    }
}
