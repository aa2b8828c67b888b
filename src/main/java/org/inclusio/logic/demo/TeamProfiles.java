package org.inclusio.logic.demo;

import static org.inclusio.model.BuiltInGroup.LOW_EDUCATION;
import static org.inclusio.model.BuiltInGroup.LOW_INCOME;
import static org.inclusio.model.BuiltInGroup.NON_NATIVE_SPEAKERS;
import static org.inclusio.model.BuiltInGroup.OLDER_PEOPLE;
import static org.inclusio.model.BuiltInGroup.PHYSICAL_DISABILITY;
import static org.inclusio.model.BuiltInGroup.PSYCHIATRIC_CONDITION;
import static org.inclusio.model.BuiltInGroup.SEGREGATED_AREA;
import static org.inclusio.model.BuiltInGroup.STIGMATISED_ILLNESS;
import static org.inclusio.model.BuiltInGroup.YOUNG_PEOPLE;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusio.logic.demo.TeamProfile.ProposalFate;
import org.inclusio.model.BuiltInBarrier;
import org.inclusio.model.BuiltInGroup;
import org.inclusio.model.EducationLevel;
import org.inclusio.model.ExpectedRole;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;

/**
 * The six teams of the example region and the patterns from the coproduction literature each one
 * shows: tokenism with a hand-picked, well-educated patient and professionals who do the talking
 * (diabetes); day-long meetings with unpaid patients whose proposals are never taken up (COPD); a
 * large group of the population never present and patients who do not feel heard (psychiatry); a
 * patient invited again and again who never comes for want of an interpreter (stroke); good
 * practice (heart failure); and stigma met by peer work (alcohol and drug dependency). Larger
 * scales repeat these six in turn.
 */
final class TeamProfiles {

    static final TeamProfile DIABETES = new TeamProfile("DIABETES", 7,
            List.of(seat(PersonRole.PATIENT, RecruitmentRoute.HAND_PICKED, false, EducationLevel.UNIVERSITY, false)),
            shares(LOW_EDUCATION, 0.31, NON_NATIVE_SPEAKERS, 0.17, LOW_INCOME, 0.24, OLDER_PEOPLE, 0.38),
            null, null, 180, ExpectedRole.COMMENT,
            Range.of(6, 14), Range.of(0, 2), Range.of(2, 3), ProposalFate.TYPICAL, true, false, false,
            List.of(BuiltInBarrier.TIME, BuiltInBarrier.TRANSPORT, BuiltInBarrier.COST));

    static final TeamProfile COPD = new TeamProfile("COPD", 6,
            List.of(seat(PersonRole.ASSOCIATION_REPRESENTATIVE, RecruitmentRoute.ASSOCIATION_NOMINATED, false,
                            EducationLevel.UPPER_SECONDARY, true, OLDER_PEOPLE),
                    seat(PersonRole.RELATIVE, RecruitmentRoute.HAND_PICKED, false,
                            EducationLevel.POST_SECONDARY_SHORT, false)),
            shares(LOW_INCOME, 0.33, OLDER_PEOPLE, 0.61, SEGREGATED_AREA, 0.12),
            null, null, 360, ExpectedRole.UPDATE,
            Range.of(5, 12), Range.of(1, 5), Range.of(2, 4), ProposalFate.STALLED, true, false, false,
            List.of(BuiltInBarrier.MEETING_LENGTH, BuiltInBarrier.TRANSPORT, BuiltInBarrier.ACCESSIBILITY));

    static final TeamProfile PSYCHIATRY = new TeamProfile("PSYCHIATRY", 6,
            List.of(seat(PersonRole.PATIENT, RecruitmentRoute.PATIENT_LIBRARY, false, EducationLevel.UNIVERSITY, false),
                    seat(PersonRole.LEAD_PATIENT, RecruitmentRoute.PEER_REFERRAL, false,
                            EducationLevel.UPPER_SECONDARY, false, PSYCHIATRIC_CONDITION)),
            shares(NON_NATIVE_SPEAKERS, 0.21, YOUNG_PEOPLE, 0.27, LOW_INCOME, 0.35),
            PSYCHIATRIC_CONDITION, NON_NATIVE_SPEAKERS, 150, ExpectedRole.DEVELOP,
            Range.of(5, 12), Range.of(0, 3), Range.of(1, 2), ProposalFate.TYPICAL, true, false, false,
            List.of(BuiltInBarrier.STIGMA, BuiltInBarrier.TIME));

    static final TeamProfile STROKE = new TeamProfile("STROKE", 7,
            List.of(seat(PersonRole.PATIENT, RecruitmentRoute.OPEN_CALL, false, EducationLevel.UPPER_SECONDARY, false,
                            PHYSICAL_DISABILITY, OLDER_PEOPLE),
                    seat(PersonRole.RELATIVE, RecruitmentRoute.ASSOCIATION_NOMINATED, false, EducationLevel.UNIVERSITY,
                            true)),
            shares(NON_NATIVE_SPEAKERS, 0.16, OLDER_PEOPLE, 0.70, PHYSICAL_DISABILITY, 0.45),
            PHYSICAL_DISABILITY, null, 120, ExpectedRole.DEVELOP,
            Range.of(4, 10), Range.of(2, 6), Range.of(3, 5), ProposalFate.TYPICAL, false, true, false,
            List.of(BuiltInBarrier.ACCESSIBILITY, BuiltInBarrier.TRANSPORT));

    static final TeamProfile HEART_FAILURE = new TeamProfile("HEART_FAILURE", 5,
            List.of(seat(PersonRole.PATIENT, RecruitmentRoute.OPEN_CALL, true, EducationLevel.COMPULSORY, false,
                            NON_NATIVE_SPEAKERS, OLDER_PEOPLE),
                    seat(PersonRole.ASSOCIATION_REPRESENTATIVE, RecruitmentRoute.ASSOCIATION_NOMINATED, true,
                            EducationLevel.UPPER_SECONDARY, true, OLDER_PEOPLE),
                    seat(PersonRole.PATIENT, RecruitmentRoute.DEMOGRAPHIC_QUOTA, true, EducationLevel.COMPULSORY, false,
                            LOW_INCOME, LOW_EDUCATION),
                    seat(PersonRole.RELATIVE, RecruitmentRoute.DEMOGRAPHIC_QUOTA, true,
                            EducationLevel.POST_SECONDARY_SHORT, false, SEGREGATED_AREA)),
            shares(OLDER_PEOPLE, 0.58, NON_NATIVE_SPEAKERS, 0.14, LOW_INCOME, 0.26, LOW_EDUCATION, 0.29),
            null, null, 105, ExpectedRole.CHALLENGE,
            Range.of(3, 7), Range.of(4, 9), Range.of(4, 5), ProposalFate.RESPONSIVE, false, false, true,
            List.of(BuiltInBarrier.TRANSPORT, BuiltInBarrier.TIME));

    static final TeamProfile DEPENDENCY = new TeamProfile("DEPENDENCY", 6,
            List.of(seat(PersonRole.LEAD_PATIENT, RecruitmentRoute.PEER_REFERRAL, false, EducationLevel.UPPER_SECONDARY,
                            false, STIGMATISED_ILLNESS),
                    seat(PersonRole.ASSOCIATION_REPRESENTATIVE, RecruitmentRoute.ASSOCIATION_NOMINATED, false,
                            EducationLevel.POST_SECONDARY_SHORT, true),
                    seat(PersonRole.RELATIVE, RecruitmentRoute.OPEN_CALL, false, EducationLevel.COMPULSORY, false,
                            LOW_INCOME)),
            shares(LOW_INCOME, 0.41, SEGREGATED_AREA, 0.19, YOUNG_PEOPLE, 0.23, LOW_EDUCATION, 0.37),
            STIGMATISED_ILLNESS, null, 120, ExpectedRole.DEVELOP,
            Range.of(4, 10), Range.of(2, 7), Range.of(3, 5), ProposalFate.TYPICAL, false, false, false,
            List.of(BuiltInBarrier.STIGMA, BuiltInBarrier.COST, BuiltInBarrier.TIME));

    /** In the order the example region's teams are created. */
    static final List<TeamProfile> ALL = List.of(DIABETES, COPD, PSYCHIATRY, STROKE, HEART_FAILURE, DEPENDENCY);

    private TeamProfiles() {
    }

    /** The profile of the team with this index: the six in turn. */
    static TeamProfile forTeam(int teamIndex) {
        return ALL.get(teamIndex % ALL.size());
    }

    private static LaySeat seat(PersonRole role, RecruitmentRoute route, boolean paid, EducationLevel education,
                                boolean fromAssociation, BuiltInGroup... groups) {
        return new LaySeat(role, route, paid, education, fromAssociation, List.of(groups));
    }

    private static Map<BuiltInGroup, Double> shares(Object... groupsAndShares) {
        Map<BuiltInGroup, Double> shares = new LinkedHashMap<>();
        for (int i = 0; i < groupsAndShares.length; i += 2) {
            shares.put((BuiltInGroup) groupsAndShares[i], (Double) groupsAndShares[i + 1]);
        }
        return Collections.unmodifiableMap(shares);
    }
}
