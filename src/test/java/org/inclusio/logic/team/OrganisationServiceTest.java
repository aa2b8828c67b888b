package org.inclusio.logic.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.trash.TrashKind;
import org.inclusio.logic.trash.TrashService;
import org.inclusio.model.GovernanceModel;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Organisations saved, listed with their team counts, kept unique by name, and moved to the trash. */
class OrganisationServiceTest {

    @TempDir
    Path dir;

    private Store store;
    private OrganisationService organisations;
    private TeamService teams;
    private TrashService trash;

    @BeforeEach
    void open() {
        store = org.inclusio.testing.TestStores.open(dir);
        Localization l10n = new Localization(Locale.ENGLISH);
        organisations = new OrganisationService(store.database(), l10n);
        teams = new TeamService(store.database(), l10n);
        trash = new TrashService(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anOrganisationComesBackAsSavedAndCountsItsTeams() {
        OrganisationDraft saved = organisations.save(new OrganisationDraft(null, 0, " Coop Care ",
                GovernanceModel.DEMOCRATIC_MULTI_STAKEHOLDER, "Owned by its members"));
        organisations.save(new OrganisationDraft(null, 0, "Alpha Hospital", null, ""));
        teams.save(new TeamDraft(null, 0, "Asthma", saved.id(), "", "", List.of(), List.of(), List.of()));

        assertThat(organisations.load(saved.id())).contains(new OrganisationDraft(saved.id(), saved.version(),
                "Coop Care", GovernanceModel.DEMOCRATIC_MULTI_STAKEHOLDER, "Owned by its members"));
        assertThat(organisations.search("", true)).extracting(OrganisationRow::name, OrganisationRow::teams)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Alpha Hospital", 0L),
                        org.assertj.core.groups.Tuple.tuple("Coop Care", 1L));
        assertThat(organisations.search("coop", false)).extracting(OrganisationRow::governanceModel)
                .containsExactly(GovernanceModel.DEMOCRATIC_MULTI_STAKEHOLDER);
    }

    @Test
    void namesAreRequiredAndUniqueIgnoringCaseAlsoAgainstTheTrash() {
        OrganisationDraft first = organisations.save(new OrganisationDraft(null, 0, "North Region", null, ""));

        assertThat(organisations.check(new OrganisationDraft(null, 0, "  ", null, "")))
                .containsExactly(new FieldProblem("name", "Give the organisation a name."));
        assertThatThrownBy(() -> organisations.save(new OrganisationDraft(null, 0, "north region", null, "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("name", "Another organisation is already called \"north region\".")));
        assertThat(organisations.check(first)).isEmpty();

        trash.moveToTrash(TrashKind.ORGANISATION, first.id());
        assertThat(organisations.search("", true)).isEmpty();
        assertThat(organisations.load(first.id())).isEmpty();
        assertThat(organisations.check(new OrganisationDraft(null, 0, "North region", null, "")))
                .containsExactly(new FieldProblem("name", "An organisation called \"North region\" is in the trash."
                        + " Restore it from the trash in Settings, or choose another name."));
    }

    @Test
    void savingOverSomeoneElsesChangeIsRefused() {
        OrganisationDraft first = organisations.save(new OrganisationDraft(null, 0, "North", null, ""));
        organisations.save(new OrganisationDraft(first.id(), first.version(), "North A", null, ""));

        assertThatThrownBy(() -> organisations.save(
                new OrganisationDraft(first.id(), first.version(), "North B", null, "")))
                .isInstanceOf(EditConflictException.class);
        assertThat(organisations.load(first.id()).orElseThrow().name()).isEqualTo("North A");
    }
}
