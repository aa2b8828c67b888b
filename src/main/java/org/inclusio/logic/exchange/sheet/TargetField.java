package org.inclusio.logic.exchange.sheet;

import java.util.List;
import java.util.Locale;
import org.inclusio.logic.catalogue.FieldLimits;
import org.inclusio.logic.catalogue.Range;
import org.inclusio.model.EducationLevel;
import org.inclusio.model.ExpectedRole;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;
import org.inclusio.model.Term;

/**
 * A field a spreadsheet column can be mapped to, with how its cells are read, whether a value is
 * required, and the header names it is recognised by (lower case; the English label counts too).
 * Labels are in the messages bundle under {@code sheet.field.<NAME>}.
 */
public enum TargetField {
    TITLE(SheetKind.ACTIVITIES, ValueType.TEXT, true, null, FieldLimits.ACTIVITY_TITLE,
            "title", "name", "activity", "event", "meeting", "rubrik", "titel", "namn"),
    DATE(SheetKind.ACTIVITIES, ValueType.DATE, true, null, 0, "date", "held on", "day", "datum", "when"),
    DURATION(SheetKind.ACTIVITIES, ValueType.WHOLE_NUMBER, false, null, 0,
            "duration", "duration minutes", "minutes", "length", "min", "längd", "minuter"),
    MODE(SheetKind.ACTIVITIES, ValueType.CHOICE, true, Mode.class, 0, "mode", "type", "kind", "form", "typ"),
    LEVEL(SheetKind.ACTIVITIES, ValueType.CHOICE, true, Level.class, 0, "level", "nivå", "scale"),
    PLACE(SheetKind.ACTIVITIES, ValueType.TEXT, false, null, FieldLimits.ACTIVITY_PLACE,
            "place", "location", "venue", "where", "plats", "lokal"),
    PURPOSE(SheetKind.ACTIVITIES, ValueType.TEXT, false, null, FieldLimits.ACTIVITY_TEXT,
            "purpose", "aim", "goal", "syfte", "description"),
    TEAM(SheetKind.ACTIVITIES, ValueType.TEAM, false, null, 0,
            "process team", "team", "process team name", "team name", "processteam"),
    ORGANISATION(SheetKind.ACTIVITIES, ValueType.ORGANISATION, false, null, 0,
            "organisation", "organization", "organisation name", "organization name", "org", "organisation"),
    EXPECTED_ROLE(SheetKind.ACTIVITIES, ValueType.CHOICE, false, ExpectedRole.class, 0,
            "expected role", "role expected", "participants expected to", "förväntad roll"),
    TOPICS_AVOIDED(SheetKind.ACTIVITIES, ValueType.TEXT, false, null, FieldLimits.ACTIVITY_TEXT,
            "topics avoided", "avoided topics", "not discussed", "undvikna ämnen"),
    ANONYMOUS_PARTICIPANTS(SheetKind.ACTIVITIES, ValueType.WHOLE_NUMBER, false, null, 0,
            "anonymous participants", "anonymous", "respondents", "number of respondents", "anonyma deltagare",
            "svarande"),

    CODE(SheetKind.PEOPLE, ValueType.TEXT, true, null, FieldLimits.PERSON_CODE,
            "code", "person code", "id", "participant", "participant code", "kod", "pseudonym"),
    ROLE(SheetKind.PEOPLE, ValueType.CHOICE, true, PersonRole.class, 0, "role", "roll", "person role", "type"),
    ROUTE(SheetKind.PEOPLE, ValueType.CHOICE, false, RecruitmentRoute.class, 0,
            "recruitment route", "recruitment", "route", "recruited", "recruited by", "rekrytering"),
    PAID(SheetKind.PEOPLE, ValueType.YES_NO, false, null, 0, "paid", "remunerated", "fee", "arvode", "arvoderad"),
    LEAD_PATIENT(SheetKind.PEOPLE, ValueType.YES_NO, false, null, 0,
            "lead patient", "leading patient", "patient lead", "lead", "patientledare"),
    ASSOCIATION(SheetKind.PEOPLE, ValueType.TEXT, false, null, FieldLimits.PERSON_ASSOCIATION,
            "association", "patient association", "organisation", "förening"),
    EDUCATION(SheetKind.PEOPLE, ValueType.CHOICE, false, EducationLevel.class, 0,
            "education", "education level", "schooling", "utbildning"),
    GROUPS(SheetKind.PEOPLE, ValueType.GROUPS, false, null, 0,
            "groups", "group", "disadvantaged groups", "self identified groups", "identifies as", "grupper", "grupp"),
    CONSENT_DATE(SheetKind.PEOPLE, ValueType.DATE, false, null, 0,
            "consent", "consent given", "consent date", "date of consent", "consented on", "samtycke",
            "samtycke datum");

    private final SheetKind kind;
    private final ValueType type;
    private final boolean required;
    private final Class<? extends Enum<?>> choices;
    private final int maxLength;
    private final List<String> synonyms;

    TargetField(SheetKind kind, ValueType type, boolean required, Class<? extends Enum<?>> choices, int maxLength,
                String... synonyms) {
        this.kind = kind;
        this.type = type;
        this.required = required;
        this.choices = choices;
        this.maxLength = maxLength;
        this.synonyms = List.of(synonyms);
    }

    public SheetKind kind() {
        return kind;
    }

    public ValueType type() {
        return type;
    }

    public boolean required() {
        return required;
    }

    /** For a choice field, its vocabulary's values; empty otherwise. */
    public List<Term> choices() {
        if (choices == null) {
            return List.of();
        }
        return java.util.Arrays.stream(choices.getEnumConstants()).map(Term.class::cast).toList();
    }

    /** For a whole-number field, the numbers accepted (the editors' own limits); null otherwise. */
    public Range range() {
        return switch (this) {
            case DURATION -> FieldLimits.DURATION_MINUTES;
            case ANONYMOUS_PARTICIPANTS -> FieldLimits.ANONYMOUS_PARTICIPANTS;
            default -> null;
        };
    }

    /** The longest text accepted, or 0 when the type sets its own limit. */
    public int maxLength() {
        return maxLength;
    }

    public List<String> synonyms() {
        return synonyms;
    }

    /** The messages-bundle key of the field's label. */
    public String labelKey() {
        return "sheet.field." + name();
    }

    /** The field's name as the command line writes it: {@code title}, {@code lead-patient}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
