package org.inclusio.logic.common;

import io.ebean.Database;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.inclusio.logic.store.Vocabulary;
import org.inclusio.logic.store.VocabularyTexts;

/** Pick lists of teams, organisations and the region's vocabularies, read with small queries. */
public final class ChoiceService {

    private final Database db;
    private final VocabularyTexts texts;

    /** Pick lists naming built-in vocabulary entries in the language of this computer's default locale. */
    public ChoiceService(Database db) {
        this(db, VocabularyTexts.ofDefaultLocale());
    }

    /** Pick lists naming built-in vocabulary entries with {@code texts}. */
    public ChoiceService(Database db, VocabularyTexts texts) {
        this.db = db;
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public List<Choice> teams() {
        return list("select id, name from process_team where deleted = false order by lower(name)");
    }

    public List<Choice> organisations() {
        return list("select id, name from organisation where deleted = false order by lower(name)");
    }

    /** Active disadvantaged groups, by name. */
    public List<Choice> groups() {
        return vocabulary(Vocabulary.GROUPS);
    }

    /** Active barriers, by name. */
    public List<Choice> barriers() {
        return vocabulary(Vocabulary.BARRIERS);
    }

    /** Active accommodations, by name. */
    public List<Choice> accommodations() {
        return vocabulary(Vocabulary.ACCOMMODATIONS);
    }

    private List<Choice> list(String sql) {
        return db.sqlQuery(sql)
                .mapTo((row, n) -> new Choice(row.getObject(1, UUID.class), row.getString(2)))
                .findList();
    }

    /** Built-in entries are named at display time, so the list is ordered here, by the names shown. */
    private List<Choice> vocabulary(Vocabulary<?> vocabulary) {
        return db.sqlQuery("select id, code, built_in, name from " + vocabulary.table() + " where active = true")
                .mapTo((row, n) -> new Choice(row.getObject(1, UUID.class),
                        texts.name(vocabulary, row.getString(2), row.getBoolean(3), row.getString(4))))
                .findList().stream()
                .sorted(Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
