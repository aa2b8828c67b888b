package org.inclusio.logic.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisFixture;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.rules.builtin.BuiltInRules;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.Activity;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.ExpectedRole;
import org.inclusio.model.FlagOrigin;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Organisation;
import org.inclusio.model.Person;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.Severity;
import org.inclusio.model.TeamMembership;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExclusionDetectorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;

    private Store store;
    private Database db;
    private AnalysisFixture data;
    private ExclusionDetector detector;
    private FlagReview review;

    @BeforeEach
    void open() {
        store = org.inclusio.testing.TestStores.open(dir);
        db = store.database();
        data = new AnalysisFixture(db);
        detector = new ExclusionDetector(db, BuiltInRules.all(), new RuleParameterStore(db),
                new Localization(Locale.ENGLISH), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                new Suppression(1));
        review = new FlagReview(db);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static final Localization ENGLISH = new Localization(Locale.ENGLISH);
    private static final Localization SWEDISH = new Localization(Locale.forLanguageTag("sv-SE"));
    private static final Localization JAPANESE = new Localization(Locale.JAPAN);

    /** What a reader in this language sees as the flag's observation. */
    private static String observation(ExclusionFlag flag, Localization l10n) {
        return new FlagTexts(l10n).observation(flag.getOrigin(), flag.getRuleCode(), flag.getObservation());
    }

    /** What a reader in this language sees as the flag's evidence. */
    private static String evidence(ExclusionFlag flag, Localization l10n) {
        return new FlagTexts(l10n).evidence(flag.getOrigin(), flag.getEvidenceKey(), flag.getEvidenceArguments(),
                flag.getEvidence());
    }

    /** A built-in group as the program stores it: by its code, without a name of its own. */
    private DisadvantagedGroup builtInGroup(String code) {
        DisadvantagedGroup group = data.group(code);
        group.setName(null);
        db.save(group);
        return group;
    }

    private ExclusionDetector detectorIn(Localization l10n) {
        return new ExclusionDetector(db, BuiltInRules.all(), new RuleParameterStore(db), l10n,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), new Suppression(1));
    }

    private List<ExclusionFlag> flags() {
        return db.find(ExclusionFlag.class).orderBy("whenCreated").findList();
    }

    /** A team with one lay member and one professional: tokenism and nothing else. */
    private ProcessTeam tokenTeam() {
        ProcessTeam team = data.team("Diabetes", null);
        data.seat(team, data.lay());
        data.seat(team, data.professional());
        return team;
    }

    @Test
    void noDataRaisesNothing() {
        DetectionReport report = detector.detect(AnalysisFilter.all());

        assertThat(report).isEqualTo(new DetectionReport(List.of(), 0, 0, 0, 0, 0));
        assertThat(flags()).isEmpty();
    }

    @Test
    void newFindingRaisesAnOpenAutomaticFlag() {
        ProcessTeam team = tokenTeam();

        DetectionReport report = detector.detect(AnalysisFilter.all());

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.findings()).extracting(Finding::ruleCode).containsExactly("TOKENISM");
        assertThat(flags()).singleElement().satisfies(flag -> {
            assertThat(flag.getOrigin()).isEqualTo(FlagOrigin.AUTOMATIC);
            assertThat(flag.getRuleCode()).isEqualTo("TOKENISM");
            assertThat(flag.getStatus()).isEqualTo(FlagStatus.OPEN);
            assertThat(flag.getKind()).isEqualTo(ExclusionKind.EXTERNAL);
            assertThat(flag.getSeverity()).isEqualTo(Severity.HIGH);
            assertThat(flag.getTeam().getId()).isEqualTo(team.getId());
            assertThat(flag.getActivity()).isNull();
            assertThat(flag.getGroup()).isNull();
            // codes are stored, never words
            assertThat(flag.getObservation()).isEqualTo("TOKENISM");
            assertThat(flag.getEvidence()).isNull();
            assertThat(flag.getEvidenceKey()).isEqualTo("analysis.rule.TOKENISM.explanation");
            assertThat(flag.getEvidenceArguments()).doesNotContain("The team");
            assertThat(observation(flag, ENGLISH)).isEqualTo("Tokenism");
            assertThat(evidence(flag, ENGLISH)).isEqualTo("The team has 1 lay member(s) and 1 professional(s); at least 2"
                    + " lay members and 0.2 lay members per professional are expected.");
            assertThat(flag.getObservedOn()).isEqualTo(TODAY);
        });
    }

    @Test
    void rerunningOnUnchangedDataChangesNothing() {
        tokenTeam();
        detector.detect(AnalysisFilter.all());
        ExclusionFlag before = flags().get(0);

        DetectionReport again = detector.detect(AnalysisFilter.all());

        assertThat(again.created() + again.reopened() + again.updated() + again.resolved()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(flags()).singleElement().satisfies(flag -> {
            assertThat(flag.getId()).isEqualTo(before.getId());
            assertThat(flag.getVersion()).isEqualTo(before.getVersion());
        });
    }

    @Test
    void rerunningWithFindingsOfSeveralRulesIsIdempotent() {
        ProcessTeam team = tokenTeam();
        DisadvantagedGroup young = data.group("YOUNG_PEOPLE");
        data.reference(team, young, 0.15, 2024);
        Activity dayLong = data.activity(team, LocalDate.of(2025, 4, 1), Mode.CO_DESIGN, Level.GROUP, 240);
        dayLong.setTopicsAvoided("palliative care");
        dayLong.setExpectedRole(ExpectedRole.COMMENT);
        db.save(dayLong);
        data.attended(dayLong, data.lay());

        DetectionReport first = detector.detect(AnalysisFilter.all());
        assertThat(first.findings()).extracting(Finding::ruleCode).containsExactlyInAnyOrder("ABSENT_GROUP",
                "TOKENISM", "LONG_UNPAID_MEETING", "TOPICS_AVOIDED", "COMMENT_ONLY");
        assertThat(first.created()).isEqualTo(5);
        List<Long> versions = flags().stream().map(ExclusionFlag::getVersion).toList();

        DetectionReport second = detector.detect(AnalysisFilter.all());

        assertThat(second).isEqualTo(new DetectionReport(second.findings(), 0, 0, 0, 0, 5));
        assertThat(flags()).hasSize(5).extracting(ExclusionFlag::getVersion).containsExactlyElementsOf(versions);
    }

    @Test
    void findingThatNoLongerHoldsIsResolvedAndReopenedWhenItHoldsAgain() {
        ProcessTeam team = tokenTeam();
        detector.detect(AnalysisFilter.all());
        TeamMembership second = data.seat(team, data.lay());

        DetectionReport resolved = detector.detect(AnalysisFilter.all());

        assertThat(resolved.resolved()).isEqualTo(1);
        assertThat(flags()).singleElement().satisfies(flag -> {
            assertThat(flag.getStatus()).isEqualTo(FlagStatus.RESOLVED);
            assertThat(flag.getStatusReason()).isNull();
            assertThat(flag.getStatusReasonCode()).isEqualTo(FlagTexts.NO_LONGER_HOLDS);
            assertThat(new FlagTexts(ENGLISH).statusReason(flag.getStatusReasonCode(), flag.getStatusReason()))
                    .isEqualTo("The rule no longer finds this in the latest run.");
            assertThat(new FlagTexts(SWEDISH).statusReason(flag.getStatusReasonCode(), flag.getStatusReason()))
                    .isEqualTo("Regeln hittar inte längre detta i den senaste körningen.");
        });

        second.setLeftOn(TODAY.minusDays(1));
        db.save(second);
        DetectionReport reopened = detector.detect(AnalysisFilter.all());

        assertThat(reopened.reopened()).isEqualTo(1);
        assertThat(reopened.created()).isZero();
        assertThat(flags()).singleElement().satisfies(flag -> {
            assertThat(flag.getStatus()).isEqualTo(FlagStatus.OPEN);
            assertThat(flag.getStatusReason()).isNull();
            assertThat(flag.getStatusReasonCode()).isNull();
        });
    }

    @Test
    void changedFiguresUpdateTheEvidence() {
        ProcessTeam team = tokenTeam();
        detector.detect(AnalysisFilter.all());
        data.seat(team, data.professional());

        DetectionReport report = detector.detect(AnalysisFilter.all());

        assertThat(report.updated()).isEqualTo(1);
        assertThat(flags()).singleElement().satisfies(flag -> assertThat(evidence(flag, ENGLISH))
                .startsWith("The team has 1 lay member(s) and 2 professional(s);"));
    }

    @Test
    void dismissedFlagIsNeitherReRaisedNorResolved() {
        ProcessTeam team = tokenTeam();
        detector.detect(AnalysisFilter.all());
        ExclusionFlag flag = flags().get(0);

        review.dismiss(flag.getId(), "A second patient joins next month.");
        DetectionReport stillHolds = detector.detect(AnalysisFilter.all());

        assertThat(stillHolds.created()).isZero();
        assertThat(stillHolds.unchanged()).isEqualTo(1);
        assertThat(flags()).singleElement().satisfies(f -> {
            assertThat(f.getStatus()).isEqualTo(FlagStatus.DISMISSED);
            assertThat(f.getStatusReason()).isEqualTo("A second patient joins next month.");
        });

        data.seat(team, data.lay());
        DetectionReport noLongerHolds = detector.detect(AnalysisFilter.all());

        assertThat(noLongerHolds.resolved()).isZero();
        assertThat(flags()).singleElement().satisfies(f -> assertThat(f.getStatus()).isEqualTo(FlagStatus.DISMISSED));
    }

    @Test
    void acknowledgedFlagStaysAcknowledged() {
        ProcessTeam team = tokenTeam();
        detector.detect(AnalysisFilter.all());
        review.acknowledge(flags().get(0).getId(), "  We are recruiting.  ");
        data.seat(team, data.lay());

        detector.detect(AnalysisFilter.all());

        assertThat(flags()).singleElement().satisfies(f -> {
            assertThat(f.getStatus()).isEqualTo(FlagStatus.ACKNOWLEDGED);
            assertThat(f.getStatusReason()).isEqualTo("We are recruiting.");
        });
    }

    @Test
    void manualFlagsAreNeverTouchedNorReviewedHere() {
        ProcessTeam team = data.team("COPD", null);
        data.seat(team, data.lay());
        data.seat(team, data.lay());
        ExclusionFlag manual = new ExclusionFlag();
        manual.setTeam(team);
        manual.setKind(ExclusionKind.EXTERNAL);
        manual.setObservation("Only association members are invited.");
        manual.setRuleCode("TOKENISM");
        db.save(manual);

        DetectionReport report = detector.detect(AnalysisFilter.all());

        assertThat(report.resolved()).isZero();
        ExclusionFlag after = db.find(ExclusionFlag.class, manual.getId());
        assertThat(after.getStatus()).isEqualTo(FlagStatus.OPEN);
        assertThat(after.getVersion()).isEqualTo(manual.getVersion());
        assertThatThrownBy(() -> review.dismiss(manual.getId(), "not ours"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dismissingNeedsAReason() {
        tokenTeam();
        detector.detect(AnalysisFilter.all());
        ExclusionFlag flag = flags().get(0);

        assertThatThrownBy(() -> review.dismiss(flag.getId(), "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(db.find(ExclusionFlag.class, flag.getId()).getStatus()).isEqualTo(FlagStatus.OPEN);
    }

    @Test
    void runLimitedToOneTeamLeavesOtherTeamsFlagsAlone() {
        ProcessTeam first = tokenTeam();
        ProcessTeam second = data.team("COPD", null);
        data.seat(second, data.lay());
        detector.detect(AnalysisFilter.all());
        assertThat(flags()).hasSize(2);
        data.seat(second, data.lay());

        DetectionReport onlyFirst = detector.detect(AnalysisFilter.all().withTeam(first.getId()));

        assertThat(onlyFirst.resolved()).isZero();
        assertThat(onlyFirst.unchanged()).isEqualTo(1);
        assertThat(flags()).allSatisfy(f -> assertThat(f.getStatus()).isEqualTo(FlagStatus.OPEN));

        DetectionReport onlySecond = detector.detect(AnalysisFilter.all().withTeam(second.getId()));
        assertThat(onlySecond.resolved()).isEqualTo(1);
    }

    @Test
    void runLimitedToOneGroupOrOrganisationLeavesOtherFlagsAlone() {
        Organisation north = data.organisation("North");
        Organisation south = data.organisation("South");
        ProcessTeam northTeam = data.team("North diabetes", north);
        ProcessTeam southTeam = data.team("South diabetes", south);
        DisadvantagedGroup young = data.group("YOUNG_PEOPLE");
        DisadvantagedGroup older = data.group("OLDER_PEOPLE");
        for (ProcessTeam team : List.of(northTeam, southTeam)) {
            data.seat(team, data.lay());
            data.seat(team, data.lay());
            data.reference(team, young, 0.2, 2024);
            data.reference(team, older, 0.3, 2024);
        }
        // Keep the likeness rule out of this: it would judge the same two-member teams.
        RuleDescriptor likeness = detector.rules().stream()
                .filter(r -> r.code().equals("UNLIKE_POPULATION")).findFirst().orElseThrow();
        new RuleParameterStore(db).set(likeness, "minLayMembers", "10");
        assertThat(detector.detect(AnalysisFilter.all()).created()).isEqualTo(4);
        Person youngPerson = data.lay();
        data.member(youngPerson, young, older);
        data.seat(northTeam, youngPerson);
        data.seat(southTeam, youngPerson);

        DetectionReport onlyOlder = detector.detect(AnalysisFilter.all().withGroup(older.getId()));
        assertThat(onlyOlder.resolved()).isEqualTo(2);
        assertThat(onlyOlder.findings()).isEmpty();
        assertThat(flags()).filteredOn(f -> f.getGroup().getId().equals(young.getId()))
                .allSatisfy(f -> assertThat(f.getStatus()).isEqualTo(FlagStatus.OPEN));

        DetectionReport onlySouth = detector.detect(AnalysisFilter.all().withOrganisation(south.getId()));
        assertThat(onlySouth.resolved()).isEqualTo(1);
        assertThat(flags()).filteredOn(f -> f.getStatus() == FlagStatus.OPEN).singleElement()
                .satisfies(f -> {
                    assertThat(f.getTeam().getId()).isEqualTo(northTeam.getId());
                    assertThat(f.getGroup().getId()).isEqualTo(young.getId());
                    assertThat(f.getRuleCode()).isEqualTo("ABSENT_GROUP");
                });
    }

    @Test
    void activityFlagOfADeletedActivityIsResolved() {
        ProcessTeam team = data.team("Cancer", null);
        data.seat(team, data.lay());
        data.seat(team, data.lay());
        Activity meeting = data.meeting(team, LocalDate.of(2025, 5, 1));
        meeting.setTopicsAvoided("palliative care");
        db.save(meeting);
        detector.detect(AnalysisFilter.all());
        assertThat(flags()).singleElement().satisfies(f -> {
            assertThat(f.getRuleCode()).isEqualTo("TOPICS_AVOIDED");
            assertThat(f.getActivity().getId()).isEqualTo(meeting.getId());
            assertThat(f.getTeam().getId()).isEqualTo(team.getId());
            assertThat(f.getKind()).isEqualTo(ExclusionKind.INTERNAL);
        });

        meeting.setDeleted(true);
        db.save(meeting);

        assertThat(detector.detect(AnalysisFilter.all()).resolved()).isEqualTo(1);
    }

    @Test
    void aFlagDetectedInEnglishIsReadInSwedishAndJapanese() {
        ProcessTeam team = tokenTeam();
        data.reference(team, builtInGroup("YOUNG_PEOPLE"), 0.15, 2024);

        detector.detect(AnalysisFilter.all());

        ExclusionFlag tokenism = flags().stream().filter(f -> f.getRuleCode().equals("TOKENISM")).findFirst().orElseThrow();
        assertThat(observation(tokenism, SWEDISH)).isEqualTo("Symbolisk delaktighet");
        assertThat(observation(tokenism, JAPANESE)).isEqualTo("形だけの参加");
        assertThat(evidence(tokenism, SWEDISH)).isEqualTo("Teamet har 1 patient- eller invånarrepresentant(er) och 1"
                + " medarbetare; minst 2 patient- eller invånarrepresentanter och 0,2 per medarbetare förväntas.");
        assertThat(evidence(tokenism, JAPANESE)).isEqualTo("チームには一般のメンバーが 1 人、専門職が 1 人います。"
                + "一般のメンバーは少なくとも 2 人、専門職一人あたり 0.2 人が望まれます。");

        // the group is named in the reader's language, not in the language of the run
        ExclusionFlag absent = flags().stream().filter(f -> f.getRuleCode().equals("ABSENT_GROUP")).findFirst().orElseThrow();
        assertThat(evidence(absent, ENGLISH)).startsWith("The group \"Young people\" makes up 15% of the population");
        assertThat(evidence(absent, SWEDISH)).startsWith("Gruppen \"Unga\" utgör 15% av den befolkning");
        assertThat(evidence(absent, JAPANESE)).startsWith("集団「若い人」はチームが対象とする人々の");

        // the flag list the window, the command line and the board report read shows the same
        List<org.inclusio.logic.analysis.flags.FlagRow> swedish = new org.inclusio.logic.analysis.flags.FlagRegister(db,
                new org.inclusio.logic.store.VocabularyTexts(SWEDISH)).list(AnalysisFilter.all(), FlagOrigin.AUTOMATIC);
        assertThat(swedish).extracting(org.inclusio.logic.analysis.flags.FlagRow::observation)
                .contains("Symbolisk delaktighet");
        assertThat(swedish).extracting(org.inclusio.logic.analysis.flags.FlagRow::evidence)
                .contains(evidence(tokenism, SWEDISH), evidence(absent, SWEDISH));
    }

    @Test
    void detectionInAnotherLanguageChangesNothing() {
        ProcessTeam team = tokenTeam();
        data.reference(team, builtInGroup("YOUNG_PEOPLE"), 0.15, 2024);
        DetectionReport english = detector.detect(AnalysisFilter.all());
        assertThat(english.created()).isEqualTo(2);
        List<Long> versions = flags().stream().map(ExclusionFlag::getVersion).toList();

        DetectionReport swedish = detectorIn(SWEDISH).detect(AnalysisFilter.all());
        DetectionReport japanese = detectorIn(JAPANESE).detect(AnalysisFilter.all());

        assertThat(swedish).isEqualTo(new DetectionReport(swedish.findings(), 0, 0, 0, 0, 2));
        assertThat(japanese).isEqualTo(new DetectionReport(japanese.findings(), 0, 0, 0, 0, 2));
        assertThat(flags()).extracting(ExclusionFlag::getVersion).containsExactlyElementsOf(versions);
    }

    @Test
    void rulesHaveUniqueCodesAndTextsForEveryKey() {
        Localization texts = new Localization(Locale.ENGLISH);
        assertThat(detector.rules()).hasSize(13).allSatisfy(rule -> {
            for (String key : List.of(rule.nameKey(), rule.reasonKey(), rule.sourceKey(), rule.explanationKey())) {
                assertThat(texts.messages().containsKey(key)).as(key).isTrue();
            }
            rule.parameters().forEach(p -> assertThat(texts.messages().containsKey(p.labelKey(rule.code())))
                    .as(p.labelKey(rule.code())).isTrue());
        });
        assertThatThrownBy(() -> new ExclusionDetector(db, List.of(BuiltInRules.all().get(0), BuiltInRules.all().get(0)),
                new RuleParameterStore(db), texts, Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class);
    }
}
