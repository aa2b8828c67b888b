package org.inclusio.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.logic.exchange.ExchangeStores.NO_TASK;
import static org.inclusio.logic.exchange.ExchangeStores.everything;
import static org.inclusio.logic.exchange.ExchangeStores.write;

import java.nio.file.Path;
import java.util.Locale;
import org.inclusio.app.AppServices;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.store.Vocabulary;
import org.inclusio.logic.store.VocabularyService;
import org.inclusio.model.Barrier;
import org.inclusio.model.BuiltInBarrier;
import org.inclusio.model.Term;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Built-in vocabulary entries travel by code: two fresh stores, in different languages, exchange a
 * whole store without a single conflict, and files written when stores held the English texts of
 * built-in entries still import without conflicts. The second language is the tests' pseudo-locale
 * (en-XA).
 */
class BuiltInVocabularyExchangeTest {

    private static final Localization PSEUDO = new Localization(Locale.forLanguageTag("en-XA"));
    private static final int BUILT_INS = 10 + 8 + 10;

    @TempDir
    static Path dir;

    private static String exampleExport;

    @BeforeAll
    static void exportExampleRegion() throws Exception {
        try (AppServices source = ExchangeStores.open(dir.resolve("source"))) {
            source.exampleRegion().load(null);
            exampleExport = everything(source);
        }
    }

    @Test
    void aWholeStoreMovesIntoAFreshStoreInAnotherLanguageWithoutConflicts() throws Exception {
        Path file = write(dir, "whole.json", exampleExport);
        try (AppServices source = ExchangeStores.open(dir.resolve("source"));
             AppServices target = TestStores.services(dir.resolve("fresh"), PSEUDO)) {
            ImportSummary summary = importInto(target, file);

            assertThat(summary.total().conflicts()).isZero();
            assertThat(summary.total().keptLocal()).isZero();
            assertThat(builtIns(summary, ImportSummary.Counts::unchanged)).isEqualTo(BUILT_INS);
            assertThat(target.storeInfo().counts()).isEqualTo(source.storeInfo().counts());
            assertThat(summary.of(RecordKind.ACTIVITY).added()).isEqualTo((int) source.storeInfo().counts().activities());
            assertThat(summary.of(RecordKind.PERSON).added()).isEqualTo((int) source.storeInfo().counts().people());
            assertThat(everything(target)).isEqualTo(exampleExport);
            // the same entries, each named in its store's language
            assertThat(target.choices().barriers()).extracting(choice -> choice.label()).contains("[Låñgûågé]");
            assertThat(source.choices().barriers()).extracting(choice -> choice.label()).contains("Language");
        }
    }

    @Test
    void aFileHoldingTheEnglishTextsOfBuiltInEntriesImportsWithoutConflicts() throws Exception {
        String oldFile;
        try (AppServices old = ExchangeStores.open(dir.resolve("old"))) {
            // as stores kept built-in entries up to schema 1.3: with the program's English texts
            Localization english = new Localization(Locale.ROOT);
            for (Vocabulary<?> vocabulary : Vocabulary.all()) {
                for (Term term : vocabulary.builtIns()) {
                    old.store().database().sqlUpdate("update " + vocabulary.table()
                                    + " set name = :name, description = :description where code = :code")
                            .setParameter("name", english.label(term)).setParameter("description", english.help(term))
                            .setParameter("code", term.name()).execute();
                }
            }
            oldFile = everything(old);
        }
        assertThat(oldFile).contains("\"name\" : \"Physical or sensory access\"");
        Path file = write(dir, "old.json", oldFile);
        try (AppServices target = TestStores.services(dir.resolve("freshForOld"), PSEUDO)) {
            ImportSummary summary = importInto(target, file);

            assertThat(summary.total().conflicts()).isZero();
            assertThat(builtIns(summary, ImportSummary.Counts::unchanged)).isEqualTo(BUILT_INS);
            assertThat(target.store().database().sqlQuery("select count(*) as n from barrier"
                    + " where name is not null or description is not null").findOne().getLong("n")).isZero();
        }
    }

    @Test
    void aNameARegionGaveABuiltInEntryTravelsButNeverOverwritesTheStoresOwn() throws Exception {
        Path renamedFile;
        try (AppServices office = ExchangeStores.open(dir.resolve("office"))) {
            VocabularyService vocabulary = office.vocabulary();
            vocabulary.rename(vocabulary.findByCode(Vocabulary.BARRIERS, "LANGUAGE").orElseThrow(),
                    "Language of the meeting");
            vocabulary.rename(vocabulary.findByCode(Vocabulary.BARRIERS, "TIME").orElseThrow(), "Office hours");
            renamedFile = write(dir, "renamed.json", everything(office));
        }
        try (AppServices laptop = TestStores.services(dir.resolve("laptop"), PSEUDO)) {
            VocabularyService vocabulary = laptop.vocabulary();
            vocabulary.rename(vocabulary.findByCode(Vocabulary.BARRIERS, "TIME").orElseThrow(), "Evening meetings");

            ImportSummary summary = importInto(laptop, renamedFile);

            assertThat(summary.total().conflicts()).isZero();
            assertThat(summary.of(RecordKind.BARRIER).updated()).isEqualTo(1);
            assertThat(summary.of(RecordKind.BARRIER).keptLocal()).isEqualTo(1);
            Barrier language = vocabulary.findByCode(Vocabulary.BARRIERS, "LANGUAGE").orElseThrow();
            assertThat(vocabulary.texts().name(language)).isEqualTo("Language of the meeting");
            Barrier time = vocabulary.findByCode(Vocabulary.BARRIERS, "TIME").orElseThrow();
            assertThat(vocabulary.texts().name(time)).isEqualTo("Evening meetings");
            Barrier transport = vocabulary.findByCode(Vocabulary.BARRIERS, "TRANSPORT").orElseThrow();
            assertThat(vocabulary.texts().name(transport)).isEqualTo(PSEUDO.label(BuiltInBarrier.TRANSPORT));
        }
    }

    private static ImportSummary importInto(AppServices store, Path file) throws Exception {
        return new InterchangeImporter(store.store().database(), store.localization())
                .importFile(file, ImportOptions.apply(), NO_TASK);
    }

    private static int builtIns(ImportSummary summary, java.util.function.ToIntFunction<ImportSummary.Counts> count) {
        return count.applyAsInt(summary.of(RecordKind.DISADVANTAGED_GROUP)) + count.applyAsInt(summary.of(RecordKind.BARRIER))
                + count.applyAsInt(summary.of(RecordKind.ACCOMMODATION));
    }
}
