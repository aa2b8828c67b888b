package org.inclusio.logic.team;

import io.ebean.Database;
import io.ebean.SqlQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.inclusio.logic.store.VocabularyTexts;
import org.inclusio.logic.common.Chunks;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.Saving;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Organisation;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.RecruitmentRoute;
import org.inclusio.model.ReferenceShare;
import org.inclusio.model.TeamMembership;

/**
 * Reads and writes process teams: the register's rows as one aggregate query, a team with its
 * members and reference shares loaded and saved as one draft in one transaction, and the team's
 * activities for the editor to list.
 */
public final class TeamService {

    private static final String FROM_WHERE = """
             from process_team t left join organisation o on o.id = t.organisation_id
            where t.deleted = false""";
    private static final String MEMBERS = "(select count(*) from team_membership m join person p on p.id = m.person_id"
            + " where m.team_id = t.id and p.deleted = false and (m.left_on is null or m.left_on > :today)"
            + " and p.role ";

    private final Database db;
    private final Localization l10n;
    private final TeamValidator validator;
    private final Clock clock;

    public TeamService(Database db, Localization l10n, Clock clock) {
        this.db = db;
        this.l10n = l10n;
        this.clock = clock;
        this.validator = new TeamValidator(l10n);
    }

    public TeamService(Database db, Localization l10n) {
        this(db, l10n, Clock.systemDefaultZone());
    }

    /** The register's rows for a query, and how many match in all. */
    public TeamPage search(TeamQuery query) {
        LocalDate today = LocalDate.now(clock);
        String where = "";
        boolean hasText = query.text() != null && !query.text().isBlank();
        if (hasText) {
            where = " and lower(t.name) like :text";
        }
        String select = "select t.id, t.name, o.name as organisation_name, t.patient_group_served, "
                + MEMBERS + "= 'PROFESSIONAL') as professionals, "
                + MEMBERS + "<> 'PROFESSIONAL') as lay_members,"
                + " (select count(*) from activity a where a.team_id = t.id and a.deleted = false"
                + " and a.held_on > :since and a.held_on <= :today) as activities"
                + FROM_WHERE + where
                + " order by " + query.sort().expression() + (query.ascending() ? " asc" : " desc")
                + ", lower(t.name), t.id limit " + Math.max(1, query.limit());
        SqlQuery rowsQuery = db.sqlQuery(select)
                .setParameter("today", today)
                .setParameter("since", today.minusMonths(12));
        SqlQuery countQuery = db.sqlQuery("select count(*)" + FROM_WHERE + where);
        if (hasText) {
            String pattern = "%" + query.text().trim().toLowerCase(Locale.ROOT) + "%";
            rowsQuery.setParameter("text", pattern);
            countQuery.setParameter("text", pattern);
        }
        List<TeamRow> rows = rowsQuery.mapTo(TeamService::row).findList();
        long total = countQuery.mapToScalar(Long.class).findOne();
        return new TeamPage(rows, total);
    }

    private static TeamRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new TeamRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7));
    }

    /** The team's activities, newest first, with how many attended each. */
    public List<TeamActivityRow> activities(UUID teamId) {
        return db.sqlQuery("select a.id, a.held_on, a.title, a.mode, a.level,"
                        + " (select count(*) from participation p where p.activity_id = a.id"
                        + " and p.attendance = 'ATTENDED') as attended"
                        + " from activity a where a.team_id = :team and a.deleted = false"
                        + " order by a.held_on desc, lower(a.title), a.id")
                .setParameter("team", teamId)
                .mapTo((rs, n) -> new TeamActivityRow(rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class), rs.getString(3), Mode.valueOf(rs.getString(4)),
                        Level.valueOf(rs.getString(5)), rs.getLong(6)))
                .findList();
    }

    /** The team as the editor edits it, or empty when it no longer exists (or is in the trash). */
    public Optional<TeamDraft> load(UUID id) {
        ProcessTeam team = db.find(ProcessTeam.class)
                .fetch("members").fetch("members.person")
                .fetch("referenceShares").fetch("referenceShares.group")
                .where().idEq(id).findOne();
        return Optional.ofNullable(team).map(this::toDraft);
    }

    private TeamDraft toDraft(ProcessTeam team) {
        List<TeamMembership> members = team.getMembers().stream()
                .sorted(Comparator.comparing(m -> m.getPerson().getCode()))
                .toList();
        List<ProfessionalDraft> professionals = members.stream()
                .filter(m -> m.getPerson().getRole() == PersonRole.PROFESSIONAL)
                .map(m -> new ProfessionalDraft(m.getPerson().getId(), m.getPerson().getCode(), m.getProfession(),
                        m.getAreaOfCare(), m.getCareLevel(), m.getJoinedOn(), m.getLeftOn()))
                .toList();
        List<LayMemberDraft> lay = members.stream()
                .filter(m -> m.getPerson().getRole() != PersonRole.PROFESSIONAL)
                .map(m -> new LayMemberDraft(m.getPerson().getId(), m.getPerson().getCode(), m.getPerson().getRole(),
                        m.getPerson().getRecruitmentRoute(), m.getJoinedOn(), m.getLeftOn()))
                .toList();
        List<ReferenceShareDraft> shares = team.getReferenceShares().stream()
                .sorted(Comparator.comparing((ReferenceShare s) -> new VocabularyTexts(l10n).name(s.getGroup()))
                        .thenComparing(ReferenceShare::getPopulationYear))
                .map(s -> new ReferenceShareDraft(s.getGroup().getId(), toPercent(s.getShare()), s.getSource(),
                        s.getPopulationYear()))
                .toList();
        return new TeamDraft(team.getId(), team.getVersion(), team.getName(),
                team.getOrganisation() == null ? null : team.getOrganisation().getId(), team.getPatientGroupServed(),
                team.getDescription(), professionals, lay, shares);
    }

    /** A stored fraction (0..1) as percent with one decimal. */
    static double toPercent(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    /** What the validator would say about the draft, with the people's roles as stored. */
    public List<FieldProblem> check(TeamDraft draft) {
        Map<UUID, PersonRole> roles = roles(memberIds(draft));
        return validator.validate(draft, roles::get, LocalDate.now(clock));
    }

    /**
     * Saves the draft in one transaction and returns it as stored (with its new version).
     *
     * @throws ValidationException   when a field is not valid; nothing is written
     * @throws EditConflictException when someone else saved the team since the draft was loaded
     */
    public TeamDraft save(TeamDraft draft) {
        List<FieldProblem> problems = check(draft);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String description = l10n.text("team.record", draft.name().strip());
        UUID id = Saving.inTransaction(db, description, () -> {
            ProcessTeam team;
            if (draft.isNew()) {
                team = new ProcessTeam();
            } else {
                team = db.find(ProcessTeam.class, draft.id());
                if (team == null) {
                    throw new EditConflictException(description, null);
                }
                Saving.checkVersion(team.getVersion(), draft.version(), description);
            }
            apply(draft, team);
            if (!draft.isNew()) {
                // members or shares changed alone must still move the version on
                db.markAsDirty(team);
            }
            db.save(team);
            return team.getId();
        });
        return load(id).orElseThrow();
    }

    private void apply(TeamDraft draft, ProcessTeam team) {
        team.setName(draft.name().strip());
        team.setOrganisation(draft.organisationId() == null ? null
                : db.reference(Organisation.class, draft.organisationId()));
        team.setPatientGroupServed(blankToNull(draft.patientGroupServed()));
        team.setDescription(blankToNull(draft.description()));
        applyMembers(draft, team);
        applyShares(draft, team);
    }

    private void applyMembers(TeamDraft draft, ProcessTeam team) {
        Map<UUID, TeamMembership> existing = new HashMap<>();
        for (TeamMembership membership : team.getMembers()) {
            existing.put(membership.getPerson().getId(), membership);
        }
        Set<UUID> kept = new HashSet<>();
        for (ProfessionalDraft row : draft.professionals()) {
            TeamMembership membership = membership(team, existing, row.personId());
            kept.add(row.personId());
            membership.setProfession(blankToNull(row.profession()));
            membership.setAreaOfCare(blankToNull(row.areaOfCare()));
            membership.setCareLevel(row.careLevel());
            membership.setJoinedOn(row.joinedOn());
            membership.setLeftOn(row.leftOn());
        }
        for (LayMemberDraft row : draft.layMembers()) {
            TeamMembership membership = membership(team, existing, row.personId());
            kept.add(row.personId());
            membership.setProfession(null);
            membership.setAreaOfCare(null);
            membership.setCareLevel(null);
            membership.setJoinedOn(row.joinedOn());
            membership.setLeftOn(row.leftOn());
        }
        team.getMembers().removeIf(m -> !kept.contains(m.getPerson().getId()));
    }

    private TeamMembership membership(ProcessTeam team, Map<UUID, TeamMembership> existing, UUID personId) {
        TeamMembership membership = existing.get(personId);
        if (membership == null) {
            membership = new TeamMembership();
            membership.setTeam(team);
            membership.setPerson(db.reference(Person.class, personId));
            team.getMembers().add(membership);
            existing.put(personId, membership);
        }
        return membership;
    }

    private void applyShares(TeamDraft draft, ProcessTeam team) {
        Map<String, ReferenceShare> existing = new HashMap<>();
        for (ReferenceShare share : team.getReferenceShares()) {
            existing.put(key(share.getGroup().getId(), share.getPopulationYear()), share);
        }
        Set<String> kept = new HashSet<>();
        for (ReferenceShareDraft row : draft.referenceShares()) {
            String key = key(row.groupId(), row.populationYear());
            ReferenceShare share = existing.get(key);
            if (share == null) {
                share = new ReferenceShare();
                share.setTeam(team);
                share.setGroup(db.reference(DisadvantagedGroup.class, row.groupId()));
                share.setPopulationYear(row.populationYear());
                team.getReferenceShares().add(share);
            }
            kept.add(key);
            share.setShare(Math.round(row.percent() * 10) / 1000.0);
            share.setSource(blankToNull(row.source()));
        }
        team.getReferenceShares().removeIf(s -> !kept.contains(key(s.getGroup().getId(), s.getPopulationYear())));
    }

    private static String key(UUID groupId, int year) {
        return groupId + "/" + year;
    }

    /** How each of the given people was recruited (people without a recorded route are left out). */
    public Map<UUID, RecruitmentRoute> recruitmentRoutes(Collection<UUID> personIds) {
        Map<UUID, RecruitmentRoute> routes = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(List.copyOf(personIds), Chunks.DEFAULT_SIZE)) {
            db.find(Person.class).select("recruitmentRoute").where().idIn(chunk).findList().stream()
                    .filter(person -> person.getRecruitmentRoute() != null)
                    .forEach(person -> routes.put(person.getId(), person.getRecruitmentRoute()));
        }
        return routes;
    }

    private Map<UUID, PersonRole> roles(Collection<UUID> ids) {
        Map<UUID, PersonRole> roles = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(List.copyOf(ids), Chunks.DEFAULT_SIZE)) {
            db.find(Person.class).select("role").where().idIn(chunk).findList()
                    .forEach(person -> roles.put(person.getId(), person.getRole()));
        }
        return roles;
    }

    private static Set<UUID> memberIds(TeamDraft draft) {
        Set<UUID> ids = new HashSet<>();
        draft.professionals().forEach(p -> ids.add(p.personId()));
        draft.layMembers().forEach(p -> ids.add(p.personId()));
        return ids;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
