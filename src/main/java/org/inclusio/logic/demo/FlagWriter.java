package org.inclusio.logic.demo;

import java.time.LocalDate;
import java.util.List;
import org.inclusio.model.Activity;
import org.inclusio.model.BuiltInGroup;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.FlagOrigin;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.Severity;

/**
 * Writes the exclusion flags an equality officer raised by hand in the demo region: tokenism in the
 * diabetes team, unanswered proposals in the COPD team, the stroke patient without an interpreter
 * and, already mitigated, stigma in the dependency team. The psychiatry team's missing group is left
 * for the automatic rules to find; the heart failure team has none.
 */
final class FlagWriter {

    /** One manual flag a profile's team gets. */
    private record FlagSpec(String profileKey, ExclusionKind kind, BuiltInGroup group, Severity severity,
                            FlagStatus status, boolean withStatusReason, boolean onAbsenteeActivity,
                            int daysBeforeReference) {
    }

    private static final List<FlagSpec> SPECS = List.of(
            new FlagSpec("DIABETES", ExclusionKind.EXTERNAL, BuiltInGroup.LOW_EDUCATION, Severity.HIGH,
                    FlagStatus.OPEN, false, false, 60),
            new FlagSpec("COPD", ExclusionKind.INTERNAL, null, Severity.MEDIUM,
                    FlagStatus.ACKNOWLEDGED, true, false, 90),
            new FlagSpec("STROKE", ExclusionKind.EXTERNAL, BuiltInGroup.NON_NATIVE_SPEAKERS, Severity.MEDIUM,
                    FlagStatus.OPEN, false, true, 30),
            new FlagSpec("DEPENDENCY", ExclusionKind.EXTERNAL, BuiltInGroup.STIGMATISED_ILLNESS, Severity.LOW,
                    FlagStatus.MITIGATED, true, false, 200));

    private final BatchWriter out;
    private final DemoTexts texts;
    private final VocabularyRefs vocabulary;
    private final LocalDate referenceDate;

    FlagWriter(BatchWriter out, DemoTexts texts, VocabularyRefs vocabulary, LocalDate referenceDate) {
        this.out = out;
        this.texts = texts;
        this.vocabulary = vocabulary;
        this.referenceDate = referenceDate;
    }

    void write(List<DemoTeam> teams) {
        for (DemoTeam team : teams) {
            for (FlagSpec spec : SPECS) {
                if (spec.profileKey().equals(team.profile.key())) {
                    write(team, spec);
                }
            }
        }
    }

    private void write(DemoTeam team, FlagSpec spec) {
        String prefix = "flag." + spec.profileKey() + ".";
        ExclusionFlag flag = new ExclusionFlag();
        flag.setTeam(out.reference(ProcessTeam.class, team.id));
        if (spec.onAbsenteeActivity() && team.absenteeFirstActivity != null) {
            flag.setActivity(out.reference(Activity.class, team.absenteeFirstActivity));
        }
        flag.setKind(spec.kind());
        if (spec.group() != null) {
            flag.setGroup(vocabulary.group(spec.group()));
        }
        flag.setObservation(texts.text(prefix + "observation"));
        flag.setEvidence(texts.text(prefix + "evidence"));
        flag.setMitigation(texts.text(prefix + "mitigation"));
        flag.setSeverity(spec.severity());
        flag.setStatus(spec.status());
        if (spec.withStatusReason()) {
            flag.setStatusReason(texts.text(prefix + "statusReason"));
        }
        flag.setOrigin(FlagOrigin.MANUAL);
        flag.setObservedOn(referenceDate.minusDays(spec.daysBeforeReference()));
        out.insert(flag);
    }
}
