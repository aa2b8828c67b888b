package org.inclusio.logic.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inclusio.model.Term;
import org.inclusio.model.TermTypes;

/**
 * The help the program offers: the key concepts of inclusive coproduction first, then every
 * value of every vocabulary, all written for an equality officer.
 */
public final class HelpCatalogue {

    /** Concepts explained in the help, in reading order. */
    public static final List<String> CONCEPTS = List.of(
            "coproduction", "modeLevelMatrix", "anonymousParticipants", "externalExclusion", "internalExclusion", "tokenism",
            "handPicked", "eliteWithinDisadvantaged", "unpaidParticipation", "hardToReach",
            "equalityOfRepresentation", "equalityOfInfluence", "referenceShare", "processTeam",
            "participationFunnel", "smallCountSuppression", "aspirationalVsTransformative",
            "pseudonymity", "consent");

    private final List<HelpTopic> topics;

    public HelpCatalogue(Localization l10n) {
        List<HelpTopic> all = new ArrayList<>();
        String conceptSection = l10n.text("help.section.concepts");
        for (String concept : CONCEPTS) {
            String key = "concept." + concept;
            all.add(new HelpTopic(key, conceptSection, l10n.termText(key + ".label"), l10n.termText(key + ".help")));
        }
        for (Class<? extends Term> type : TermTypes.ALL) {
            String section = l10n.termText("vocabulary." + type.getSimpleName());
            for (Term term : TermTypes.values(type)) {
                all.add(new HelpTopic(term.bundlePrefix(), section, l10n.label(term), l10n.help(term)));
            }
        }
        this.topics = List.copyOf(all);
    }

    public List<HelpTopic> topics() {
        return topics;
    }

    public Optional<HelpTopic> find(String key) {
        return topics.stream().filter(topic -> topic.key().equals(key)).findFirst();
    }

    /** The topic that explains a term. */
    public static String keyOf(Term term) {
        return term.bundlePrefix();
    }
}
