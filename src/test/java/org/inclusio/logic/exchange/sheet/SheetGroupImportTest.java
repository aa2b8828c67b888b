package org.inclusio.logic.exchange.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.logic.exchange.sheet.SheetFiles.L10N;
import static org.inclusio.logic.exchange.sheet.SheetFiles.NO_TASK;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.prefs.Preferences;
import org.inclusio.app.AppServices;
import org.inclusio.model.Consent;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.GroupMembership;
import org.inclusio.model.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetGroupImportTest {

    @TempDir
    Path dir;

    private AppServices services;
    private Database db;
    private Preferences prefs;
    private SheetImportService importer;
    private final SheetReader reader = new SheetReader(L10N);

    @BeforeEach
    void open() {
        services = org.inclusio.testing.TestStores.services(dir.resolve("store"), L10N);
        db = services.store().database();
        prefs = SheetFiles.scratchPreferences();
        importer = new SheetImportService(db, L10N, services.activities(), services.people(), new MappingMemory(prefs));
    }

    @AfterEach
    void close() throws Exception {
        SheetFiles.forget(prefs);
        services.close();
    }

    @Test
    void groupsInTheRegionsWordsAreImportedUnderTheConsentOfTheirRow() throws Exception {
        SheetTable table = reader.readAll(SheetFiles.csv(dir, "people.csv", """
                Code,Role,Groups,Consent date
                P-1,patient,"Arabic speaker; wheelchair user",2025-01-10
                P-2,patient,Psychiatric care | arabic speaker,14/02/2025
                P-3,patient,,
                """, false));
        SheetMapping mapping = importer.suggest(table, SheetKind.PEOPLE);
        assertThat(mapping.column(TargetField.GROUPS)).contains("Groups");
        assertThat(mapping.column(TargetField.CONSENT_DATE)).contains("Consent date");
        assertThat(importer.distinctValues(table, mapping, TargetField.GROUPS))
                .containsExactly("Arabic speaker", "wheelchair user", "Psychiatric care");
        assertThat(mapping.value(TargetField.GROUPS, "wheelchair user")).contains(id("PHYSICAL_DISABILITY"));
        assertThat(mapping.value(TargetField.GROUPS, "Psychiatric care")).contains(id("PSYCHIATRIC_CONDITION"));

        assertThat(importer.check(table, mapping, NO_TASK).problems()).isEmpty();
        SheetCheck done = importer.importRows(table, mapping, NO_TASK);
        assertThat(done.problems()).isEmpty();
        assertThat(done.imported()).isEqualTo(3);

        assertThat(groupsOf("P-1")).containsExactlyInAnyOrder("NON_NATIVE_SPEAKERS", "PHYSICAL_DISABILITY");
        assertThat(groupsOf("P-2")).containsExactlyInAnyOrder("NON_NATIVE_SPEAKERS", "PSYCHIATRIC_CONDITION");
        assertThat(groupsOf("P-3")).isEmpty();
        Consent first = consentOf("P-1");
        assertThat(first.getGivenOn()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(first.getScope()).isEqualTo(ConsentScope.EQUALITY_MONITORING);
        assertThat(first.getWithdrawnOn()).isNull();
        assertThat(consentOf("P-2").getGivenOn()).isEqualTo(LocalDate.of(2025, 2, 14));
        assertThat(db.find(Consent.class).where().eq("person.code", "P-3").findCount()).isZero();
        assertThat(db.find(GroupMembership.class).where().eq("person.code", "P-1").findList())
                .allSatisfy(membership -> assertThat(membership.getConsent().getId()).isEqualTo(first.getId()));
    }

    @Test
    void groupsWithoutAConsentDateAreReportedByRowAndColumnAndNothingIsWritten() throws Exception {
        SheetTable table = reader.readAll(SheetFiles.csv(dir, "people.csv", """
                Code,Role,Groups,Consent date
                P-1,patient,arabic speaker,2025-01-10
                P-2,patient,wheelchair user,
                P-3,patient,,
                """, false));
        SheetMapping mapping = importer.suggest(table, SheetKind.PEOPLE);
        List<RowProblem> expected = List.of(new RowProblem(3, "Groups", "groups need the date consent was given."));
        assertThat(importer.check(table, mapping, NO_TASK).problems()).isEqualTo(expected);
        SheetCheck refused = importer.importRows(table, mapping, NO_TASK);
        assertThat(refused.problems()).isEqualTo(expected);
        assertThat(refused.imported()).isZero();
        assertThat(db.find(Person.class).findCount()).isZero();
        assertThat(db.find(Consent.class).findCount()).isZero();
        assertThat(db.find(GroupMembership.class).findCount()).isZero();
    }

    @Test
    void aGroupWordMappedToNoGroupIsReportedByRowAndColumn() throws Exception {
        SheetTable table = reader.readAll(SheetFiles.csv(dir, "people.csv", """
                Code,Role,Identifies as,Consent
                P-1,patient,Arabic speaker,2025-01-10
                P-2,patient,Arabic speaker;left-handed,2025-01-10
                """, false));
        SheetMapping mapping = importer.suggest(table, SheetKind.PEOPLE);
        assertThat(mapping.column(TargetField.GROUPS)).contains("Identifies as");
        assertThat(mapping.value(TargetField.GROUPS, "left-handed")).isEmpty();
        SheetCheck refused = importer.importRows(table, mapping, NO_TASK);
        assertThat(refused.problems()).containsExactly(
                new RowProblem(3, "Identifies as", "\"left-handed\" is not mapped to a value of this field."));
        assertThat(db.find(Person.class).findCount()).isZero();
    }

    @Test
    void aGroupWordMappedToAGroupTakenOutOfUseIsReported() throws Exception {
        SheetTable table = reader.readAll(SheetFiles.csv(dir, "people.csv", """
                Code,Role,Groups,Consent date
                P-1,patient,on benefits,2025-01-10
                """, false));
        SheetMapping mapping = importer.suggest(table, SheetKind.PEOPLE)
                .withValue(TargetField.GROUPS, "on benefits", id("LOW_INCOME"));
        assertThat(importer.check(table, mapping, NO_TASK).problems()).isEmpty();
        DisadvantagedGroup lowIncome = db.find(DisadvantagedGroup.class).where().eq("code", "LOW_INCOME").findOne();
        lowIncome.setActive(false);
        db.save(lowIncome);
        assertThat(importer.importRows(table, mapping, NO_TASK).problems()).containsExactly(
                new RowProblem(2, "Groups", "\"on benefits\" is not mapped to a value of this field."));
        assertThat(db.find(Person.class).findCount()).isZero();
    }

    @Test
    void suggestionsComeFromTheActiveGroupsAndChosenMappingsAreRemembered() throws Exception {
        DisadvantagedGroup lowIncome = db.find(DisadvantagedGroup.class).where().eq("code", "LOW_INCOME").findOne();
        lowIncome.setActive(false);
        db.save(lowIncome);
        List<ValueOption> options = importer.options(TargetField.GROUPS);
        assertThat(options).extracting(ValueOption::term).contains("NON_NATIVE_SPEAKERS")
                .doesNotContain("LOW_INCOME");
        assertThat(options).extracting(ValueOption::code).contains(id("NON_NATIVE_SPEAKERS"));

        MappingSuggester suggester = new MappingSuggester(L10N);
        assertThat(suggester.suggestValue("Arabic speaker", options)).map(ValueOption::term)
                .contains("NON_NATIVE_SPEAKERS");
        assertThat(suggester.suggestValue("needs interpreter", options)).map(ValueOption::term)
                .contains("NON_NATIVE_SPEAKERS");
        assertThat(suggester.suggestValue("non_native_speakers", options)).map(ValueOption::term)
                .contains("NON_NATIVE_SPEAKERS");
        assertThat(suggester.suggestValue("mental health", options)).map(ValueOption::term)
                .contains("PSYCHIATRIC_CONDITION");
        assertThat(suggester.suggestValue("on benefits", options)).isEmpty();

        SheetTable table = reader.readAll(SheetFiles.csv(dir, "people.csv", """
                Code,Role,Groups,Consent date
                P-1,patient,Kurdish,2025-01-10
                """, false));
        SheetMapping suggested = importer.suggest(table, SheetKind.PEOPLE);
        assertThat(suggested.value(TargetField.GROUPS, "Kurdish")).isEmpty();
        SheetMapping chosen = suggested.withValue(TargetField.GROUPS, "Kurdish", id("NON_NATIVE_SPEAKERS"));
        importer.remember(chosen, table.headers());
        SheetImportService next = new SheetImportService(db, L10N, services.activities(), services.people(),
                new MappingMemory(prefs));
        assertThat(next.suggest(table, SheetKind.PEOPLE).value(TargetField.GROUPS, "kurdish"))
                .contains(id("NON_NATIVE_SPEAKERS"));
        assertThat(next.importRows(table, next.suggest(table, SheetKind.PEOPLE), NO_TASK).imported()).isEqualTo(1);
        assertThat(groupsOf("P-1")).containsExactly("NON_NATIVE_SPEAKERS");
        assertThat(consentOf("P-1").getGivenOn()).isEqualTo(LocalDate.of(2025, 1, 10));
    }

    private String id(String code) {
        return db.find(DisadvantagedGroup.class).where().eq("code", code).findOne().getId().toString();
    }

    private List<String> groupsOf(String person) {
        return db.find(GroupMembership.class).fetch("group").where().eq("person.code", person).findList().stream()
                .map(membership -> membership.getGroup().getCode()).toList();
    }

    private Consent consentOf(String person) {
        return db.find(Consent.class).where().eq("person.code", person).findOne();
    }
}
