package org.inclusio.model;

import java.util.List;

/** Every vocabulary of the application, in the order the help lists them. */
public final class TermTypes {

    /** The vocabularies whose values the user meets in the program. */
    public static final List<Class<? extends Term>> ALL = List.of(
            Mode.class, Level.class, TemporalNature.class, VoiceOrAction.class, ReasonForCoproducing.class,
            ExpectedRole.class, PersonRole.class, RecruitmentRoute.class, BuiltInGroup.class,
            BuiltInBarrier.class, BuiltInAccommodation.class, AttendanceStatus.class, InvitationChannel.class,
            ProposalOutcome.class, ExclusionKind.class, Severity.class, FlagStatus.class, FlagOrigin.class,
            GovernanceModel.class, CareLevel.class, EducationLevel.class, ConsentScope.class);

    private TermTypes() {
    }

    /** The values of one vocabulary. */
    public static List<Term> values(Class<? extends Term> type) {
        return List.of(type.getEnumConstants());
    }
}
