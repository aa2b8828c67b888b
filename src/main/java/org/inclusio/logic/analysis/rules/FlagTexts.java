package org.inclusio.logic.analysis.rules;

import java.util.Objects;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.FlagOrigin;

/**
 * The words of a stored exclusion flag in the reader's language. An automatic flag stores codes: the
 * rule, the key and typed arguments of its evidence and, when the program resolved it, the code of the
 * reason; they are put into words here, when the flag is shown. A flag recorded by a person shows the
 * words its author wrote.
 */
public final class FlagTexts {

    /** The reason code of a flag the program resolved because its rule no longer finds it. */
    public static final String NO_LONGER_HOLDS = "NO_LONGER_HOLDS";

    private final Localization l10n;

    public FlagTexts(Localization l10n) {
        this.l10n = Objects.requireNonNull(l10n, "l10n");
    }

    /** What the flag observed: the rule's name for an automatic flag, the author's words for a manual one. */
    public String observation(FlagOrigin origin, String ruleCode, String stored) {
        return l10n.flagObservation(origin, ruleCode, stored);
    }

    /**
     * The evidence of a flag: for an automatic flag its stored key and arguments put into words; when
     * they are missing or cannot be read (a flag stored before evidence was kept as codes, not yet seen
     * by a detection run), a sentence saying the figures come with the next run. A manual flag shows
     * its stored words.
     */
    public String evidence(FlagOrigin origin, String evidenceKey, String evidenceArguments, String stored) {
        if (evidenceKey != null && l10n.messages().containsKey(evidenceKey)) {
            var explanation = Explanation.stored(evidenceKey, evidenceArguments);
            if (explanation.isPresent()) {
                try {
                    return explanation.get().render(l10n);
                } catch (IllegalArgumentException e) {
                    // arguments that no longer suit the pattern: shown as not yet refreshed, below
                }
            }
        }
        if (origin != FlagOrigin.AUTOMATIC || (evidenceKey == null && stored != null && !stored.isBlank())) {
            return stored;
        }
        return l10n.text("analysis.flag.evidencePending");
    }

    /** Why the flag stands as it does: the reason the program gave by code, or the words a person gave. */
    public String statusReason(String code, String stored) {
        if (NO_LONGER_HOLDS.equals(code)) {
            return l10n.text("analysis.flag.noLongerHolds");
        }
        return stored;
    }
}
