package org.inclusio.logic.demo;

import java.util.List;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.ReasonForCoproducing;

/**
 * The kinds of activity the demo region holds, each with its mode and level (collective level only
 * in co-commissioning and co-assessment, as the literature finds), the number of participants it
 * usually has and the reasons given for it.
 */
enum ActivityKind {
    MEETING(Mode.CO_DESIGN, Level.GROUP, 3, 0,
            ReasonForCoproducing.EFFECTIVENESS, ReasonForCoproducing.INNOVATION),
    PRIORITIES(Mode.CO_COMMISSIONING, Level.GROUP, 3, 0,
            ReasonForCoproducing.EFFICIENCY, ReasonForCoproducing.DEMOCRACY),
    WORKSHOP(Mode.CO_DESIGN, Level.GROUP, 4, 24,
            ReasonForCoproducing.INNOVATION, ReasonForCoproducing.EFFECTIVENESS),
    EDUCATION(Mode.CO_DELIVERY, Level.GROUP, 3, 20,
            ReasonForCoproducing.EFFICIENCY, ReasonForCoproducing.EMPOWERMENT, ReasonForCoproducing.SOCIAL_CAPITAL),
    FOCUS(Mode.CO_ASSESSMENT, Level.GROUP, 3, 16,
            ReasonForCoproducing.EFFECTIVENESS, ReasonForCoproducing.COMPLIANCE),
    CARE(null, Level.INDIVIDUAL, 2, 3,
            ReasonForCoproducing.EFFECTIVENESS, ReasonForCoproducing.EMPOWERMENT),
    DIALOGUE(Mode.CO_COMMISSIONING, Level.COLLECTIVE, 5, 50,
            ReasonForCoproducing.DEMOCRACY, ReasonForCoproducing.JUSTICE),
    PANEL(Mode.CO_ASSESSMENT, Level.COLLECTIVE, 5, 50,
            ReasonForCoproducing.DEMOCRACY, ReasonForCoproducing.COMPLIANCE);

    /** A team's activities follow this cycle; its first meeting of the year sets priorities. */
    static final List<ActivityKind> TEAM_CYCLE = List.of(
            MEETING, CARE, WORKSHOP, CARE, EDUCATION, MEETING, CARE, FOCUS, WORKSHOP, EDUCATION);

    /** Individual care planning goes through all four modes in turn. */
    private static final Mode[] CARE_MODES = {Mode.CO_DESIGN, Mode.CO_DELIVERY, Mode.CO_COMMISSIONING, Mode.CO_ASSESSMENT};

    private final Mode mode;
    private final Level level;
    private final int minParticipants;
    private final int maxParticipants;
    private final List<ReasonForCoproducing> reasons;

    ActivityKind(Mode mode, Level level, int minParticipants, int maxParticipants, ReasonForCoproducing... reasons) {
        this.mode = mode;
        this.level = level;
        this.minParticipants = minParticipants;
        this.maxParticipants = maxParticipants;
        this.reasons = List.of(reasons);
    }

    /** The kind of a team's k-th activity of the year. */
    static ActivityKind ofTeamActivity(int k) {
        return k == 0 ? PRIORITIES : TEAM_CYCLE.get(k % TEAM_CYCLE.size());
    }

    /** The kind of the region's i-th collective activity. */
    static ActivityKind ofCollectiveActivity(int i) {
        return i % 2 == 0 ? DIALOGUE : PANEL;
    }

    /** The mode; individual care planning takes the four in turn by its position in the team's year. */
    Mode mode(int k) {
        return mode != null ? mode : CARE_MODES[(k / 2) % CARE_MODES.length];
    }

    Level level() {
        return level;
    }

    boolean teamMeeting() {
        return this == MEETING || this == PRIORITIES;
    }

    /** Workshops, courses and focus groups, to which patients outside the team are invited. */
    boolean groupEvent() {
        return this == WORKSHOP || this == EDUCATION || this == FOCUS;
    }

    boolean collective() {
        return level == Level.COLLECTIVE;
    }

    int minParticipants() {
        return minParticipants;
    }

    /** The most participants, or 0 when it depends on the team's size. */
    int maxParticipants() {
        return maxParticipants;
    }

    List<ReasonForCoproducing> reasons() {
        return reasons;
    }
}
