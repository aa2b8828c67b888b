package org.inclusio.logic.activity;

import io.ebean.Database;
import io.ebean.SqlQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.Saving;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.store.StoreInfoService;
import org.inclusio.model.Accommodation;
import org.inclusio.model.Activity;
import org.inclusio.model.Barrier;
import org.inclusio.model.BaseEntity;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Organisation;
import org.inclusio.model.Participation;
import org.inclusio.model.Person;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.Proposal;
import org.inclusio.model.ReasonForCoproducing;

/**
 * Reads and writes activities: the register's rows as one aggregate query, and an activity with
 * its participants and proposals loaded and saved as one draft in one transaction.
 */
public final class ActivityService {

    /** The four link lists of an activity in one statement: list number (as in {@link Links}), owner, linked id. */
    private static final String LINKS = "select 0, activity_id, barrier_id from activity_barrier"
            + " where activity_id = :activity"
            + " union all select 1, activity_id, accommodation_id from activity_accommodation"
            + " where activity_id = :activity"
            + " union all select 2, pb.participation_id, pb.barrier_id from participation p"
            + " join participation_barrier pb on pb.participation_id = p.id where p.activity_id = :activity"
            + " union all select 3, pa.participation_id, pa.accommodation_id from participation p"
            + " join participation_accommodation pa on pa.participation_id = p.id where p.activity_id = :activity";

    private final Database db;
    private final ActivityValidator validator;
    private final Localization l10n;

    public ActivityService(Database db, Localization l10n) {
        this.db = db;
        this.l10n = l10n;
        this.validator = new ActivityValidator(l10n);
    }

    /** The register's rows for a query, and how many match in all. */
    public ActivityPage search(ActivityQuery query) {
        return new ActivityPage(rows(query), count(query));
    }

    /** At most the query's limit of matching activities, in the query's order. */
    public List<ActivityRow> rows(ActivityQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = conditions(query, parameters);
        String select = "select a.id, a.title, a.held_on, a.mode, a.level, t.name as team_name,"
                + " (select count(*) from participation p where p.activity_id = a.id"
                + " and p.attendance = 'ATTENDED') as attended,"
                + " (select count(*) from exclusion_flag f where f.activity_id = a.id and f.status = 'OPEN'"
                + " and f.deleted = false) as open_flags"
                + " from activity a left join process_team t on t.id = a.team_id where a.deleted = false" + where
                + " order by " + query.sort().expression() + (query.ascending() ? " asc" : " desc") + ", a.id"
                + " limit " + Math.max(1, query.limit());
        SqlQuery rowsQuery = db.sqlQuery(select);
        parameters.forEach(rowsQuery::setParameter);
        return rowsQuery.mapTo(ActivityService::row).findList();
    }

    /**
     * How many activities match the query. Without conditions it is the store's count of live activities (the
     * table's own row count less the trash, read through indexes); with conditions it reads every matching
     * activity, so on a large store it takes longer than the first rows, and the register asks for it only when
     * the rows fill a page.
     */
    public long count(ActivityQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String conditions = conditions(query, parameters);
        if (conditions.isEmpty()) {
            return new StoreInfoService(db).registers().activities();
        }
        // the conditions name only the activity: no join to its team is needed to count
        SqlQuery countQuery = db.sqlQuery("select count(*) from activity a where a.deleted = false" + conditions);
        parameters.forEach(countQuery::setParameter);
        return countQuery.mapToScalar(Long.class).findOne();
    }

    private static String conditions(ActivityQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (lower(a.title) like :text or lower(a.place) like :text or lower(a.purpose) like :text)");
            parameters.put("text", "%" + query.text().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (query.from() != null) {
            where.append(" and a.held_on >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and a.held_on <= :to");
            parameters.put("to", query.to());
        }
        if (query.mode() != null) {
            where.append(" and a.mode = :mode");
            parameters.put("mode", query.mode().name());
        }
        if (query.level() != null) {
            where.append(" and a.level = :level");
            parameters.put("level", query.level().name());
        }
        if (query.teamId() != null) {
            where.append(" and a.team_id = :team");
            parameters.put("team", query.teamId());
        }
        if (query.organisationId() != null) {
            where.append(" and a.organisation_id = :organisation");
            parameters.put("organisation", query.organisationId());
        }
        if (query.groupId() != null) {
            where.append(query.groupPresent() ? " and exists" : " and not exists")
                    .append(" (select 1 from participation gp join group_membership gm on gm.person_id = gp.person_id")
                    .append(" join consent gc on gc.id = gm.consent_id")
                    .append(" where gp.activity_id = a.id and gp.attendance = 'ATTENDED' and gm.group_id = :grp")
                    .append(" and (gc.withdrawn_on is null or gc.withdrawn_on > a.held_on))");
            parameters.put("grp", query.groupId());
        }
        if (query.openFlagsOnly()) {
            where.append(" and exists (select 1 from exclusion_flag of where of.activity_id = a.id")
                    .append(" and of.status = 'OPEN' and of.deleted = false)");
        }
        return where.toString();
    }

    private static ActivityRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new ActivityRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
                Mode.valueOf(rs.getString(4)), Level.valueOf(rs.getString(5)), rs.getString(6), rs.getLong(7),
                rs.getLong(8));
    }

    /** The activity as the editor edits it, or empty when it no longer exists (or is in the trash). */
    public Optional<ActivityDraft> load(UUID id) {
        Activity activity = db.find(Activity.class)
                .fetch("participations").fetch("participations.person", "code")
                .where().idEq(id).findOne();
        return Optional.ofNullable(activity).map(found -> toDraft(found, links(found.getId())));
    }

    /**
     * The barriers and accommodations linked to an activity and to each of its participations, read from
     * the link tables through the activity's and the participations' indexes. Not through Ebean's lazy
     * loading of the lists: it reads a many-to-many list from the vocabulary's side with a left join, which
     * H2 runs as a pass over every link row of the store (seconds on a large store, for a few rows).
     */
    private Links links(UUID activityId) {
        List<Map<UUID, Set<UUID>>> lists = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        db.sqlQuery(LINKS).setParameter("activity", activityId)
                .mapTo((rs, rowNumber) -> new Link(rs.getInt(1), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class)))
                .findEach(link -> lists.get(link.list()).computeIfAbsent(link.owner(), owner -> new HashSet<>())
                        .add(link.linked()));
        return new Links(lists.get(0).getOrDefault(activityId, Set.of()),
                lists.get(1).getOrDefault(activityId, Set.of()), lists.get(2), lists.get(3));
    }

    /** One row of a link list. */
    private record Link(int list, UUID owner, UUID linked) {
    }

    /** What is linked to an activity and its participations (keyed by participation id) as stored. */
    private record Links(Set<UUID> barriersObserved, Set<UUID> accommodationsGiven,
                         Map<UUID, Set<UUID>> barriersMet, Map<UUID, Set<UUID>> accommodationsOffered) {

        static final Links NONE = new Links(Set.of(), Set.of(), Map.of(), Map.of());

        Set<UUID> barriersMet(Participation participation) {
            return participation.getId() == null ? Set.of() : barriersMet.getOrDefault(participation.getId(), Set.of());
        }

        Set<UUID> accommodationsOffered(Participation participation) {
            return participation.getId() == null ? Set.of()
                    : accommodationsOffered.getOrDefault(participation.getId(), Set.of());
        }
    }

    private ActivityDraft toDraft(Activity activity, Links links) {
        List<ParticipationDraft> participations = activity.getParticipations().stream()
                .sorted(java.util.Comparator.comparing(p -> p.getPerson().getCode()))
                .map(p -> new ParticipationDraft(p.getPerson().getId(), p.getPerson().getCode(), p.isInvited(),
                        p.getInvitedOn(), p.getInvitationChannel(), links.accommodationsOffered(p),
                        p.getAttendance(), p.getAbsenceReason(), links.barriersMet(p), p.getSpeakingTurns(),
                        p.getQuestions(), p.getHeardRating(), p.getExpressRating()))
                .toList();
        List<ProposalDraft> proposals = activity.getProposals().stream()
                .sorted(java.util.Comparator.comparing(BaseEntity::getWhenCreated))
                .map(p -> new ProposalDraft(p.getId(), p.getProposer() == null ? null : p.getProposer().getId(),
                        p.getProposer() == null ? null : p.getProposer().getCode(), p.getContent(), p.getOutcome(),
                        p.getOutcomeOn(), p.getOutcomeReason()))
                .toList();
        Set<ReasonForCoproducing> reasons = activity.getReasons().stream()
                .map(ReasonForCoproducing::valueOf).collect(Collectors.toSet());
        return new ActivityDraft(activity.getId(), activity.getVersion(), activity.getTitle(), activity.getHeldOn(),
                activity.getStartTime(), activity.getDurationMinutes(), activity.getAnonymousParticipants(),
                activity.getPlace(), activity.getMode(), activity.getLevel(), activity.getTemporalNatureOverride(),
                activity.getContributionOverride(),
                activity.getPurpose(), reasons, idOf(activity.getTeam()), idOf(activity.getOrganisation()),
                activity.getExpectedRole(), activity.getTopicsAvoided(), activity.getNotes(),
                links.barriersObserved(), links.accommodationsGiven(), participations, proposals,
                activity.isTalkCounted());
    }

    /**
     * Saves the draft in one transaction and returns it as stored (with its new version).
     *
     * @throws ValidationException   when a field is not valid; nothing is written
     * @throws EditConflictException when someone else saved the activity since the draft was loaded
     */
    public ActivityDraft save(ActivityDraft draft) {
        List<FieldProblem> problems = validator.validate(draft);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String description = l10n.text("activity.record", draft.title());
        UUID id = Saving.inTransaction(db, description, () -> {
            Activity activity;
            if (draft.isNew()) {
                activity = new Activity();
            } else {
                // the participations in the same statement, with what the save compares
                activity = db.find(Activity.class).fetch("participations").where().idEq(draft.id()).findOne();
                if (activity == null) {
                    throw new EditConflictException(description, null);
                }
                Saving.checkVersion(activity.getVersion(), draft.version(), description);
            }
            apply(draft, activity, draft.isNew() ? Links.NONE : links(activity.getId()));
            if (!draft.isNew()) {
                // children changed alone must still move the version on, so other editors see a conflict
                db.markAsDirty(activity);
            }
            db.save(activity);
            return activity.getId();
        });
        return load(id).orElseThrow();
    }

    /** Puts the draft into the activity; a list of links is replaced only when it differs from the stored one. */
    private void apply(ActivityDraft draft, Activity activity, Links stored) {
        activity.setTitle(draft.title().trim());
        activity.setHeldOn(draft.heldOn());
        activity.setStartTime(draft.startTime());
        activity.setDurationMinutes(draft.durationMinutes());
        activity.setAnonymousParticipants(draft.anonymousParticipants());
        activity.setTalkCounted(draft.talkCounted());
        activity.setPlace(blankToNull(draft.place()));
        activity.setMode(draft.mode());
        activity.setLevel(draft.level());
        activity.setTemporalNatureOverride(draft.temporalNatureOverride());
        activity.setContributionOverride(draft.contributionOverride());
        activity.setPurpose(blankToNull(draft.purpose()));
        activity.setReasons(draft.reasons().stream().map(Enum::name).sorted().collect(Collectors.toCollection(ArrayList::new)));
        activity.setTeam(draft.teamId() == null ? null : db.reference(ProcessTeam.class, draft.teamId()));
        activity.setOrganisation(draft.organisationId() == null ? null
                : db.reference(Organisation.class, draft.organisationId()));
        activity.setExpectedRole(draft.expectedRole());
        activity.setTopicsAvoided(blankToNull(draft.topicsAvoided()));
        activity.setNotes(blankToNull(draft.notes()));
        boolean created = activity.getId() == null;
        if (created || !draft.barriersObserved().equals(stored.barriersObserved())) {
            activity.setBarriersObserved(references(Barrier.class, draft.barriersObserved()));
        }
        if (created || !draft.accommodationsGiven().equals(stored.accommodationsGiven())) {
            activity.setAccommodationsGiven(references(Accommodation.class, draft.accommodationsGiven()));
        }
        applyParticipations(draft, activity, stored);
        applyProposals(draft, activity);
    }

    private void applyParticipations(ActivityDraft draft, Activity activity, Links stored) {
        Map<UUID, Participation> existing = new HashMap<>();
        for (Participation participation : activity.getParticipations()) {
            existing.put(participation.getPerson().getId(), participation);
        }
        Set<UUID> kept = new HashSet<>();
        for (ParticipationDraft row : draft.participations()) {
            Participation participation = existing.get(row.personId());
            if (participation == null) {
                participation = new Participation();
                participation.setActivity(activity);
                participation.setPerson(db.reference(Person.class, row.personId()));
                activity.getParticipations().add(participation);
            }
            kept.add(row.personId());
            participation.setInvited(row.invited());
            participation.setInvitedOn(row.invitedOn());
            participation.setInvitationChannel(row.channel());
            // a stored list is written again only when it changed: its rows are deleted and inserted anew
            boolean created = participation.getId() == null;
            if (created || !row.accommodationsOffered().equals(stored.accommodationsOffered(participation))) {
                participation.setAccommodationsOffered(references(Accommodation.class, row.accommodationsOffered()));
            }
            participation.setAttendance(row.attendance());
            participation.setAbsenceReason(blankToNull(row.absenceReason()));
            if (created || !row.barriersMet().equals(stored.barriersMet(participation))) {
                participation.setBarriersMet(references(Barrier.class, row.barriersMet()));
            }
            participation.setSpeakingTurns(row.speakingTurns());
            participation.setQuestions(row.questions());
            participation.setHeardRating(row.heardRating());
            participation.setExpressRating(row.expressRating());
        }
        activity.getParticipations().removeIf(p -> !kept.contains(p.getPerson().getId()));
    }

    private void applyProposals(ActivityDraft draft, Activity activity) {
        Map<UUID, Proposal> existing = new HashMap<>();
        for (Proposal proposal : activity.getProposals()) {
            existing.put(proposal.getId(), proposal);
        }
        Set<UUID> kept = new HashSet<>();
        for (ProposalDraft row : draft.proposals()) {
            Proposal proposal = row.id() == null ? null : existing.get(row.id());
            if (proposal == null) {
                proposal = new Proposal();
                proposal.setActivity(activity);
                activity.getProposals().add(proposal);
            } else {
                kept.add(row.id());
            }
            proposal.setProposer(row.proposerId() == null ? null : db.reference(Person.class, row.proposerId()));
            proposal.setContent(row.content().trim());
            proposal.setOutcome(row.outcome());
            proposal.setOutcomeOn(row.outcomeOn());
            proposal.setOutcomeReason(blankToNull(row.outcomeReason()));
        }
        activity.getProposals().removeIf(p -> p.getId() != null && !kept.contains(p.getId()));
    }

    private <T extends BaseEntity> List<T> references(Class<T> type, Set<UUID> ids) {
        return ids.stream().sorted().map(id -> db.reference(type, id)).collect(Collectors.toCollection(ArrayList::new));
    }

    private static UUID idOf(BaseEntity bean) {
        return bean == null ? null : bean.getId();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
