package org.inclusio.logic.workshop;

import io.ebean.Database;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.analysis.DisclosureSettings;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.activity.ActivityService;
import org.inclusio.logic.activity.ActivityValidator;
import org.inclusio.logic.activity.ProposalDraft;
import org.inclusio.logic.catalogue.FieldLimits;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.Saving;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.ConsentDraft;
import org.inclusio.logic.person.PersonChoice;
import org.inclusio.logic.person.PersonDirectory;
import org.inclusio.logic.person.PersonDraft;
import org.inclusio.logic.person.PersonService;
import org.inclusio.model.Accommodation;
import org.inclusio.model.Activity;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.Barrier;
import org.inclusio.model.BaseEntity;
import org.inclusio.model.GroupMembership;
import org.inclusio.model.Participation;
import org.inclusio.model.Person;
import org.inclusio.model.Proposal;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.model.WorkshopSession;
import org.inclusio.model.WorkshopStage;

/**
 * Runs an activity as a live workshop. Every action (a check-in, a turn, a question, a proposal, a
 * barrier, a timer change, a rating) is written at once in a short transaction of its own, on the
 * activity's participations and proposals and on a small session record, so that nothing shown is
 * lost when the program stops, and reopening the activity resumes the session. Each write moves the
 * activity's version on, so an editor holding an older copy of the activity is refused on saving,
 * and each is recorded in the audit trail like any other change.
 */
public final class WorkshopService {

    /** Letters and digits that cannot be mistaken for one another when read aloud or written down. */
    private static final char[] CODE_LETTERS = "ACDEFHJKLMNPRTUVWXY3479".toCharArray();
    private static final int CODE_LENGTH = 6;

    private final Database db;
    private final Localization l10n;
    private final Clock clock;
    private final ActivityService activities;
    private final PersonService people;
    private final PersonDirectory directory;
    private final ActivityValidator validator;
    private final SecureRandom random = new SecureRandom();

    public WorkshopService(Database db, Localization l10n, Clock clock, ActivityService activities,
                           PersonService people, PersonDirectory directory) {
        this.db = db;
        this.l10n = l10n;
        this.clock = clock;
        this.activities = activities;
        this.people = people;
        this.directory = directory;
        this.validator = new ActivityValidator(l10n);
    }

    /** The clock the timer reads. */
    public Clock clock() {
        return clock;
    }

    /**
     * Creates a workshop activity for the team, dated today, with the team's members invited, and
     * opens it in live mode.
     */
    public WorkshopSnapshot newWorkshop(UUID teamId, String title) {
        ActivityDraft blank = ActivityDraft.blank(LocalDate.now(clock));
        ActivityDraft draft = new ActivityDraft(null, 0, title, blank.heldOn(), null, blank.durationMinutes(), 0, "",
                blank.mode(), blank.level(), null, null, "", Set.of(), teamId, null, null, "", "", Set.of(), Set.of(),
                List.of(), List.of());
        ActivityDraft saved = activities.save(draft);
        return open(saved.id());
    }

    /**
     * Opens the activity in live mode: the first time, a session is started and the members of the
     * activity's team on its day are added as invited; afterwards, the session resumes as stored.
     *
     * @throws EditConflictException when the activity no longer exists
     */
    public WorkshopSnapshot open(UUID activityId) {
        write(activityId, activity -> {
            if (session(activity) == null) {
                WorkshopSession session = new WorkshopSession();
                session.setActivity(activity);
                db.save(session);
                inviteTeam(activity);
            }
            return null;
        });
        return snapshot(activityId).orElseThrow(() -> gone(activityId));
    }

    private void inviteTeam(Activity activity) {
        if (activity.getTeam() == null) {
            return;
        }
        Set<UUID> listed = new java.util.HashSet<>();
        activity.getParticipations().forEach(p -> listed.add(p.getPerson().getId()));
        for (PersonChoice member : directory.teamMembers(activity.getTeam().getId(), activity.getHeldOn())) {
            if (listed.add(member.id())) {
                Participation participation = new Participation();
                participation.setActivity(activity);
                participation.setPerson(db.reference(Person.class, member.id()));
                participation.setInvited(true);
                participation.setInvitedOn(activity.getHeldOn());
                db.save(participation);
            }
        }
    }

    /** The session as stored, or empty when the activity no longer exists or was never run live. */
    public Optional<WorkshopSnapshot> snapshot(UUID activityId) {
        Activity activity = db.find(Activity.class).fetch("participations").fetch("participations.person")
                .where().idEq(activityId).findOne();
        if (activity == null) {
            return Optional.empty();
        }
        WorkshopSession session = session(activity);
        if (session == null) {
            return Optional.empty();
        }
        java.util.Map<UUID, Set<UUID>> groups = groupsOn(activity.getHeldOn(),
                activity.getParticipations().stream().map(p -> p.getPerson().getId()).toList());
        List<WorkshopPerson> listed = activity.getParticipations().stream()
                .map(p -> new WorkshopPerson(p.getPerson().getId(), p.getPerson().getCode(), p.getPerson().getRole(),
                        p.isInvited(), p.getAttendance(), p.getSpeakingTurns(), p.getQuestions(), p.getHeardRating(),
                        p.getExpressRating(), groups.getOrDefault(p.getPerson().getId(), Set.of())))
                .sorted(Comparator.comparing(WorkshopPerson::code, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<WorkshopProposal> proposals = activity.getProposals().stream()
                .sorted(Comparator.comparing(BaseEntity::getWhenCreated).thenComparing(BaseEntity::getId))
                .map(p -> new WorkshopProposal(p.getId(), p.getProposer() == null ? null : p.getProposer().getId(),
                        p.getProposer() == null ? null : p.getProposer().getCode(), p.getContent(), p.getOutcome()))
                .toList();
        return Optional.of(new WorkshopSnapshot(activity.getId(), activity.getTitle(), activity.getHeldOn(),
                session.getStage(), timer(session), listed, proposals));
    }

    /** The groups each person declared under a consent valid on the day (absent: none). */
    private java.util.Map<UUID, Set<UUID>> groupsOn(LocalDate day, List<UUID> personIds) {
        java.util.Map<UUID, Set<UUID>> groups = new java.util.HashMap<>();
        if (personIds.isEmpty()) {
            return groups;
        }
        for (GroupMembership membership : db.find(GroupMembership.class).fetch("consent").where()
                .in("person.id", personIds).findList()) {
            if (membership.getConsent() != null && membership.getConsent().isValidOn(day)) {
                groups.computeIfAbsent(membership.getPerson().getId(), id -> new java.util.HashSet<>())
                        .add(membership.getGroup().getId());
            }
        }
        return groups;
    }

    /** The store's suppression policy, which the room's balance of voice follows. */
    public Suppression suppression() {
        return new DisclosureSettings(db).suppression();
    }

    /** Records the person as present and returns the attendance recorded before (null when none). */
    public AttendanceStatus checkIn(UUID activityId, UUID personId) {
        return setAttendance(activityId, personId, AttendanceStatus.ATTENDED);
    }

    /** Records the person's attendance (null: not known) and returns the one recorded before. */
    public AttendanceStatus setAttendance(UUID activityId, UUID personId, AttendanceStatus attendance) {
        return write(activityId, activity -> {
            Participation participation = participation(activity, personId);
            AttendanceStatus before = participation.getAttendance();
            participation.setAttendance(attendance);
            if (attendance == AttendanceStatus.ATTENDED) {
                participation.setAbsenceReason(null);
            }
            db.save(participation);
            return before;
        });
    }

    /** Adds {@code delta} (1, or -1 to undo) to the person's speaking turns and returns the new count. */
    public int addSpeakingTurns(UUID activityId, UUID personId, int delta) {
        return write(activityId, activity -> {
            Participation participation = participation(activity, personId);
            participation.setSpeakingTurns(Math.max(0, participation.getSpeakingTurns() + delta));
            db.save(participation);
            return participation.getSpeakingTurns();
        });
    }

    /** Adds {@code delta} (1, or -1 to undo) to the person's questions and returns the new count. */
    public int addQuestions(UUID activityId, UUID personId, int delta) {
        return write(activityId, activity -> {
            Participation participation = participation(activity, personId);
            participation.setQuestions(Math.max(0, participation.getQuestions() + delta));
            db.save(participation);
            return participation.getQuestions();
        });
    }

    /**
     * Notes a pending proposal by the person and returns it as stored.
     *
     * @throws ValidationException when the text is empty or too long; nothing is written
     */
    public WorkshopProposal addProposal(UUID activityId, UUID personId, String content) {
        String text = content == null ? "" : content.strip();
        List<FieldProblem> problems = validator.validateProposal(
                new ProposalDraft(null, personId, null, text, ProposalOutcome.PENDING, null, null), 1, null);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return write(activityId, activity -> {
            Participation participation = participation(activity, personId);
            Proposal proposal = new Proposal();
            proposal.setActivity(activity);
            proposal.setProposer(participation.getPerson());
            proposal.setContent(text);
            db.save(proposal);
            return new WorkshopProposal(proposal.getId(), personId, participation.getPerson().getCode(), text,
                    ProposalOutcome.PENDING);
        });
    }

    /** Removes a proposal noted in the session (to undo it). */
    public void removeProposal(UUID activityId, UUID proposalId) {
        write(activityId, activity -> {
            Proposal proposal = db.find(Proposal.class, proposalId);
            if (proposal != null && proposal.getActivity().getId().equals(activityId)) {
                db.delete(proposal);
            }
            return null;
        });
    }

    /**
     * Sets what became of a proposal in the closing review; any outcome but pending is dated today.
     *
     * @throws ValidationException when the text is empty or too long; nothing is written
     */
    public void reviewProposal(UUID activityId, UUID proposalId, String content, ProposalOutcome outcome) {
        LocalDate today = LocalDate.now(clock);
        LocalDate decided = outcome == ProposalOutcome.PENDING ? null : today;
        String text = content == null ? "" : content.strip();
        List<FieldProblem> problems = validator.validateProposal(
                new ProposalDraft(proposalId, null, null, text, outcome, decided, null), 1, null);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        write(activityId, activity -> {
            Proposal proposal = db.find(Proposal.class, proposalId);
            if (proposal == null || !proposal.getActivity().getId().equals(activityId)) {
                throw gone(activityId);
            }
            proposal.setContent(text);
            if (proposal.getOutcome() != outcome) {
                proposal.setOutcome(outcome);
                proposal.setOutcomeOn(decided);
            }
            db.save(proposal);
            return null;
        });
    }

    /**
     * Notes that the person met the barrier (also as observed at the activity); returns whether it
     * was new for the person, which is what an undo removes.
     */
    public boolean noteBarrier(UUID activityId, UUID personId, UUID barrierId, boolean add) {
        return write(activityId, activity -> {
            Participation participation = participation(activity, personId);
            Set<UUID> met = linked("select barrier_id from participation_barrier where participation_id = :owner",
                    participation.getId());
            boolean changed = add ? met.add(barrierId) : met.remove(barrierId);
            if (changed) {
                participation.setBarriersMet(references(Barrier.class, met));
            }
            if (add) {
                Set<UUID> observed = linked("select barrier_id from activity_barrier where activity_id = :owner",
                        activity.getId());
                if (observed.add(barrierId)) {
                    activity.setBarriersObserved(references(Barrier.class, observed));
                }
            }
            db.save(participation);
            return changed;
        });
    }

    /**
     * Notes that the accommodation was given to the person (also as given at the activity); returns
     * whether it was new for the person.
     */
    public boolean noteAccommodation(UUID activityId, UUID personId, UUID accommodationId, boolean add) {
        return write(activityId, activity -> {
            Participation participation = participation(activity, personId);
            Set<UUID> offered = linked("select accommodation_id from participation_accommodation"
                    + " where participation_id = :owner", participation.getId());
            boolean changed = add ? offered.add(accommodationId) : offered.remove(accommodationId);
            if (changed) {
                participation.setAccommodationsOffered(references(Accommodation.class, offered));
            }
            if (add) {
                Set<UUID> given = linked("select accommodation_id from activity_accommodation"
                        + " where activity_id = :owner", activity.getId());
                if (given.add(accommodationId)) {
                    activity.setAccommodationsGiven(references(Accommodation.class, given));
                }
            }
            db.save(participation);
            return changed;
        });
    }

    /**
     * The ids a link table holds for one owner, read through the owner's index. Not through Ebean's lazily
     * loaded list: it joins from the vocabulary's side, which H2 runs as a pass over every link row of the
     * store naming those entries (seconds on a large store).
     */
    private Set<UUID> linked(String sql, UUID owner) {
        return new java.util.HashSet<>(db.sqlQuery(sql).setParameter("owner", owner).mapToScalar(UUID.class)
                .findList());
    }

    /** References to the records, in id order (the order of the link rows written). */
    private <T extends BaseEntity> List<T> references(Class<T> type, Set<UUID> ids) {
        return ids.stream().sorted().map(id -> db.reference(type, id))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }

    /** A pseudonymous code no one in the store has yet, like P-K7M3QX. */
    public String newCode() {
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder code = new StringBuilder("P-");
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_LETTERS[random.nextInt(CODE_LETTERS.length)]);
            }
            String candidate = code.toString();
            if (directory.find(candidate, 5).stream().noneMatch(p -> p.code().equalsIgnoreCase(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free code found");
    }

    /**
     * Records someone who came without being listed: a new person (held to the People area's rules;
     * declared groups only under the consent given), checked in at once, not invited.
     *
     * @throws ValidationException when the code is taken or not valid, or groups lack a consent
     */
    public WorkshopPerson addWalkIn(UUID activityId, WalkInDraft walkIn) {
        LocalDate today = LocalDate.now(clock);
        List<ConsentDraft> consents = walkIn.consent() == null ? List.of()
                : List.of(new ConsentDraft(null, today, walkIn.consent(), null));
        PersonDraft draft = new PersonDraft(null, 0, walkIn.code(), walkIn.role(), null, false, "", false, null,
                consents, walkIn.groups(), java.util.Map.of());
        if (snapshot(activityId).isEmpty()) {
            throw gone(activityId);
        }
        PersonDraft saved = people.save(draft);
        return write(activityId, activity -> {
            Participation participation = new Participation();
            participation.setActivity(activity);
            participation.setPerson(db.reference(Person.class, saved.id()));
            participation.setInvited(false);
            participation.setAttendance(AttendanceStatus.ATTENDED);
            db.save(participation);
            return new WorkshopPerson(saved.id(), saved.code(), saved.role(), false, AttendanceStatus.ATTENDED, 0, 0,
                    null, null, walkIn.consent() == null ? Set.of() : walkIn.groups());
        });
    }

    /** Starts the timer, or resumes it after a break; returns the timer as stored. */
    public WorkshopTimer startTimer(UUID activityId) {
        return write(activityId, activity -> {
            WorkshopSession session = session(activity);
            Instant now = clock.instant();
            if (session.getRunningSince() == null) {
                if (session.getTimerStartedAt() == null) {
                    session.setTimerStartedAt(now);
                    if (activity.getStartTime() == null) {
                        activity.setStartTime(LocalTime.ofInstant(now, clock.getZone()).withSecond(0).withNano(0));
                    }
                }
                if (session.getPausedAt() != null) {
                    session.setBreakSeconds(session.getBreakSeconds() + seconds(session.getPausedAt(), now));
                    session.setPausedAt(null);
                }
                session.setRunningSince(now);
                db.save(session);
            }
            return timer(session);
        });
    }

    /** Pauses the timer for a break and records the duration so far on the activity. */
    public WorkshopTimer pauseTimer(UUID activityId) {
        return write(activityId, activity -> {
            WorkshopSession session = session(activity);
            if (session.getRunningSince() != null) {
                stop(session, activity);
                session.setPausedAt(clock.instant());
                session.setBreakCount(session.getBreakCount() + 1);
                db.save(session);
            }
            return timer(session);
        });
    }

    private void stop(WorkshopSession session, Activity activity) {
        Instant now = clock.instant();
        session.setWorkedSeconds(session.getWorkedSeconds() + seconds(session.getRunningSince(), now));
        session.setRunningSince(null);
        recordDuration(session, activity);
    }

    private static void recordDuration(WorkshopSession session, Activity activity) {
        if (session.getTimerStartedAt() != null) {
            long minutes = Math.round(session.getWorkedSeconds() / 60.0);
            activity.setDurationMinutes((int) Math.max(FieldLimits.DURATION_MINUTES.min(),
                    Math.min(FieldLimits.DURATION_MINUTES.max(), minutes)));
        }
    }

    /** Ends the counting: the timer stops, its time is recorded, and the round of ratings begins. */
    public void beginRatings(UUID activityId) {
        write(activityId, activity -> {
            WorkshopSession session = session(activity);
            if (session.getRunningSince() != null) {
                stop(session, activity);
            }
            if (session.getPausedAt() != null) {
                session.setBreakSeconds(session.getBreakSeconds() + seconds(session.getPausedAt(), clock.instant()));
                session.setPausedAt(null);
            }
            activity.setTalkCounted(true);
            session.setStage(WorkshopStage.RATINGS);
            db.save(session);
            return null;
        });
    }

    /**
     * Stores a participant's own ratings (1-5) of having been heard and of having been able to
     * express their views; null leaves a rating out.
     *
     * @throws ValidationException when a rating lies outside 1-5, or the person is not checked in
     */
    public void rate(UUID activityId, UUID personId, Integer heard, Integer express) {
        if (!validRating(heard) || !validRating(express)) {
            throw new ValidationException(List.of(new FieldProblem("heardRating",
                    l10n.text("workshop.invalid.rating", FieldLimits.RATING.min(), FieldLimits.RATING.max()))));
        }
        write(activityId, activity -> {
            Participation participation = participation(activity, personId);
            if (participation.getAttendance() != AttendanceStatus.ATTENDED) {
                throw new ValidationException(List.of(new FieldProblem("heardRating",
                        l10n.text("workshop.invalid.ratingAbsent", participation.getPerson().getCode()))));
            }
            participation.setHeardRating(heard);
            participation.setExpressRating(express);
            db.save(participation);
            return null;
        });
    }

    private static boolean validRating(Integer rating) {
        return rating == null || FieldLimits.RATING.contains(rating);
    }

    /** Closes the session: the activity is an ordinary record from then on. */
    public void close(UUID activityId) {
        write(activityId, activity -> {
            WorkshopSession session = session(activity);
            if (session.getRunningSince() != null) {
                stop(session, activity);
            }
            session.setPausedAt(null);
            activity.setTalkCounted(true);
            session.setStage(WorkshopStage.CLOSED);
            db.save(session);
            return null;
        });
    }

    /** Whether the activity has a live session that is not closed. */
    public boolean isRunning(UUID activityId) {
        return db.find(WorkshopSession.class).where().eq("activity.id", activityId)
                .ne("stage", WorkshopStage.CLOSED).exists();
    }

    /** One action in one transaction; the activity's version moves on with it. */
    private <T> T write(UUID activityId, Function<Activity, T> work) {
        String description = l10n.text("workshop.record");
        return Saving.inTransaction(db, description, () -> {
            Activity activity = db.find(Activity.class, activityId);
            if (activity == null) {
                throw gone(activityId);
            }
            T result = work.apply(activity);
            db.markAsDirty(activity);
            db.save(activity);
            return result;
        });
    }

    private WorkshopSession session(Activity activity) {
        return db.find(WorkshopSession.class).where().eq("activity.id", activity.getId()).findOne();
    }

    private Participation participation(Activity activity, UUID personId) {
        Participation participation = db.find(Participation.class).where()
                .eq("activity.id", activity.getId()).eq("person.id", personId).findOne();
        if (participation == null) {
            throw new EditConflictException(l10n.text("workshop.record"), null);
        }
        return participation;
    }

    private EditConflictException gone(UUID activityId) {
        // the activity was deleted (or moved to the trash) elsewhere
        return new EditConflictException(l10n.text("workshop.record"), null);
    }

    private static WorkshopTimer timer(WorkshopSession session) {
        return new WorkshopTimer(session.getTimerStartedAt(), session.getRunningSince(), session.getPausedAt(),
                session.getWorkedSeconds(), session.getBreakSeconds(), session.getBreakCount());
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).getSeconds());
    }
}
