package org.inclusio.logic.exchange;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ActivityValidator;
import org.inclusio.logic.activity.ParticipationDraft;
import org.inclusio.logic.activity.ProposalDraft;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.ConsentDraft;
import org.inclusio.logic.person.IdentityDraft;
import org.inclusio.logic.person.PersonDraft;
import org.inclusio.logic.person.PersonValidator;
import org.inclusio.logic.team.OrganisationDraft;
import org.inclusio.logic.team.OrganisationValidator;
import org.inclusio.logic.team.TeamDraft;
import org.inclusio.logic.team.TeamValidator;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.GovernanceModel;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProposalOutcome;

/**
 * Holds each imported record to the rules the editors hold a person to, through the editors' own
 * validators: an activity's title, day, duration and anonymous participants; a participation's counts,
 * ratings, attendance and invitation day; a proposal's text, outcome, outcome day and proposer; a
 * person's code; identifying details; a consent's days; a seat on a team's days; the names of
 * organisations and process teams. The field limits themselves are checked as the file is read
 * ({@link RecordKind}, from the same {@code FieldLimits}); what needs another record (the activity's
 * day, whether a proposer attended) is looked up among the records read before and then in the store.
 */
final class RecordRules {

    private final ActivityValidator activities;
    private final PersonValidator people;
    private final OrganisationValidator organisations;
    private final TeamValidator teams;
    private final StoreRows rows;
    private final Localization l10n;
    private final Map<UUID, LocalDate> activityDays = new HashMap<>();
    private final Map<UUID, String> personCodes = new HashMap<>();
    private final Set<String> attendances = new HashSet<>();
    private final Set<String> absences = new HashSet<>();
    private final Map<RecordKind, Integer> positions = new EnumMap<>(RecordKind.class);

    RecordRules(Localization l10n, StoreRows rows) {
        this.l10n = l10n;
        this.activities = new ActivityValidator(l10n);
        this.people = new PersonValidator(l10n);
        this.organisations = new OrganisationValidator(l10n);
        this.teams = new TeamValidator(l10n);
        this.rows = rows;
    }

    /** The first rule the record breaks, naming its field, or empty when it keeps them all. */
    Optional<FieldProblem> check(ExchangeRecord record) throws SQLException {
        int position = positions.merge(record.kind(), 1, Integer::sum);
        List<FieldProblem> problems = switch (record.kind()) {
            case ACTIVITY -> activity(record);
            case PARTICIPATION -> participation(record, position);
            case PROPOSAL -> proposal(record, position);
            case PERSON -> person(record);
            case CONSENT -> people.validateConsent(new ConsentDraft(record.id(), (LocalDate) record.value("givenOn"),
                    choice(ConsentScope.class, record, "scope"), (LocalDate) record.value("withdrawnOn")), position);
            case TEAM_MEMBERSHIP -> teams.validateTenure(code((UUID) record.value("person")),
                    (LocalDate) record.value("joinedOn"), (LocalDate) record.value("leftOn"));
            case ORGANISATION -> organisations.validate(new OrganisationDraft(record.id(), 0, text(record, "name"),
                    choice(GovernanceModel.class, record, "governanceModel"), text(record, "description")));
            case PROCESS_TEAM -> teams.validate(new TeamDraft(record.id(), 0, text(record, "name"),
                    (UUID) record.value("organisation"), text(record, "patientGroupServed"),
                    text(record, "description"), List.of(), List.of(), List.of()), person -> null, LocalDate.now());
            case PERSON_IDENTITY -> people.validate(new IdentityDraft(text(record, "fullName"),
                    text(record, "email"), text(record, "phone"), text(record, "postalAddress")));
            case DISADVANTAGED_GROUP, BARRIER, ACCOMMODATION -> vocabularyEntry(record);
            default -> List.of();
        };
        return problems.stream().findFirst();
    }

    /** A region's own entry needs a name; a built-in entry is named by the program unless renamed. */
    private List<FieldProblem> vocabularyEntry(ExchangeRecord record) {
        String name = text(record, "name");
        if (!Boolean.TRUE.equals(record.value("builtIn")) && (name == null || name.isBlank())) {
            return List.of(new FieldProblem("name", l10n.text("vocabulary.error.BLANK_NAME")));
        }
        return List.of();
    }

    private List<FieldProblem> activity(ExchangeRecord record) {
        LocalDate heldOn = (LocalDate) record.value("heldOn");
        activityDays.put(record.id(), heldOn);
        ActivityDraft draft = new ActivityDraft(record.id(), 0, text(record, "title"), heldOn,
                (LocalTime) record.value("startTime"), whole(record, "durationMinutes"),
                whole(record, "anonymousParticipants"), text(record, "place"), choice(Mode.class, record, "mode"),
                choice(Level.class, record, "level"), null, null, text(record, "purpose"), Set.of(), null, null, null,
                text(record, "topicsAvoided"), text(record, "notes"), Set.of(), Set.of(), List.of(), List.of());
        return activities.validateActivity(draft);
    }

    private List<FieldProblem> participation(ExchangeRecord record, int position) throws SQLException {
        UUID activity = (UUID) record.value("activity");
        UUID person = (UUID) record.value("person");
        AttendanceStatus attendance = choice(AttendanceStatus.class, record, "attendance");
        (attendance == AttendanceStatus.ATTENDED ? attendances : absences).add(activity + "/" + person);
        ParticipationDraft draft = new ParticipationDraft(person, code(person),
                Boolean.TRUE.equals(record.value("invited")), (LocalDate) record.value("invitedOn"), null, Set.of(),
                attendance, text(record, "absenceReason"),
                Set.of(), whole(record, "speakingTurns"), whole(record, "questions"), rating(record, "heardRating"),
                rating(record, "expressRating"));
        return activities.validateParticipation(draft, position, day(activity));
    }

    private List<FieldProblem> proposal(ExchangeRecord record, int position) throws SQLException {
        UUID activity = (UUID) record.value("activity");
        UUID proposer = (UUID) record.value("proposer");
        ProposalDraft draft = new ProposalDraft(record.id(), proposer, proposer == null ? null : code(proposer),
                text(record, "content"), choice(ProposalOutcome.class, record, "outcome"),
                (LocalDate) record.value("outcomeOn"), text(record, "outcomeReason"));
        List<FieldProblem> problems = activities.validateProposal(draft, position, day(activity));
        if (problems.isEmpty() && proposer != null && !attended(activity, proposer)) {
            return List.of(activities.proposerAbsent(position, draft.proposerCode()));
        }
        return problems;
    }

    private List<FieldProblem> person(ExchangeRecord record) {
        personCodes.put(record.id(), text(record, "code"));
        PersonDraft draft = new PersonDraft(record.id(), 0, text(record, "code"),
                choice(PersonRole.class, record, "role"), null, false, text(record, "association"), false, null,
                List.of(), Set.of(), Map.of());
        return people.validate(draft, LocalDate.now());
    }

    /** The activity's day, from the file or else the store; null when neither has it. */
    private LocalDate day(UUID activity) throws SQLException {
        if (activity == null) {
            return null;
        }
        if (!activityDays.containsKey(activity)) {
            activityDays.put(activity, rows.find(RecordKind.ACTIVITY, activity)
                    .map(stored -> (LocalDate) stored.value("heldOn")).orElse(null));
        }
        return activityDays.get(activity);
    }

    /** The person's code (a pseudonym), from the file or else the store. */
    private String code(UUID person) throws SQLException {
        if (!personCodes.containsKey(person)) {
            personCodes.put(person, rows.find(RecordKind.PERSON, person)
                    .map(stored -> (String) stored.value("code")).orElse(person.toString()));
        }
        return personCodes.get(person);
    }

    /** Whether the person attended the activity, as the file says or else as the store has it. */
    private boolean attended(UUID activity, UUID person) throws SQLException {
        String key = activity + "/" + person;
        if (attendances.contains(key)) {
            return true;
        }
        if (absences.contains(key)) {
            return false;
        }
        return rows.count(RecordKind.PARTICIPATION, "activity_id = '" + activity + "' and person_id = '" + person
                + "' and attendance = '" + AttendanceStatus.ATTENDED.name() + "'") > 0;
    }

    private static String text(ExchangeRecord record, String field) {
        return (String) record.value(field);
    }

    private static int whole(ExchangeRecord record, String field) {
        Object value = record.value(field);
        return value == null ? 0 : ((Long) value).intValue();
    }

    private static Integer rating(ExchangeRecord record, String field) {
        Object value = record.value(field);
        return value == null ? null : ((Long) value).intValue();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, ExchangeRecord record, String field) {
        Object value = record.value(field);
        return value == null ? null : Enum.valueOf(type, (String) value);
    }
}
