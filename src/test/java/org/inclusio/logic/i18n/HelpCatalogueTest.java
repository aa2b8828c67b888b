package org.inclusio.logic.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.inclusio.model.Mode;
import org.inclusio.model.TermTypes;
import org.junit.jupiter.api.Test;

/** The help lists every concept and every term with real texts, and search finds them. */
class HelpCatalogueTest {

    private final HelpCatalogue catalogue = new HelpCatalogue(new Localization(Locale.ENGLISH));

    @Test
    void everyTopicHasASectionATitleAndAText() {
        long terms = TermTypes.ALL.stream().mapToLong(type -> type.getEnumConstants().length).sum();
        assertThat(catalogue.topics()).hasSize((int) terms + HelpCatalogue.CONCEPTS.size());
        assertThat(catalogue.topics()).allSatisfy(topic -> {
            assertThat(topic.section()).doesNotContain("!").isNotBlank();
            assertThat(topic.title()).doesNotContain("!").isNotBlank();
            assertThat(topic.text()).doesNotContain("!" + topic.key()).isNotBlank();
        });
    }

    @Test
    void termsAndConceptsAreFoundByTheirKeyAndBySearch() {
        assertThat(catalogue.find(HelpCatalogue.keyOf(Mode.CO_DESIGN))).hasValueSatisfying(topic -> {
            assertThat(topic.title()).isEqualTo("Co-design");
            assertThat(topic.section()).isEqualTo("Modes of coproduction");
        });
        assertThat(catalogue.topics().stream().filter(topic -> topic.matches("TOKENISM")))
                .extracting(HelpTopic::key).contains("concept.tokenism");
        assertThat(catalogue.topics().stream().filter(topic -> topic.matches("no such word at all"))).isEmpty();
    }
}
