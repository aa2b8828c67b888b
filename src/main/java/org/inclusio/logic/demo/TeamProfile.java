package org.inclusio.logic.demo;

import java.util.List;
import java.util.Map;
import org.inclusio.model.BuiltInBarrier;
import org.inclusio.model.BuiltInGroup;
import org.inclusio.model.ExpectedRole;

/**
 * How one demo process team works, and so which inclusion or exclusion pattern its records show.
 *
 * @param key                  the team's key in the demo texts (DIABETES, COPD, ...)
 * @param professionals        professional members
 * @param laySeats             lay members
 * @param referenceShares      share of each group in the population the team serves
 * @param homeGroup            a group many of the team's patients identify with, or null
 * @param absentGroup          a group none of the team's members or participants belong to, or null
 * @param meetingMinutes       length of the team's meetings
 * @param expectedRole         what lay participants are expected to do at the team's group activities
 * @param professionalTurns    speaking turns of a professional who attends
 * @param layTurns             speaking turns of a lay participant who attends
 * @param layHeard             lay participants' rating of having been heard
 * @param layProposals         what becomes of lay participants' proposals
 * @param avoidsTopics         whether topics are avoided "so as not to worry the patients"
 * @param languageAbsentee     whether one invited patient stays away every time for want of an interpreter
 * @param goodPractice         interpreters, paid lay members, every barrier met with an accommodation
 * @param barriers             barriers the team's invitees meet
 */
record TeamProfile(
        String key,
        int professionals,
        List<LaySeat> laySeats,
        Map<BuiltInGroup, Double> referenceShares,
        BuiltInGroup homeGroup,
        BuiltInGroup absentGroup,
        int meetingMinutes,
        ExpectedRole expectedRole,
        Range professionalTurns,
        Range layTurns,
        Range layHeard,
        ProposalFate layProposals,
        boolean avoidsTopics,
        boolean languageAbsentee,
        boolean goodPractice,
        List<BuiltInBarrier> barriers) {

    /** What becomes of lay participants' proposals in a team. */
    enum ProposalFate {
        /** Most are adopted in whole or part, answered within two months. */
        RESPONSIVE,
        /** Some adopted, many rejected, answered within four months. */
        TYPICAL,
        /** Never adopted: older ones left without an answer, newer ones rejected. */
        STALLED
    }

    int members() {
        return professionals + laySeats.size();
    }
}
