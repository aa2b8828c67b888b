package org.inclusio.logic.person;

import io.ebean.Database;
import io.ebean.DuplicateKeyException;
import io.ebean.SqlQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.Saving;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.Consent;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.GroupMembership;
import org.inclusio.model.Person;
import org.inclusio.model.PersonIdentity;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;

/**
 * Reads and writes people: the register's rows as one aggregate query (codes only, never names),
 * a person with consents and self-identified group memberships loaded and saved as one draft in one
 * transaction, identifying details only on explicit request, and what the person took part in.
 *
 * <p>Memberships are recorded only under a consent valid on the day of saving: each new one under the
 * newest valid consent. A membership whose consent is withdrawn stays stored with it, because the
 * analyses still count it for activities before the withdrawal (and for none after); the editor no
 * longer shows it, and choosing the group again records it under a consent that stands.
 */
public final class PersonService {

    private static final String FROM_WHERE = " from person p where p.deleted = false";

    private final Database db;
    private final Localization l10n;
    private final PersonValidator validator;
    private final Clock clock;
    private final AuditTrail audit;

    public PersonService(Database db, Localization l10n) {
        this(db, l10n, Clock.systemDefaultZone());
    }

    /** With a clock that says what "today" is when judging consents. */
    public PersonService(Database db, Localization l10n, Clock clock) {
        this.db = db;
        this.l10n = l10n;
        this.clock = clock;
        this.validator = new PersonValidator(l10n);
        this.audit = new AuditTrail(db);
    }

    /** The register's rows for a query, and how many match in all. */
    public PersonPage search(PersonQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = conditions(query, parameters);
        String select = "select p.id, p.code, p.role, p.recruitment_route, p.paid, p.lead_patient,"
                + " (select count(*) from participation x join activity a on a.id = x.activity_id"
                + " where x.person_id = p.id and x.attendance = 'ATTENDED' and a.deleted = false) as attended"
                + FROM_WHERE + where
                + " order by " + query.sort().expression() + (query.ascending() ? " asc" : " desc")
                + ", lower(p.code), p.id"
                + " limit " + Math.max(1, query.limit());
        SqlQuery rowsQuery = db.sqlQuery(select);
        SqlQuery countQuery = db.sqlQuery("select count(*)" + FROM_WHERE + where);
        parameters.forEach((name, value) -> {
            rowsQuery.setParameter(name, value);
            countQuery.setParameter(name, value);
        });
        List<PersonRow> rows = rowsQuery.mapTo(PersonService::row).findList();
        long total = countQuery.mapToScalar(Long.class).findOne();
        return new PersonPage(rows, total);
    }

    private static String conditions(PersonQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (query.code() != null && !query.code().isBlank()) {
            where.append(" and lower(p.code) like :code");
            parameters.put("code", "%" + query.code().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (query.role() != null) {
            where.append(" and p.role = :role");
            parameters.put("role", query.role().name());
        }
        if (query.route() != null) {
            where.append(" and p.recruitment_route = :route");
            parameters.put("route", query.route().name());
        }
        if (query.groupId() != null) {
            where.append(" and exists (select 1 from group_membership gm where gm.person_id = p.id")
                    .append(" and gm.group_id = :grp)");
            parameters.put("grp", query.groupId());
        }
        if (query.paid() != null) {
            where.append(" and p.paid = :paid");
            parameters.put("paid", query.paid());
        }
        if (query.leadPatient() != null) {
            where.append(" and p.lead_patient = :lead");
            parameters.put("lead", query.leadPatient());
        }
        return where.toString();
    }

    private static PersonRow row(ResultSet rs, int rowNumber) throws SQLException {
        String route = rs.getString(4);
        return new PersonRow(rs.getObject(1, UUID.class), rs.getString(2), PersonRole.valueOf(rs.getString(3)),
                route == null ? null : RecruitmentRoute.valueOf(route), rs.getBoolean(5), rs.getBoolean(6),
                rs.getLong(7));
    }

    /** The person as the editor edits it, or empty when it no longer exists (or is in the trash). */
    public Optional<PersonDraft> load(UUID id) {
        Person person = db.find(Person.class).fetch("consents").fetch("memberships")
                .where().idEq(id).findOne();
        return Optional.ofNullable(person).map(this::toDraft);
    }

    private PersonDraft toDraft(Person person) {
        LocalDate today = LocalDate.now(clock);
        List<ConsentDraft> consents = person.getConsents().stream()
                .sorted(Comparator.comparing(Consent::getGivenOn).thenComparing(Consent::getWhenCreated))
                .map(c -> new ConsentDraft(c.getId(), c.getGivenOn(), c.getScope(), c.getWithdrawnOn()))
                .toList();
        Set<UUID> groups = new HashSet<>();
        Map<UUID, UUID> groupConsents = new HashMap<>();
        for (GroupMembership membership : person.getMemberships()) {
            if (withdrawnBy(membership.getConsent(), today)) {
                continue;
            }
            groups.add(membership.getGroup().getId());
            groupConsents.put(membership.getGroup().getId(), membership.getConsent().getId());
        }
        return new PersonDraft(person.getId(), person.getVersion(), person.getCode(), person.getRole(),
                person.getRecruitmentRoute(), person.isPaid(), nullToEmpty(person.getAssociation()),
                person.isLeadPatient(), person.getEducation(), consents, groups, groupConsents);
    }

    /** Saves the draft without touching identifying details. */
    public PersonDraft save(PersonDraft draft) {
        return save(draft, null);
    }

    /**
     * Saves the draft, and the identifying details when given (null leaves them as they are), in one
     * transaction, and returns the person as stored (with the new version).
     *
     * @throws ValidationException   when a field is not valid (a taken code, memberships without a
     *                               valid consent, ...); nothing is written
     * @throws EditConflictException when someone else saved the person since the draft was loaded
     */
    public PersonDraft save(PersonDraft draft, IdentityDraft identity) {
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>(validator.validate(draft, today));
        if (identity != null) {
            problems.addAll(validator.validate(identity));
        }
        if (problems.stream().noneMatch(p -> p.field().equals("code")) && codeTaken(draft)) {
            problems.add(codeTakenProblem(draft));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String description = l10n.text("person.record", draft.code().strip());
        UUID id;
        try {
            id = Saving.inTransaction(db, description, () -> write(draft, identity, today, description));
        } catch (DuplicateKeyException e) {
            // someone else took the code between the check and the write
            throw new ValidationException(List.of(codeTakenProblem(draft)));
        }
        return load(id).orElseThrow();
    }

    private UUID write(PersonDraft draft, IdentityDraft identity, LocalDate today, String description) {
        Person person;
        if (draft.isNew()) {
            person = new Person();
        } else {
            person = db.find(Person.class, draft.id());
            if (person == null) {
                throw new EditConflictException(description, null);
            }
            Saving.checkVersion(person.getVersion(), draft.version(), description);
        }
        person.setCode(draft.code().strip());
        person.setRole(draft.role());
        person.setRecruitmentRoute(draft.route());
        person.setPaid(draft.paid());
        person.setAssociation(blankToNull(draft.association()));
        person.setLeadPatient(draft.leadPatient());
        person.setEducation(draft.education());
        applyConsents(draft, person);
        applyMemberships(draft, person, today);
        if (!draft.isNew()) {
            // children changed alone must still move the version on, so other editors see a conflict
            db.markAsDirty(person);
        }
        db.save(person);
        if (identity != null) {
            writeIdentity(person, identity);
        }
        return person.getId();
    }

    /** Stored consents are updated (never deleted: they are the record of what was agreed); new ones added. */
    private static void applyConsents(PersonDraft draft, Person person) {
        Map<UUID, Consent> existing = new HashMap<>();
        person.getConsents().forEach(consent -> existing.put(consent.getId(), consent));
        for (ConsentDraft row : draft.consents()) {
            Consent consent = row.id() == null ? null : existing.get(row.id());
            if (consent == null) {
                consent = new Consent();
                consent.setPerson(person);
                person.getConsents().add(consent);
            }
            consent.setGivenOn(row.givenOn());
            consent.setScope(row.scope());
            consent.setWithdrawnOn(row.withdrawnOn());
        }
    }

    private void applyMemberships(PersonDraft draft, Person person, LocalDate today) {
        Set<UUID> present = new HashSet<>();
        List<GroupMembership> withdrawn = new ArrayList<>();
        Iterator<GroupMembership> memberships = person.getMemberships().iterator();
        while (memberships.hasNext()) {
            GroupMembership membership = memberships.next();
            UUID group = membership.getGroup().getId();
            boolean consentStands = membership.getConsent().isValidOn(today);
            if (withdrawnBy(membership.getConsent(), today)) {
                // kept with its withdrawn consent: it still counts for the activities before the withdrawal
                present.add(group);
                // chosen again after the withdrawal (a form still showing it under that consent is stale)
                if (draft.groups().contains(group)
                        && !membership.getConsent().getId().equals(draft.groupConsents().get(group))) {
                    withdrawn.add(membership);
                }
            } else if (!consentStands) {
                // a consent not yet in force; not silently moved under another one
                present.add(group);
                memberships.remove();
            } else if (!draft.groups().contains(group)) {
                memberships.remove();
            } else {
                present.add(group);
            }
        }
        Consent newest = person.getConsents().stream()
                .filter(consent -> consent.isValidOn(today))
                .max(Comparator.comparing(Consent::getGivenOn))
                .orElse(null);
        for (GroupMembership membership : withdrawn) {
            // chosen again under a consent that stands
            membership.setConsent(newest);
        }
        for (UUID group : draft.groups().stream().sorted().toList()) {
            if (present.contains(group)) {
                continue;
            }
            GroupMembership membership = new GroupMembership();
            membership.setPerson(person);
            membership.setGroup(db.reference(DisadvantagedGroup.class, group));
            membership.setConsent(newest);
            person.getMemberships().add(membership);
        }
    }

    /** The consent was withdrawn on or before the day. */
    private static boolean withdrawnBy(Consent consent, LocalDate day) {
        return consent.getWithdrawnOn() != null && !consent.getWithdrawnOn().isAfter(day);
    }

    private boolean codeTaken(PersonDraft draft) {
        String sql = "select count(*) from person where lower(code) = :code"
                + (draft.isNew() ? "" : " and id <> :id");
        SqlQuery query = db.sqlQuery(sql).setParameter("code", draft.code().strip().toLowerCase(Locale.ROOT));
        if (!draft.isNew()) {
            query.setParameter("id", draft.id());
        }
        return query.mapToScalar(Long.class).findOne() > 0;
    }

    private FieldProblem codeTakenProblem(PersonDraft draft) {
        return new FieldProblem("code", l10n.text("person.invalid.codeTaken", draft.code().strip()));
    }

    /**
     * The person's identifying details, read only when the user explicitly asked to see them;
     * empty details when none are recorded. Recorded in the audit trail as a reveal.
     */
    public IdentityDraft loadIdentity(UUID personId) {
        audit.record(AuditAction.REVEAL_IDENTITY, "Person", personId, null);
        PersonIdentity identity = findIdentity(personId);
        if (identity == null) {
            return IdentityDraft.empty();
        }
        return new IdentityDraft(nullToEmpty(identity.getFullName()), nullToEmpty(identity.getEmail()),
                nullToEmpty(identity.getPhone()), nullToEmpty(identity.getPostalAddress()));
    }

    private PersonIdentity findIdentity(UUID personId) {
        return db.find(PersonIdentity.class).where().eq("person.id", personId).findOne();
    }

    private void writeIdentity(Person person, IdentityDraft draft) {
        PersonIdentity identity = findIdentity(person.getId());
        if (draft.isEmpty()) {
            if (identity != null) {
                db.delete(identity);
            }
            return;
        }
        if (identity == null) {
            identity = new PersonIdentity();
            identity.setPerson(person);
        }
        identity.setFullName(blankToNull(draft.fullName()));
        identity.setEmail(blankToNull(draft.email()));
        identity.setPhone(blankToNull(draft.phone()));
        identity.setPostalAddress(blankToNull(draft.postalAddress()));
        db.save(identity);
    }

    /** The activities the person was invited to or attended (newest first) and the teams they sit on. */
    public PersonHistory history(UUID personId) {
        List<ActivityTaken> activities = db.sqlQuery("select a.id, a.held_on, a.title, x.invited, x.attendance"
                        + " from participation x join activity a on a.id = x.activity_id"
                        + " where x.person_id = :id and a.deleted = false"
                        + " order by a.held_on desc, lower(a.title), a.id")
                .setParameter("id", personId)
                .mapTo((rs, n) -> new ActivityTaken(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getBoolean(4),
                        rs.getString(5) == null ? null : AttendanceStatus.valueOf(rs.getString(5))))
                .findList();
        List<TeamSeat> teams = db.sqlQuery("select t.name, m.profession, m.joined_on, m.left_on"
                        + " from team_membership m join process_team t on t.id = m.team_id"
                        + " where m.person_id = :id and t.deleted = false"
                        + " order by lower(t.name), m.joined_on")
                .setParameter("id", personId)
                .mapTo((rs, n) -> new TeamSeat(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .findList();
        return new PersonHistory(activities, teams);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
