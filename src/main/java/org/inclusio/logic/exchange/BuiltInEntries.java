package org.inclusio.logic.exchange;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.store.Vocabulary;
import org.inclusio.logic.store.VocabularyTexts;

/**
 * Built-in vocabulary entries in an import. They are identified by their code (their ids derive
 * from it); a name or description is theirs only when a region gave them one. A file written
 * before the store held codes alone carries the program's English texts for them: those are read
 * as no text at all, so they never differ from a store that shows the same entry in another
 * language. And when two stores gave a built-in entry different texts of their own, the store
 * keeps its own and takes the file's only where it has none: texts alone never make a conflict.
 */
final class BuiltInEntries {

    private static final String NAME = "name";
    private static final String DESCRIPTION = "description";

    private final VocabularyTexts texts;

    BuiltInEntries(Localization l10n) {
        this.texts = new VocabularyTexts(l10n);
    }

    /** Whether the record is a built-in vocabulary entry. */
    static boolean applies(ExchangeRecord record) {
        return record != null && record.kind().isVocabulary() && Boolean.TRUE.equals(record.value("builtIn"));
    }

    /** The record with only the texts a region gave it: the program's own texts become empty. */
    ExchangeRecord ownTextsOnly(ExchangeRecord record) {
        if (!applies(record)) {
            return record;
        }
        Optional<Vocabulary<?>> vocabulary = Vocabulary.ofTable(record.kind().table());
        if (vocabulary.isEmpty()) {
            return record;
        }
        String code = (String) record.value("code");
        String name = (String) record.value(NAME);
        String description = (String) record.value(DESCRIPTION);
        String ownName = blank(name) || texts.isDefaultName(vocabulary.get(), code, name) ? null : name;
        String ownDescription = blank(description) || texts.isDefaultDescription(vocabulary.get(), code, description)
                ? null : description;
        if (Objects.equals(ownName, name) && Objects.equals(ownDescription, description)) {
            return record;
        }
        return withTexts(record, ownName, ownDescription);
    }

    /** Whether the two records of one built-in entry hold the same data apart from name and description. */
    static boolean differOnlyInTexts(ExchangeRecord incoming, ExchangeRecord local) {
        return applies(incoming) && applies(local)
                && withTexts(incoming, null, null).sameContentAs(withTexts(local, null, null));
    }

    /** The file's record with the store's own texts wherever the store has one. */
    static ExchangeRecord keepingLocalTexts(ExchangeRecord incoming, ExchangeRecord local) {
        String name = (String) local.value(NAME);
        String description = (String) local.value(DESCRIPTION);
        return withTexts(incoming, name != null ? name : (String) incoming.value(NAME),
                description != null ? description : (String) incoming.value(DESCRIPTION));
    }

    private static ExchangeRecord withTexts(ExchangeRecord record, String name, String description) {
        Map<String, Object> values = new LinkedHashMap<>(record.values());
        values.put(NAME, name);
        values.put(DESCRIPTION, description);
        return new ExchangeRecord(record.kind(), record.id(), record.stamp(), record.whenCreated(), record.deleted(),
                values, record.links(), record.base());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
