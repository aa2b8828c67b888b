package org.inclusio.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.inclusio.model.Activity;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.BuiltInAccommodation;
import org.inclusio.model.BuiltInBarrier;
import org.inclusio.model.BuiltInGroup;
import org.inclusio.model.InvitationChannel;
import org.inclusio.model.Participation;
import org.inclusio.model.Person;

/**
 * Makes the participations of one activity: invitation, attendance or the reason for staying
 * away (with the barrier met and any accommodation offered), speaking turns, questions and the
 * lay participants' own ratings of having been heard, following the team's profile.
 */
final class ParticipationMaker {

    private static final List<BuiltInBarrier> COLLECTIVE_BARRIERS =
            List.of(BuiltInBarrier.TRANSPORT, BuiltInBarrier.TIME, BuiltInBarrier.LANGUAGE);
    private static final Range COLLECTIVE_PROFESSIONAL_TURNS = Range.of(3, 8);
    private static final Range COLLECTIVE_LAY_TURNS = Range.of(0, 4);
    private static final Range COLLECTIVE_HEARD = Range.of(2, 4);
    private static final InvitationChannel[] POOL_CHANNELS =
            {InvitationChannel.LETTER, InvitationChannel.VIA_CARE_CONTACT, InvitationChannel.EMAIL};
    private static final InvitationChannel[] GOOD_CHANNELS =
            {InvitationChannel.VIA_ASSOCIATION, InvitationChannel.IN_PERSON, InvitationChannel.PHONE};

    private final BatchWriter out;
    private final DemoTexts texts;
    private final VocabularyRefs vocabulary;
    private final Region region;

    ParticipationMaker(BatchWriter out, DemoTexts texts, VocabularyRefs vocabulary, Region region) {
        this.out = out;
        this.texts = texts;
        this.vocabulary = vocabulary;
        this.region = region;
    }

    Turnout make(Activity activity, ActivityKind kind, DemoTeam team, int[] invited, Dice dice) {
        List<Participation> participations = new ArrayList<>(invited.length);
        List<Integer> attended = new ArrayList<>();
        Set<BuiltInBarrier> barriers = EnumSet.noneOf(BuiltInBarrier.class);
        for (int index : invited) {
            Participation participation = participation(activity, kind, team, index, barriers, dice);
            participations.add(participation);
            if (participation.getAttendance() == AttendanceStatus.ATTENDED) {
                attended.add(index);
            }
        }
        return new Turnout(participations, attended.stream().mapToInt(Integer::intValue).toArray(), barriers);
    }

    private Participation participation(Activity activity, ActivityKind kind, DemoTeam team, int index,
                                        Set<BuiltInBarrier> barriers, Dice dice) {
        DemoPerson person = region.person(index);
        Participation participation = new Participation();
        participation.setId(out.newId());
        participation.setActivity(activity);
        participation.setPerson(out.reference(Person.class, person.id()));
        boolean absentee = team != null && index == team.absentee;
        boolean walkIn = kind.collective() && person.lay() && dice.chance(0.4);
        if (!walkIn) {
            invite(participation, activity.getHeldOn(), kind, team, index, person, absentee, dice);
        }
        if (absentee) {
            stayAwayForLanguage(participation, team, dice);
            barriers.add(BuiltInBarrier.LANGUAGE);
        } else {
            participation.setAttendance(attendance(team, index, person, walkIn, dice));
            if (participation.getAttendance() == AttendanceStatus.ATTENDED) {
                contribute(participation, team, person, dice);
            } else {
                explainAbsence(participation, team, person, barriers, dice);
            }
        }
        if (team != null && team.profile.goodPractice() && person.belongsTo(BuiltInGroup.NON_NATIVE_SPEAKERS)) {
            offer(participation, BuiltInAccommodation.INTERPRETER);
        }
        return participation;
    }

    private static void invite(Participation participation, LocalDate heldOn, ActivityKind kind, DemoTeam team,
                               int index, DemoPerson person, boolean absentee, Dice dice) {
        participation.setInvited(true);
        participation.setInvitedOn(heldOn.minusDays(dice.between(7, 30)));
        InvitationChannel channel;
        if (!person.lay()) {
            channel = InvitationChannel.EMAIL;
        } else if (absentee) {
            channel = InvitationChannel.LETTER;
        } else if (kind == ActivityKind.CARE) {
            channel = InvitationChannel.VIA_CARE_CONTACT;
        } else if (kind.collective()) {
            channel = dice.chance(0.6) ? InvitationChannel.PUBLIC_NOTICE : InvitationChannel.VIA_ASSOCIATION;
        } else if (isLayMember(team, index)) {
            channel = dice.chance(0.5) ? InvitationChannel.EMAIL : InvitationChannel.PHONE;
        } else {
            channel = dice.pick(team.profile.goodPractice() ? GOOD_CHANNELS : POOL_CHANNELS);
        }
        participation.setInvitationChannel(channel);
    }

    private void stayAwayForLanguage(Participation participation, DemoTeam team, Dice dice) {
        participation.setAttendance(team.absenteeInvitations % 2 == 0 ? AttendanceStatus.NO_SHOW
                : AttendanceStatus.DECLINED);
        participation.setAbsenceReason(texts.pick("absence.LANGUAGE", dice));
        participation.getBarriersMet().add(vocabulary.barrier(BuiltInBarrier.LANGUAGE));
    }

    private static AttendanceStatus attendance(DemoTeam team, int index, DemoPerson person, boolean walkIn,
                                               Dice dice) {
        if (!person.lay()) {
            return dice.chance(0.92) ? AttendanceStatus.ATTENDED : AttendanceStatus.DECLINED;
        }
        if (walkIn || (team != null && team.profile.goodPractice() && isLayMember(team, index))) {
            return AttendanceStatus.ATTENDED;
        }
        double draw = dice.between(0, 99) / 100.0;
        return draw < 0.82 ? AttendanceStatus.ATTENDED
                : draw < 0.91 ? AttendanceStatus.DECLINED : AttendanceStatus.NO_SHOW;
    }

    private static void contribute(Participation participation, DemoTeam team, DemoPerson person, Dice dice) {
        Range turns = person.lay()
                ? (team == null ? COLLECTIVE_LAY_TURNS : team.profile.layTurns())
                : (team == null ? COLLECTIVE_PROFESSIONAL_TURNS : team.profile.professionalTurns());
        int spoken = dice.between(turns);
        BuiltInGroup homeGroup = team == null ? null : team.profile.homeGroup();
        if (person.lay() && homeGroup != null && team.profile.avoidsTopics() && person.belongsTo(homeGroup)) {
            // where topics are kept from "the patients", the patients themselves say little: present, not heard
            spoken /= 4;
        }
        participation.setSpeakingTurns(spoken);
        participation.setQuestions(person.lay() ? dice.between(0, spoken / 2) : dice.between(0, 2));
        if (person.lay() && dice.chance(0.88)) {
            int heard = dice.between(team == null ? COLLECTIVE_HEARD : team.profile.layHeard());
            participation.setHeardRating(heard);
            participation.setExpressRating(Math.max(1, Math.min(5, heard + dice.between(-1, 1))));
        }
    }

    private void explainAbsence(Participation participation, DemoTeam team, DemoPerson person,
                                Set<BuiltInBarrier> barriers, Dice dice) {
        if (!person.lay()) {
            participation.setAbsenceReason(texts.pick("absence.professional", dice));
            return;
        }
        if (!dice.chance(0.45)) {
            participation.setAbsenceReason(texts.pick("absence.general", dice));
            return;
        }
        BuiltInBarrier barrier = dice.pick(team == null ? COLLECTIVE_BARRIERS : team.profile.barriers());
        participation.setAbsenceReason(texts.pick("absence." + barrier.name(), dice));
        participation.getBarriersMet().add(vocabulary.barrier(barrier));
        barriers.add(barrier);
        boolean good = team != null && team.profile.goodPractice();
        if (good || dice.chance(0.25)) {
            offer(participation, remedy(barrier));
        }
    }

    private void offer(Participation participation, BuiltInAccommodation accommodation) {
        var offered = participation.getAccommodationsOffered();
        var reference = vocabulary.accommodation(accommodation);
        if (!offered.contains(reference)) {
            offered.add(reference);
        }
    }

    /** The accommodation that answers a barrier. */
    static BuiltInAccommodation remedy(BuiltInBarrier barrier) {
        return switch (barrier) {
            case LANGUAGE -> BuiltInAccommodation.INTERPRETER;
            case TRANSPORT -> BuiltInAccommodation.TRANSPORT;
            case COST -> BuiltInAccommodation.PAYMENT;
            case ACCESSIBILITY -> BuiltInAccommodation.REMOTE_OPTION;
            case MEETING_LENGTH -> BuiltInAccommodation.SHORTER_SESSION;
            case TIME, STIGMA, OTHER -> BuiltInAccommodation.ADAPTED_TIME_OR_PLACE;
        };
    }

    private static boolean isLayMember(DemoTeam team, int index) {
        if (team == null) {
            return false;
        }
        for (int member : team.layMembers) {
            if (member == index) {
                return true;
            }
        }
        return false;
    }
}
