package org.inclusio.logic.exchange;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.CareLevel;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.EducationLevel;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.ExpectedRole;
import org.inclusio.model.FlagOrigin;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.GovernanceModel;
import org.inclusio.model.InvitationChannel;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.model.ReasonForCoproducing;
import org.inclusio.model.RecruitmentRoute;
import org.inclusio.model.Severity;
import org.inclusio.model.TemporalNature;
import org.inclusio.model.Term;
import org.inclusio.model.VoiceOrAction;

/**
 * A register as people read it in a spreadsheet: column names and coded values as the screens
 * label them (a rule by its name), yes and no as words, dates and times as such, and every reference to another record
 * by what people know it by (a team or organisation by its name, a person by the pseudonymous code,
 * an activity by its title and day, a group, barrier or accommodation by its name), never by id.
 * Names and contact details are never used to name a record.
 */
final class RegisterSheet {

    /** The vocabularies coded fields are drawn from; a field is labelled by the one whose values it accepts. */
    private static final List<Class<? extends Enum<?>>> VOCABULARIES = List.of(GovernanceModel.class,
            PersonRole.class, RecruitmentRoute.class, EducationLevel.class, ConsentScope.class, CareLevel.class,
            Mode.class, Level.class, TemporalNature.class, VoiceOrAction.class, ReasonForCoproducing.class,
            ExpectedRole.class, InvitationChannel.class, AttendanceStatus.class, ProposalOutcome.class,
            ExclusionKind.class, Severity.class, FlagStatus.class, FlagOrigin.class);

    private final RecordKind kind;
    private final Localization l10n;
    private final Map<RecordKind, Map<UUID, String>> names = new EnumMap<>(RecordKind.class);
    /** Per field: code to label. */
    private final Map<FieldSpec, Map<String, String>> labels = new HashMap<>();

    private RegisterSheet(RecordKind kind, Localization l10n) {
        this.kind = kind;
        this.l10n = l10n;
    }

    /** Reads the names of every record the register refers to (in the export's transaction). */
    static RegisterSheet load(RecordKind kind, Localization l10n, Connection connection) throws Exception {
        RegisterSheet sheet = new RegisterSheet(kind, l10n);
        List<RecordKind> targets = new ArrayList<>();
        kind.fields().stream().filter(field -> field.kind() == FieldKind.REFERENCE)
                .forEach(field -> targets.add(field.target()));
        kind.links().forEach(link -> targets.add(link.target()));
        StoreRows rows = new StoreRows(connection);
        for (RecordKind target : targets) {
            if (target.identifying() || sheet.names.containsKey(target)) {
                continue;
            }
            Map<UUID, String> byId = new HashMap<>();
            rows.stream(target, "1 = 1", record -> byId.put(record.id(), sheet.nameOf(record)));
            sheet.names.put(target, byId);
        }
        return sheet;
    }

    /** The title row: which register, that it is every record, and when. */
    String title(String when) {
        return l10n.text(kind.softDeleted() ? "export.register.titleWithTrash" : "export.register.title",
                l10n.text("exchangeScreen.register." + kind.name()), when);
    }

    String sheetName() {
        return l10n.text("exchangeScreen.register." + kind.name());
    }

    List<String> headers() {
        List<String> headers = new ArrayList<>();
        for (FieldSpec field : kind.fields()) {
            headers.add(l10n.text("export.column." + kind.name() + "." + field.name()));
        }
        for (LinkSpec link : kind.links()) {
            headers.add(l10n.text("export.column." + kind.name() + "." + link.name()));
        }
        if (kind.softDeleted()) {
            headers.add(l10n.text("export.column.deleted"));
        }
        return headers;
    }

    List<Object> cells(ExchangeRecord record) {
        List<Object> cells = new ArrayList<>();
        for (FieldSpec field : kind.fields()) {
            cells.add(cell(field, record.value(field.name())));
        }
        for (LinkSpec link : kind.links()) {
            cells.add(String.join(", ", record.links().getOrDefault(link.name(), List.of()).stream()
                    .map(id -> name(link.target(), id)).sorted().toList()));
        }
        if (kind.softDeleted()) {
            cells.add(yesNo(record.deleted()));
        }
        return cells;
    }

    private Object cell(FieldSpec field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.kind()) {
            case BOOLEAN -> yesNo((Boolean) value);
            case CHOICE -> label(field, value.toString());
            case CHOICE_LIST -> String.join(", ", ((List<?>) value).stream()
                    .map(code -> label(field, code.toString())).toList());
            case REFERENCE -> name(field.target(), (UUID) value);
            case TEXT -> field.name().equals("ruleCode") ? ruleName(value.toString()) : value;
            default -> value;
        };
    }

    /** A rule by the name the Analysis area gives it; the code of a rule this program does not know. */
    private String ruleName(String code) {
        String key = "analysis.rule." + code + ".name";
        String name = l10n.text(key);
        return name.equals("!" + key + "!") ? code : name;
    }

    private String yesNo(boolean value) {
        return l10n.text(value ? "export.value.yes" : "export.value.no");
    }

    /** The label the screens show for a coded value; the code itself if no vocabulary has it. */
    private String label(FieldSpec field, String code) {
        return labels.computeIfAbsent(field, this::labelsOf).getOrDefault(code, code);
    }

    /** Code to label for the vocabulary whose values the field accepts. */
    private Map<String, String> labelsOf(FieldSpec field) {
        Map<String, String> byCode = new HashMap<>();
        for (Class<? extends Enum<?>> vocabulary : VOCABULARIES) {
            Enum<?>[] constants = vocabulary.getEnumConstants();
            if (java.util.Arrays.stream(constants).map(Enum::name).toList().equals(field.choices())) {
                for (Enum<?> constant : constants) {
                    if (constant instanceof Term term) {
                        byCode.put(constant.name(), l10n.label(term));
                    }
                }
                break;
            }
        }
        return byCode;
    }

    private String name(RecordKind target, UUID id) {
        String name = names.getOrDefault(target, Map.of()).get(id);
        return name == null ? l10n.text("export.value.unknownRecord") : name;
    }

    /** What people know a record by. */
    private String nameOf(ExchangeRecord record) {
        return switch (record.kind()) {
            case PERSON -> String.valueOf(record.value("code"));
            case ACTIVITY -> l10n.text("export.name.activity", record.value("title"),
                    String.valueOf(record.value("heldOn")));
            case CONSENT -> l10n.text("export.name.consent", String.valueOf(record.value("givenOn")),
                    label(field(RecordKind.CONSENT, "scope"), String.valueOf(record.value("scope"))));
            default -> String.valueOf(record.value("name"));
        };
    }

    private static FieldSpec field(RecordKind kind, String name) {
        return kind.fields().stream().filter(field -> field.name().equals(name)).findFirst().orElseThrow();
    }
}
