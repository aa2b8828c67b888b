package org.inclusio.logic.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inclusio.model.PersonRole;

/**
 * Chooses who is invited to an activity: a team meeting invites the team (and, when larger, some
 * of its patients), individual care planning one professional and a patient, workshops and courses
 * some professionals, lay members and patients, collective activities the organisation's staff and
 * residents. It also says how many an activity can have at most, which the activity plan respects.
 */
final class ParticipantPicker {

    /** How often the patient who never comes is invited before the team gives up. */
    static final int ABSENTEE_INVITATIONS = 4;
    private static final int MEETING_GUESTS = 6;
    private static final double PROFESSIONAL_SHARE = 0.3;
    private static final double COLLECTIVE_STAFF_SHARE = 0.1;

    private final Region region;

    ParticipantPicker(Region region) {
        this.region = region;
    }

    /** The most participants an activity of this kind can have. */
    int capacity(ActivityKind kind, DemoTeam team, int organisation) {
        return switch (kind) {
            case MEETING, PRIORITIES -> team.members() + Math.min(MEETING_GUESTS, team.pool.length);
            case CARE -> Math.min(kind.maxParticipants(), 1 + team.pool.length);
            case WORKSHOP, EDUCATION, FOCUS -> Math.min(kind.maxParticipants(), team.members() + team.pool.length);
            case DIALOGUE, PANEL -> Math.min(kind.maxParticipants(), region.facilitators().get(organisation).length
                    + region.organisationStaff().get(organisation).length + region.collectivePool().length);
        };
    }

    /** The number of participants an activity of this kind would usually have. */
    int usualSize(ActivityKind kind, DemoTeam team, Dice dice) {
        return switch (kind) {
            case MEETING, PRIORITIES -> team.members();
            case CARE -> dice.chance(0.2) ? 3 : 2;
            case WORKSHOP -> dice.between(10, 16);
            case EDUCATION -> dice.between(8, 14);
            case FOCUS -> dice.between(6, 10);
            case DIALOGUE -> dice.between(18, 34);
            case PANEL -> dice.between(12, 24);
        };
    }

    /** Exactly {@code size} different people, by index; {@code size} is at most the capacity. */
    int[] pick(ActivityKind kind, DemoTeam team, int organisation, int size, Dice dice) {
        Chosen chosen = new Chosen(size, dice);
        switch (kind) {
            case MEETING, PRIORITIES -> meeting(team, chosen);
            case CARE -> care(team, chosen);
            case WORKSHOP, EDUCATION, FOCUS -> groupEvent(team, chosen, dice);
            case DIALOGUE, PANEL -> collective(organisation, chosen);
        }
        if (chosen.room() > 0) {
            throw new IllegalStateException("could not find " + size + " participants for a " + kind);
        }
        return chosen.toArray();
    }

    private static void meeting(DemoTeam team, Chosen chosen) {
        int lay = Math.min(team.layMembers.length, chosen.room() - 1);
        for (int i = 0; i < lay; i++) {
            chosen.add(team.layMembers[i]);
        }
        chosen.sample(team.professionals, chosen.room());
        chosen.sample(team.pool, chosen.room());
    }

    private void care(DemoTeam team, Chosen chosen) {
        chosen.sample(team.professionals, 1);
        int patient = -1;
        for (int attempt = 0; attempt < 4 && patient < 0; attempt++) {
            int candidate = chosen.any(team.pool);
            if (region.person(candidate).role() == PersonRole.PATIENT) {
                patient = candidate;
            }
        }
        if (patient >= 0) {
            chosen.add(patient);
        }
        chosen.sample(team.pool, chosen.room());
    }

    private static void groupEvent(DemoTeam team, Chosen chosen, Dice dice) {
        if (team.absentee >= 0 && team.absenteeInvitations < ABSENTEE_INVITATIONS) {
            chosen.add(team.absentee);
        }
        int professionals = Math.max(1, (int) Math.round(chosen.target() * PROFESSIONAL_SHARE));
        chosen.sample(team.professionals, Math.min(professionals, chosen.room()));
        for (int member : team.layMembers) {
            if (chosen.room() > 0 && (team.profile.goodPractice() || dice.chance(0.5))) {
                chosen.add(member);
            }
        }
        chosen.sample(team.pool, chosen.room());
        chosen.sample(team.professionals, chosen.room());
        chosen.sample(team.layMembers, chosen.room());
    }

    private void collective(int organisation, Chosen chosen) {
        chosen.sample(region.facilitators().get(organisation), 1);
        int[] staff = region.organisationStaff().get(organisation);
        int professionals = Math.max(1, (int) Math.round(chosen.target() * COLLECTIVE_STAFF_SHARE));
        chosen.sample(staff, Math.min(professionals, chosen.room()));
        chosen.sample(region.collectivePool(), chosen.room());
        chosen.sample(staff, chosen.room());
        chosen.sample(region.facilitators().get(organisation), chosen.room());
    }

    /** The people chosen so far, in the order chosen, each once. */
    private static final class Chosen {

        private final int target;
        private final Dice dice;
        private final List<Integer> order = new ArrayList<>();
        private final Set<Integer> members = new HashSet<>();

        Chosen(int target, Dice dice) {
            this.target = target;
            this.dice = dice;
        }

        int target() {
            return target;
        }

        int room() {
            return target - order.size();
        }

        void add(int person) {
            if (room() > 0 && members.add(person)) {
                order.add(person);
            }
        }

        int any(int[] from) {
            return from[dice.below(from.length)];
        }

        /** Adds up to {@code count} people from {@code from} not chosen yet, at random. */
        void sample(int[] from, int count) {
            int wanted = Math.min(count, room());
            if (wanted <= 0 || from.length == 0) {
                return;
            }
            int goal = order.size() + wanted;
            if (from.length > 4 * wanted) {
                for (int attempt = 0; attempt < 20 * wanted && order.size() < goal; attempt++) {
                    add(any(from));
                }
                if (order.size() >= goal) {
                    return;
                }
            }
            int[] shuffled = from.clone();
            for (int i = 0; i < shuffled.length && order.size() < goal; i++) {
                int j = i + dice.below(shuffled.length - i);
                int swap = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = swap;
                add(shuffled[i]);
            }
        }

        int[] toArray() {
            return order.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
