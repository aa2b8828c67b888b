package org.inclusio.logic.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.FlagOrigin;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    private static final Localization ENGLISH = new Localization(Locale.ENGLISH);
    private static final Localization SWEDISH = new Localization(Locale.forLanguageTag("sv-SE"));
    private static final Localization JAPANESE = new Localization(Locale.JAPAN);

    @Test
    void everyKindOfArgumentSurvivesTheStoredFormUnchanged() {
        Explanation explanation = new Explanation("analysis.rule.REPEATED_ABSENCE.explanation", List.of(
                new Explanation.Whole(3), new Explanation.Decimal(0.125), new Explanation.Day(LocalDate.of(2025, 3, 1)),
                new Explanation.Text("palliativ vård, \"tyst\" ämne \\ 緩和ケア"), new Explanation.Withheld(),
                new Explanation.Below(5), new Explanation.Entry("group", "YOUNG_PEOPLE", true, null),
                new Explanation.Entries(List.of(new Explanation.Entry("barrier", "TRANSPORT", true, null),
                        new Explanation.Entry("barrier", "REGION_NIGHTS", false, "Night shifts"))),
                new Explanation.Decimal(Double.NaN)));

        String stored = explanation.argumentsJson();

        assertThat(Explanation.stored(explanation.key(), stored)).contains(explanation);
        assertThat(Explanation.stored(explanation.key(), stored).orElseThrow().argumentsJson()).isEqualTo(stored);
    }

    @Test
    void builtInEntriesAndWithheldFiguresAreWordedInTheReadersLanguage() {
        Explanation explanation = Explanation.of("analysis.rule.REPEATED_ABSENCE.explanation", new Explanation.Below(5), 2,
                new Explanation.Entries(List.of(new Explanation.Entry("barrier", "TRANSPORT", true, null),
                        new Explanation.Entry("barrier", "LANGUAGE", true, null),
                        new Explanation.Entry("barrier", "REGION_NIGHTS", false, "Night shifts"))));

        assertThat(explanation.render(ENGLISH)).isEqualTo("<5 lay person(s) were invited to at least 2 activities of"
                + " the team and stayed away each time because of the same barrier (Language, Night shifts, Transport),"
                + " with no accommodation offered.");
        assertThat(explanation.render(SWEDISH)).startsWith("<5 patient(er) eller invånare bjöds in till minst 2")
                .contains("(Night shifts, Resor, Språk)");
        assertThat(explanation.render(JAPANESE)).startsWith("一般の参加者 <5 人").contains("Night shifts");
        assertThat(Explanation.of("analysis.rule.LOW_HEARD_RATING.explanation", new Explanation.Withheld(),
                new Explanation.Below(5), 3.0).render(SWEDISH)).contains(SWEDISH.text("analysis.withheld"));
    }

    @Test
    void longTextsAreShortenedToFitTheColumnAndFiguresStayWhole() {
        Explanation explanation = Explanation.of("analysis.rule.TOPICS_AVOIDED.explanation", "å".repeat(5000), 12);

        Explanation fitted = explanation.fitted(4000);

        assertThat(fitted.argumentsJson().length()).isLessThanOrEqualTo(4000);
        assertThat(((Explanation.Text) fitted.arguments().get(0)).value()).startsWith("ååå").endsWith("\u2026");
        assertThat(fitted.arguments().get(1)).isEqualTo(new Explanation.Whole(12));
        assertThat(Explanation.of("analysis.rule.TOPICS_AVOIDED.explanation", "short").fitted(4000).arguments())
                .containsExactly(new Explanation.Text("short"));
    }

    @Test
    void unreadableOrMissingEvidenceShowsANoteInsteadOfFailing() {
        FlagTexts english = new FlagTexts(ENGLISH);
        String pending = ENGLISH.text("analysis.flag.evidencePending");

        assertThat(Explanation.stored("analysis.rule.TOKENISM.explanation", "{not json")).isEmpty();
        assertThat(Explanation.stored("analysis.rule.TOKENISM.explanation", "[{\"type\":\"unknown\"}]")).isEmpty();
        assertThat(english.evidence(FlagOrigin.AUTOMATIC, "analysis.rule.TOKENISM.explanation", "{not json", null))
                .isEqualTo(pending);
        assertThat(english.evidence(FlagOrigin.AUTOMATIC, "analysis.rule.GONE.explanation", "[]", null))
                .isEqualTo(pending);
        assertThat(english.evidence(FlagOrigin.AUTOMATIC, null, null, null)).isEqualTo(pending);
        assertThat(english.evidence(FlagOrigin.MANUAL, null, null, "Seen twice.")).isEqualTo("Seen twice.");
        assertThat(english.statusReason(null, "Discussed.")).isEqualTo("Discussed.");
        assertThat(new FlagTexts(JAPANESE).evidence(FlagOrigin.AUTOMATIC, null, null, null))
                .isEqualTo(JAPANESE.text("analysis.flag.evidencePending")).isNotEqualTo(pending);
    }
}
