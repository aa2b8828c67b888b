package org.inclusio.logic.exchange.sheet;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inclusio.logic.i18n.Localization;

/**
 * Suggests a mapping from the words a region uses: columns by header name (the field's English
 * label or a common synonym, ignoring case), and source values by the vocabulary's labels and
 * common words ("design workshop" is co-design, "survey" co-assessment, "Arabic speaker" the
 * group of non-native speakers).
 */
public final class MappingSuggester {

    /** Words that point to a vocabulary value when the label itself is not in the text; first match wins. */
    private static final List<String[]> WORDS = List.of(
            new String[] {"CO_COMMISSIONING", "commission", "priorit", "budget", "planning"},
            new String[] {"CO_ASSESSMENT", "survey", "questionnaire", "rating", "focus group", "audit", "inspection",
                    "evaluation", "assessment", "enkät", "utvärdering"},
            new String[] {"CO_DELIVERY", "peer support", "peer education", "deliver", "board", "course",
                    "self care", "school"},
            new String[] {"CO_DESIGN", "design", "workshop", "lab", "journey", "consultation", "redesign"},
            new String[] {"INDIVIDUAL", "individual", "one person", "personal", "individ"},
            new String[] {"COLLECTIVE", "collective", "community", "citizens", "public", "kollektiv"},
            new String[] {"GROUP", "group", "grupp"},
            new String[] {"LEAD_PATIENT", "lead patient", "patient lead", "patientledare"},
            new String[] {"ASSOCIATION_REPRESENTATIVE", "representative", "association", "förening"},
            new String[] {"RELATIVE", "relative", "next of kin", "family", "carer", "anhörig"},
            new String[] {"PROFESSIONAL", "professional", "staff", "nurse", "physician", "doctor", "clinician"},
            new String[] {"CITIZEN", "citizen", "resident", "medborgare"},
            new String[] {"PATIENT", "patient", "user"},
            new String[] {"HAND_PICKED", "hand picked", "handpicked", "selected by staff", "invited by staff"},
            new String[] {"ASSOCIATION_NOMINATED", "nominated", "nomination"},
            new String[] {"OPEN_CALL", "open call", "advert", "announcement"},
            new String[] {"RANDOM_SELECTION", "random", "lottery"},
            new String[] {"DEMOGRAPHIC_QUOTA", "quota"},
            new String[] {"PATIENT_LIBRARY", "library", "pool"},
            new String[] {"PEER_REFERRAL", "referral", "referred", "snowball"},
            new String[] {"COMPULSORY", "compulsory", "primary", "grundskola"},
            new String[] {"UPPER_SECONDARY", "upper secondary", "high school", "gymnasium"},
            new String[] {"POST_SECONDARY_SHORT", "post secondary", "vocational", "college"},
            new String[] {"UNIVERSITY", "university", "degree", "bachelor", "master", "högskola"},
            new String[] {"COMMENT", "comment", "respond", "react"},
            new String[] {"DEVELOP", "develop", "create"},
            new String[] {"UPDATE", "update", "inform", "informed"},
            new String[] {"CHALLENGE", "challenge", "question", "scrutin"},
            new String[] {"NON_NATIVE_SPEAKERS", "arabic", "interpreter", "non native", "somali", "tigrinya",
                    "farsi", "second language"},
            new String[] {"PHYSICAL_DISABILITY", "wheelchair", "deaf", "blind", "mobility", "physical"},
            new String[] {"PSYCHIATRIC_CONDITION", "psychiatric", "mental", "schizophren", "bipolar", "psykisk"},
            new String[] {"INTELLECTUAL_DISABILITY", "intellectual", "learning disab"},
            new String[] {"STIGMATISED_ILLNESS", "addiction", "substance", "alcohol", "stigma"},
            new String[] {"SEGREGATED_AREA", "segregated", "suburb", "deprived area"},
            new String[] {"YOUNG_PEOPLE", "young", "youth", "teen"},
            new String[] {"OLDER_PEOPLE", "older", "elderly", "senior", "pensioner"},
            new String[] {"LOW_INCOME", "low income", "benefits", "poverty", "unemployed"},
            new String[] {"LOW_EDUCATION", "low education", "no schooling", "little schooling"});

    private final Localization l10n;

    public MappingSuggester(Localization l10n) {
        this.l10n = l10n;
    }

    /** For each field of the kind, the header naming it, if any; each header is used at most once. */
    public Map<TargetField, String> suggestColumns(SheetKind kind, List<String> headers) {
        Map<TargetField, String> columns = new EnumMap<>(TargetField.class);
        Set<String> used = new HashSet<>();
        // exact names first, so "organisation" goes to the field called that before a synonym takes it
        for (int pass = 0; pass < 2; pass++) {
            for (TargetField field : kind.fields()) {
                if (columns.containsKey(field)) {
                    continue;
                }
                for (String header : headers) {
                    String normal = SheetMapping.normalise(header);
                    if (used.contains(normal) || normal.isEmpty()) {
                        continue;
                    }
                    boolean matches = pass == 0
                            ? normal.equals(SheetMapping.normalise(l10n.text(field.labelKey())))
                                    || normal.equals(SheetMapping.normalise(field.key()))
                            : field.synonyms().contains(normal);
                    if (matches) {
                        columns.put(field, header);
                        used.add(normal);
                        break;
                    }
                }
            }
        }
        return columns;
    }

    /** The option a source value most likely means, if any. */
    public Optional<ValueOption> suggestValue(String source, List<ValueOption> options) {
        String normal = SheetMapping.normalise(source);
        if (normal.isEmpty()) {
            return Optional.empty();
        }
        for (ValueOption option : options) {
            if (normal.equals(SheetMapping.normalise(option.code()))
                    || normal.equals(SheetMapping.normalise(option.term()))
                    || normal.equals(SheetMapping.normalise(option.label()))) {
                return Optional.of(option);
            }
        }
        for (ValueOption option : options) {
            String label = SheetMapping.normalise(option.label());
            if (label.length() >= 4 && normal.contains(label)) {
                return Optional.of(option);
            }
        }
        for (String[] words : WORDS) {
            Optional<ValueOption> option = options.stream().filter(o -> o.term().equals(words[0])).findFirst();
            if (option.isEmpty()) {
                continue;
            }
            for (int i = 1; i < words.length; i++) {
                if (normal.contains(words[i])) {
                    return option;
                }
            }
        }
        return Optional.empty();
    }
}
