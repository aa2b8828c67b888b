package org.inclusio.logic.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.model.Activity;
import org.inclusio.model.BuiltInAccommodation;
import org.inclusio.model.BuiltInBarrier;
import org.inclusio.model.BuiltInGroup;
import org.inclusio.model.ExpectedRole;
import org.inclusio.model.Organisation;
import org.inclusio.model.Participation;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.Proposal;
import org.inclusio.model.ReasonForCoproducing;

/**
 * Writes the year of activities one at a time, as the plan lays them out: each activity is made
 * with its participations and proposals, handed to the batch and let go, so memory does not grow
 * with the number of activities.
 */
final class ActivityWriter {

    private static final int LONG_MEETING_MINUTES = 240;
    private static final List<ReasonForCoproducing> INCLUSION_REASONS = List.of(
            ReasonForCoproducing.JUSTICE, ReasonForCoproducing.PERSPECTIVE, ReasonForCoproducing.RESOURCE);

    private final BatchWriter out;
    private final DemoTexts texts;
    private final VocabularyRefs vocabulary;
    private final Region region;
    private final ParticipantPicker picker;
    private final ParticipationMaker participations;
    private final ProposalMaker proposals;

    ActivityWriter(BatchWriter out, DemoTexts texts, VocabularyRefs vocabulary, Region region,
                   ParticipantPicker picker) {
        this.out = out;
        this.texts = texts;
        this.vocabulary = vocabulary;
        this.region = region;
        this.picker = picker;
        this.participations = new ParticipationMaker(out, texts, vocabulary, region);
        this.proposals = new ProposalMaker(out, texts, region);
    }

    void write(ActivityPlan plan, Dice dice) throws CancelledException {
        for (int i = 0; i < plan.activities(); i++) {
            writeOne(plan, i, dice);
            out.step();
        }
    }

    private void writeOne(ActivityPlan plan, int i, Dice dice) {
        ActivityKind kind = plan.kind(i);
        DemoTeam team = plan.collective(i) ? null : region.teams().get(plan.team(i));
        int organisation = team == null ? plan.organisation(i) : team.organisation;
        int position = plan.position(i);

        Activity activity = new Activity();
        activity.setId(out.newId());
        activity.setHeldOn(day(position, plan.count(i), dice));
        activity.setMode(kind.mode(position));
        activity.setLevel(kind.level());
        activity.setOrganisation(out.reference(Organisation.class, region.organisationIds().get(organisation)));
        if (team != null) {
            activity.setTeam(out.reference(ProcessTeam.class, team.id));
        }
        describe(activity, kind, team, dice);

        int[] invited = picker.pick(kind, team, organisation, plan.size(i), dice);
        Turnout turnout = participations.make(activity, kind, team, invited, dice);
        noteAbsentee(team, invited, activity);
        for (BuiltInBarrier barrier : turnout.barriers()) {
            activity.getBarriersObserved().add(vocabulary.barrier(barrier));
        }
        accommodate(activity, kind, team, turnout, dice);

        out.insert(activity);
        for (Participation participation : turnout.participations()) {
            out.insert(participation);
        }
        for (Proposal proposal : proposals.make(activity, kind, team, turnout.attended(), dice)) {
            out.insert(proposal);
        }
    }

    /** A weekday spread evenly over the year: the k-th of n activities falls near k/n of the way. */
    private LocalDate day(int position, int count, Dice dice) {
        int offset = (int) ((2L * position + 1) * 365 / (2L * count)) + dice.between(-3, 3);
        LocalDate day = region.yearStart().plusDays(Math.max(0, Math.min(364, offset)));
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            day = day.minusDays(1);
        } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.isAfter(region.referenceDate()) ? region.referenceDate() : day;
    }

    private void describe(Activity activity, ActivityKind kind, DemoTeam team, Dice dice) {
        boolean good = team != null && team.profile.goodPractice();
        String titleKey = kind == ActivityKind.CARE
                ? "activity.CARE." + activity.getMode().name() + ".titles" : "activity." + kind.name() + ".titles";
        activity.setTitle(texts.pickFormat(titleKey, dice, team == null ? texts.pick("districts", dice) : team.name));
        activity.setPurpose(texts.pick("activity." + kind.name() + ".purposes", dice));
        activity.setDurationMinutes(minutes(kind, team, dice));
        activity.setStartTime(start(kind, activity.getDurationMinutes(), good, dice));
        activity.setPlace(texts.pick(team == null ? "places.collective" : good ? "places.good" : "places", dice));
        activity.setExpectedRole(expectedRole(kind, team));
        List<String> reasons = new ArrayList<>();
        kind.reasons().forEach(reason -> reasons.add(reason.name()));
        if (good) {
            INCLUSION_REASONS.forEach(reason -> reasons.add(reason.name()));
        }
        activity.setReasons(reasons);
        if (team != null && team.profile.avoidsTopics() && kind.teamMeeting() && dice.chance(0.5)) {
            activity.setTopicsAvoided(texts.pick("topics." + team.profile.key(), dice));
        }
        if (good && kind.teamMeeting()) {
            activity.setNotes(texts.pick("notes.good", dice));
        }
    }

    private static int minutes(ActivityKind kind, DemoTeam team, Dice dice) {
        boolean good = team != null && team.profile.goodPractice();
        return switch (kind) {
            case MEETING, PRIORITIES -> team.profile.meetingMinutes();
            case WORKSHOP -> good ? 120 : team.profile.meetingMinutes() > LONG_MEETING_MINUTES ? 240 : 180;
            case EDUCATION -> good ? 90 : 30 * dice.between(3, 4);
            case FOCUS -> 90;
            case CARE -> 15 * dice.between(2, 4);
            case DIALOGUE -> 150;
            case PANEL -> 120;
        };
    }

    private static LocalTime start(ActivityKind kind, int minutes, boolean good, Dice dice) {
        if (kind == ActivityKind.CARE) {
            return LocalTime.of(8, 0).plusMinutes(30L * dice.between(0, 16));
        }
        if (kind.collective()) {
            return LocalTime.of(18, 0);
        }
        if (good) {
            return dice.chance(0.5) ? LocalTime.of(17, 30) : LocalTime.of(14, 0);
        }
        return minutes >= LONG_MEETING_MINUTES || dice.chance(0.5) ? LocalTime.of(9, 0) : LocalTime.of(13, 0);
    }

    /** What lay participants are expected to do; the good-practice team asks them to challenge. */
    private static ExpectedRole expectedRole(ActivityKind kind, DemoTeam team) {
        if (team == null) {
            return ExpectedRole.COMMENT;
        }
        boolean good = team.profile.goodPractice();
        return switch (kind) {
            case MEETING, PRIORITIES -> good ? ExpectedRole.CHALLENGE : team.profile.expectedRole();
            case WORKSHOP -> good ? ExpectedRole.DEVELOP : team.profile.expectedRole();
            case FOCUS -> good ? ExpectedRole.CHALLENGE : ExpectedRole.COMMENT;
            case EDUCATION, CARE, DIALOGUE, PANEL -> ExpectedRole.DEVELOP;
        };
    }

    private void accommodate(Activity activity, ActivityKind kind, DemoTeam team, Turnout turnout, Dice dice) {
        List<BuiltInAccommodation> given = new ArrayList<>();
        if (team == null) {
            if (dice.chance(0.5)) {
                given.add(BuiltInAccommodation.MEAL);
            }
            if (dice.chance(0.3)) {
                given.add(BuiltInAccommodation.INTERPRETER);
            }
        } else if (team.profile.goodPractice()) {
            if (kind != ActivityKind.CARE || attendedBy(turnout, BuiltInGroup.NON_NATIVE_SPEAKERS)) {
                given.add(BuiltInAccommodation.INTERPRETER);
                given.add(BuiltInAccommodation.TRANSLATED_MATERIAL);
            }
            if (kind != ActivityKind.CARE) {
                given.add(BuiltInAccommodation.PAYMENT);
                given.add(BuiltInAccommodation.MEAL);
            }
        } else {
            if (activity.getDurationMinutes() >= LONG_MEETING_MINUTES) {
                given.add(BuiltInAccommodation.MEAL);
            }
            if (team.profile.barriers().contains(BuiltInBarrier.STIGMA) && kind != ActivityKind.CARE) {
                given.add(BuiltInAccommodation.ADAPTED_TIME_OR_PLACE);
            }
        }
        given.forEach(accommodation -> activity.getAccommodationsGiven().add(vocabulary.accommodation(accommodation)));
    }

    private boolean attendedBy(Turnout turnout, BuiltInGroup group) {
        for (int index : turnout.attended()) {
            if (region.person(index).belongsTo(group)) {
                return true;
            }
        }
        return false;
    }

    private static void noteAbsentee(DemoTeam team, int[] invited, Activity activity) {
        if (team == null || team.absentee < 0) {
            return;
        }
        for (int index : invited) {
            if (index == team.absentee) {
                if (team.absenteeFirstActivity == null) {
                    team.absenteeFirstActivity = activity.getId();
                }
                team.absenteeInvitations++;
                return;
            }
        }
    }
}
