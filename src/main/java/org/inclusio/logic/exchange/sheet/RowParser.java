package org.inclusio.logic.exchange.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ActivityValidator;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.ConsentDraft;
import org.inclusio.logic.person.PersonDraft;
import org.inclusio.logic.person.PersonValidator;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.EducationLevel;
import org.inclusio.model.ExpectedRole;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;

/**
 * Turns one spreadsheet row into an activity or person draft, adding a problem for every cell
 * that cannot be read, and then the editors' own validation. Cell text is kept as it is: a cell
 * that looks like a formula is stored as plain text. A person's groups are recorded under the
 * consent (for equality monitoring) given on the row's consent date, and need one.
 */
final class RowParser {

    private static final Map<String, TargetField> VALIDATOR_FIELDS = Map.ofEntries(
            Map.entry("title", TargetField.TITLE), Map.entry("heldOn", TargetField.DATE),
            Map.entry("durationMinutes", TargetField.DURATION), Map.entry("mode", TargetField.MODE),
            Map.entry("level", TargetField.LEVEL), Map.entry("place", TargetField.PLACE),
            Map.entry("purpose", TargetField.PURPOSE), Map.entry("topicsAvoided", TargetField.TOPICS_AVOIDED),
            Map.entry("anonymousParticipants", TargetField.ANONYMOUS_PARTICIPANTS),
            Map.entry("code", TargetField.CODE), Map.entry("role", TargetField.ROLE),
            Map.entry("association", TargetField.ASSOCIATION), Map.entry("groups", TargetField.GROUPS),
            Map.entry("consents", TargetField.CONSENT_DATE));
    private static final int DEFAULT_DURATION = ActivityDraft.blank(LocalDate.EPOCH).durationMinutes();

    private final Localization l10n;
    private final SheetMapping mapping;
    private final Map<TargetField, Integer> columns;
    private final ActivityValidator activityValidator;
    private final PersonValidator personValidator;
    private final Set<UUID> activeGroups;

    /** {@code activeGroups}: the groups a group word may be mapped to (others are reported as unmapped). */
    RowParser(Localization l10n, SheetMapping mapping, Map<TargetField, Integer> columns, Set<UUID> activeGroups) {
        this.l10n = l10n;
        this.mapping = mapping;
        this.columns = columns;
        this.activeGroups = Set.copyOf(activeGroups);
        this.activityValidator = new ActivityValidator(l10n);
        this.personValidator = new PersonValidator(l10n);
    }

    /** The field a validator's field name stands for, or null. */
    static TargetField fieldOf(String validatorField) {
        return VALIDATOR_FIELDS.get(validatorField);
    }

    /** The row's draft, or empty when a cell could not be read (its problems are added). */
    Optional<Object> parse(SheetRow row, List<RowProblem> problems) {
        List<RowProblem> found = new ArrayList<>();
        Map<TargetField, Object> values = new EnumMap<>(TargetField.class);
        for (TargetField field : mapping.kind().fields()) {
            int column = columns.getOrDefault(field, -1);
            if (column < 0) {
                continue;
            }
            read(field, row.cell(column), row.number(), found).ifPresent(value -> values.put(field, value));
        }
        if (values.containsKey(TargetField.GROUPS) && !values.containsKey(TargetField.CONSENT_DATE)
                && !hasText(row, TargetField.CONSENT_DATE)) {
            // memberships may only be recorded under a consent
            found.add(new RowProblem(row.number(), column(TargetField.GROUPS),
                    l10n.text("sheet.problem.groupsWithoutConsent")));
        }
        if (!found.isEmpty()) {
            problems.addAll(found);
            return Optional.empty();
        }
        Object draft;
        List<FieldProblem> invalid;
        if (mapping.kind() == SheetKind.ACTIVITIES) {
            ActivityDraft activity = activity(values);
            invalid = activityValidator.validate(activity);
            draft = activity;
        } else {
            PersonDraft person = person(values);
            invalid = personValidator.validate(person, LocalDate.now());
            draft = person;
        }
        for (FieldProblem problem : invalid) {
            problems.add(new RowProblem(row.number(), column(fieldOf(problem.field())), problem.message()));
        }
        return invalid.isEmpty() ? Optional.of(draft) : Optional.empty();
    }

    private Optional<Object> read(TargetField field, String text, int row, List<RowProblem> found) {
        String column = column(field);
        if (text.isBlank()) {
            if (field.required()) {
                found.add(new RowProblem(row, column, l10n.text("sheet.problem.required")));
            }
            return Optional.empty();
        }
        switch (field.type()) {
            case TEXT -> {
                if (text.length() > field.maxLength()) {
                    found.add(new RowProblem(row, column, l10n.text("sheet.problem.tooLong", field.maxLength())));
                    return Optional.empty();
                }
                return Optional.of(text);
            }
            case DATE -> {
                Optional<LocalDate> date = CellValues.date(text);
                if (date.isEmpty()) {
                    found.add(new RowProblem(row, column, l10n.text("sheet.problem.date", text)));
                }
                return date.map(Object.class::cast);
            }
            case WHOLE_NUMBER -> {
                Optional<Long> number = CellValues.wholeNumber(text);
                if (number.isEmpty()) {
                    found.add(new RowProblem(row, column, l10n.text("sheet.problem.number", text)));
                } else if (!field.range().contains(number.get())) {
                    found.add(new RowProblem(row, column, l10n.text("sheet.problem.range", text,
                            field.range().min(), field.range().max())));
                    return Optional.empty();
                }
                return number.map(Object.class::cast);
            }
            case YES_NO -> {
                Optional<Boolean> yes = CellValues.yesNo(text);
                if (yes.isEmpty()) {
                    found.add(new RowProblem(row, column, l10n.text("sheet.problem.yesNo", text)));
                }
                return yes.map(Object.class::cast);
            }
            case GROUPS -> {
                Set<UUID> groups = new HashSet<>();
                for (String word : CellValues.list(text)) {
                    Optional<Object> group = mapping.value(field, word).flatMap(code -> decode(field, code))
                            .filter(activeGroups::contains);
                    if (group.isEmpty()) {
                        found.add(new RowProblem(row, column, l10n.text("sheet.problem.unmappedValue", word)));
                    } else {
                        groups.add((UUID) group.get());
                    }
                }
                return groups.isEmpty() ? Optional.empty() : Optional.of(groups);
            }
            default -> {
                Optional<Object> value = mapping.value(field, text).flatMap(code -> decode(field, code));
                if (value.isEmpty()) {
                    String key = switch (field.type()) {
                        case TEAM -> "sheet.problem.unknownTeam";
                        case ORGANISATION -> "sheet.problem.unknownOrganisation";
                        default -> "sheet.problem.unmappedValue";
                    };
                    found.add(new RowProblem(row, column, l10n.text(key, text)));
                }
                return value;
            }
        }
    }

    private static Optional<Object> decode(TargetField field, String code) {
        try {
            return Optional.of(switch (field) {
                case MODE -> Mode.valueOf(code);
                case LEVEL -> Level.valueOf(code);
                case EXPECTED_ROLE -> ExpectedRole.valueOf(code);
                case ROLE -> PersonRole.valueOf(code);
                case ROUTE -> RecruitmentRoute.valueOf(code);
                case EDUCATION -> EducationLevel.valueOf(code);
                case TEAM, ORGANISATION, GROUPS -> UUID.fromString(code);
                default -> throw new IllegalArgumentException(field.name());
            });
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private boolean hasText(SheetRow row, TargetField field) {
        int column = columns.getOrDefault(field, -1);
        return column >= 0 && !row.cell(column).isBlank();
    }

    private String column(TargetField field) {
        if (field == null) {
            return "";
        }
        return mapping.column(field).orElseGet(() -> l10n.text(field.labelKey()));
    }

    private static ActivityDraft activity(Map<TargetField, Object> v) {
        ActivityDraft blank = ActivityDraft.blank((LocalDate) v.get(TargetField.DATE));
        Long duration = (Long) v.get(TargetField.DURATION);
        Long anonymous = (Long) v.get(TargetField.ANONYMOUS_PARTICIPANTS);
        return new ActivityDraft(null, 0, text(v, TargetField.TITLE), blank.heldOn(), null,
                duration == null ? DEFAULT_DURATION : duration.intValue(), anonymous == null ? 0 : anonymous.intValue(),
                text(v, TargetField.PLACE),
                (Mode) v.get(TargetField.MODE), (Level) v.get(TargetField.LEVEL), null, null,
                text(v, TargetField.PURPOSE), Set.of(), (UUID) v.get(TargetField.TEAM),
                (UUID) v.get(TargetField.ORGANISATION), (ExpectedRole) v.get(TargetField.EXPECTED_ROLE),
                text(v, TargetField.TOPICS_AVOIDED), "", Set.of(), Set.of(), List.of(), List.of());
    }

    @SuppressWarnings("unchecked")
    private static PersonDraft person(Map<TargetField, Object> v) {
        LocalDate consentDate = (LocalDate) v.get(TargetField.CONSENT_DATE);
        List<ConsentDraft> consents = consentDate == null ? List.of()
                : List.of(new ConsentDraft(null, consentDate, ConsentScope.EQUALITY_MONITORING, null));
        Set<UUID> groups = (Set<UUID>) v.getOrDefault(TargetField.GROUPS, Set.of());
        return new PersonDraft(null, 0, text(v, TargetField.CODE), (PersonRole) v.get(TargetField.ROLE),
                (RecruitmentRoute) v.get(TargetField.ROUTE), Boolean.TRUE.equals(v.get(TargetField.PAID)),
                text(v, TargetField.ASSOCIATION), Boolean.TRUE.equals(v.get(TargetField.LEAD_PATIENT)),
                (EducationLevel) v.get(TargetField.EDUCATION), consents, groups, Map.of());
    }

    private static String text(Map<TargetField, Object> values, TargetField field) {
        Object value = values.get(field);
        return value == null ? "" : (String) value;
    }
}
