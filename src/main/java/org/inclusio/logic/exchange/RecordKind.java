package org.inclusio.logic.exchange;

import static org.inclusio.logic.exchange.FieldSpec.choice;
import static org.inclusio.logic.exchange.FieldSpec.choices;
import static org.inclusio.logic.exchange.FieldSpec.date;
import static org.inclusio.logic.exchange.FieldSpec.decimal;
import static org.inclusio.logic.exchange.FieldSpec.flag;
import static org.inclusio.logic.exchange.FieldSpec.integer;
import static org.inclusio.logic.exchange.FieldSpec.reference;
import static org.inclusio.logic.exchange.FieldSpec.text;
import static org.inclusio.logic.exchange.FieldSpec.time;

import java.util.List;
import java.util.Optional;
import org.inclusio.logic.catalogue.FieldLimits;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.CareLevel;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.EducationLevel;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.ExpectedRole;
import org.inclusio.model.FlagOrigin;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.GovernanceModel;
import org.inclusio.model.InvitationChannel;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.model.ReasonForCoproducing;
import org.inclusio.model.RecruitmentRoute;
import org.inclusio.model.Severity;
import org.inclusio.model.TemporalNature;
import org.inclusio.model.VoiceOrAction;

/**
 * Every kind of record the interchange format carries, in the order an export writes them and an
 * import needs them (a record only refers to kinds listed before it). Each names its section in
 * the file, its table, its fields and its many-to-many lists; {@code docs/interchange-format.md}
 * describes the same.
 */
public enum RecordKind {

    DISADVANTAGED_GROUP("disadvantagedGroups", "disadvantaged_group", false, vocabulary(), List.of()),
    BARRIER("barriers", "barrier", false, vocabulary(), List.of()),
    ACCOMMODATION("accommodations", "accommodation", false, vocabulary(), List.of()),
    ORGANISATION("organisations", "organisation", true, List.of(
            text("name", "name", FieldLimits.ORGANISATION_NAME, true),
            choice("governanceModel", "governance_model", GovernanceModel.class, false),
            text("description", "description", FieldLimits.ORGANISATION_DESCRIPTION, false)), List.of()),
    PROCESS_TEAM("processTeams", "process_team", true, List.of(
            text("name", "name", FieldLimits.TEAM_NAME, true),
            reference("organisation", "organisation_id", ORGANISATION, false),
            text("patientGroupServed", "patient_group_served", FieldLimits.TEAM_PATIENT_GROUP, false),
            text("description", "description", FieldLimits.TEAM_DESCRIPTION, false)), List.of()),
    PERSON("people", "person", true, List.of(
            text("code", "code", FieldLimits.PERSON_CODE, true),
            choice("role", "role", PersonRole.class, true),
            choice("recruitmentRoute", "recruitment_route", RecruitmentRoute.class, false),
            flag("paid", "paid"),
            flag("leadPatient", "lead_patient"),
            text("association", "association", FieldLimits.PERSON_ASSOCIATION, false),
            choice("education", "education", EducationLevel.class, false)), List.of()),
    PERSON_IDENTITY("personIdentities", "person_identity", false, List.of(
            reference("person", "person_id", PERSON, true),
            text("fullName", "full_name", FieldLimits.IDENTITY_NAME, false),
            text("email", "email", FieldLimits.IDENTITY_EMAIL, false),
            text("phone", "phone", FieldLimits.IDENTITY_PHONE, false),
            text("postalAddress", "postal_address", FieldLimits.IDENTITY_ADDRESS, false)), List.of()),
    CONSENT("consents", "consent", false, List.of(
            reference("person", "person_id", PERSON, true),
            date("givenOn", "given_on", true),
            choice("scope", "scope", ConsentScope.class, true),
            date("withdrawnOn", "withdrawn_on", false)), List.of()),
    GROUP_MEMBERSHIP("groupMemberships", "group_membership", false, List.of(
            reference("person", "person_id", PERSON, true),
            reference("group", "group_id", DISADVANTAGED_GROUP, true),
            reference("consent", "consent_id", CONSENT, true)), List.of()),
    TEAM_MEMBERSHIP("teamMemberships", "team_membership", false, List.of(
            reference("team", "team_id", PROCESS_TEAM, true),
            reference("person", "person_id", PERSON, true),
            text("profession", "profession", FieldLimits.MEMBER_TEXT, false),
            text("areaOfCare", "area_of_care", FieldLimits.MEMBER_TEXT, false),
            choice("careLevel", "care_level", CareLevel.class, false),
            date("joinedOn", "joined_on", false),
            date("leftOn", "left_on", false)), List.of()),
    REFERENCE_SHARE("referenceShares", "reference_share", false, List.of(
            reference("team", "team_id", PROCESS_TEAM, true),
            reference("group", "group_id", DISADVANTAGED_GROUP, true),
            decimal("share", "share", 0, 1),
            text("source", "source", FieldLimits.SHARE_SOURCE, false),
            integer("populationYear", "population_year", FieldLimits.POPULATION_YEAR, true)), List.of()),
    ACTIVITY("activities", "activity", true, List.of(
            text("title", "title", FieldLimits.ACTIVITY_TITLE, true),
            date("heldOn", "held_on", true),
            time("startTime", "start_time"),
            integer("durationMinutes", "duration_minutes", FieldLimits.DURATION_MINUTES, true),
            text("place", "place", FieldLimits.ACTIVITY_PLACE, false),
            choice("mode", "mode", Mode.class, true),
            choice("level", "level", Level.class, true),
            choice("temporalNatureOverride", "temporal_nature_override", TemporalNature.class, false),
            choice("contributionOverride", "contribution_override", VoiceOrAction.class, false),
            text("purpose", "purpose", FieldLimits.ACTIVITY_TEXT, false),
            choices("reasons", "reasons", ReasonForCoproducing.class),
            reference("team", "team_id", PROCESS_TEAM, false),
            reference("organisation", "organisation_id", ORGANISATION, false),
            choice("expectedRole", "expected_role", ExpectedRole.class, false),
            text("topicsAvoided", "topics_avoided", FieldLimits.ACTIVITY_TEXT, false),
            text("notes", "notes", FieldLimits.ACTIVITY_NOTES, false),
            flag("talkCounted", "talk_counted", true),
            integer("anonymousParticipants", "anonymous_participants", FieldLimits.ANONYMOUS_PARTICIPANTS, 0L)),
            List.of(
            new LinkSpec("barriersObserved", "activity_barrier", "activity_id", "barrier_id", BARRIER),
            new LinkSpec("accommodationsGiven", "activity_accommodation", "activity_id", "accommodation_id",
                    ACCOMMODATION))),
    PARTICIPATION("participations", "participation", false, List.of(
            reference("activity", "activity_id", ACTIVITY, true),
            reference("person", "person_id", PERSON, true),
            flag("invited", "invited"),
            date("invitedOn", "invited_on", false),
            choice("invitationChannel", "invitation_channel", InvitationChannel.class, false),
            choice("attendance", "attendance", AttendanceStatus.class, false),
            text("absenceReason", "absence_reason", FieldLimits.ABSENCE_REASON, false),
            integer("speakingTurns", "speaking_turns", FieldLimits.TALK_COUNT, true),
            integer("questions", "questions", FieldLimits.TALK_COUNT, true),
            integer("heardRating", "heard_rating", FieldLimits.RATING, false),
            integer("expressRating", "express_rating", FieldLimits.RATING, false)), List.of(
            new LinkSpec("barriersMet", "participation_barrier", "participation_id", "barrier_id", BARRIER),
            new LinkSpec("accommodationsOffered", "participation_accommodation", "participation_id",
                    "accommodation_id", ACCOMMODATION))),
    PROPOSAL("proposals", "proposal", false, List.of(
            reference("activity", "activity_id", ACTIVITY, true),
            reference("proposer", "proposer_id", PERSON, false),
            text("content", "content", FieldLimits.PROPOSAL_TEXT, true),
            choice("outcome", "outcome", ProposalOutcome.class, true),
            date("outcomeOn", "outcome_on", false),
            text("outcomeReason", "outcome_reason", FieldLimits.PROPOSAL_TEXT, false)), List.of()),
    EXCLUSION_FLAG("exclusionFlags", "exclusion_flag", true, List.of(
            reference("activity", "activity_id", ACTIVITY, false),
            reference("team", "team_id", PROCESS_TEAM, false),
            choice("kind", "kind", ExclusionKind.class, true),
            reference("group", "group_id", DISADVANTAGED_GROUP, false),
            text("observation", "observation", FieldLimits.FLAG_TEXT, true),
            choice("severity", "severity", Severity.class, true),
            choice("status", "status", FlagStatus.class, true),
            text("mitigation", "mitigation", FieldLimits.FLAG_TEXT, false),
            choice("origin", "origin", FlagOrigin.class, true),
            text("ruleCode", "rule_code", FieldLimits.RULE_CODE, false),
            text("evidence", "evidence", FieldLimits.FLAG_TEXT, false),
            text("evidenceKey", "evidence_key", FieldLimits.FLAG_EVIDENCE_KEY, false),
            text("evidenceArguments", "evidence_arguments", FieldLimits.FLAG_TEXT, false),
            text("statusReason", "status_reason", FieldLimits.FLAG_REASON, false),
            text("statusReasonCode", "status_reason_code", FieldLimits.FLAG_REASON_CODE, false),
            date("observedOn", "observed_on", false)), List.of()),
    RULE_PARAMETER("ruleParameters", "rule_parameter", false, List.of(
            text("ruleCode", "rule_code", FieldLimits.RULE_CODE, true),
            text("name", "name", FieldLimits.PARAMETER_NAME, true),
            text("setting", "setting", FieldLimits.PARAMETER_SETTING, true)), List.of());

    private final String section;
    private final String table;
    private final boolean softDeleted;
    private final List<FieldSpec> fields;
    private final List<LinkSpec> links;

    RecordKind(String section, String table, boolean softDeleted, List<FieldSpec> fields, List<LinkSpec> links) {
        this.section = section;
        this.table = table;
        this.softDeleted = softDeleted;
        this.fields = fields;
        this.links = links;
    }

    private static List<FieldSpec> vocabulary() {
        return List.of(
                text("code", "code", FieldLimits.VOCABULARY_CODE, true),
                // a built-in entry carries a name only when the region gave it one of its own
                text("name", "name", FieldLimits.VOCABULARY_NAME, false),
                text("description", "description", FieldLimits.VOCABULARY_DESCRIPTION, false),
                flag("builtIn", "built_in"),
                flag("active", "active"));
    }

    /** The member of {@code records} in the file that holds this kind's records. */
    public String section() {
        return section;
    }

    public String table() {
        return table;
    }

    /** Whether the records are entries of a vocabulary (groups, barriers, accommodations). */
    public boolean isVocabulary() {
        return this == DISADVANTAGED_GROUP || this == BARRIER || this == ACCOMMODATION;
    }

    /** Whether the records carry a {@code deleted} flag (moved to the trash). */
    public boolean softDeleted() {
        return softDeleted;
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    public List<LinkSpec> links() {
        return links;
    }

    /** Whether records of this kind identify people; they are exported only when asked for. */
    public boolean identifying() {
        return this == PERSON_IDENTITY;
    }

    /** The kind whose section has the given name. */
    public static Optional<RecordKind> ofSection(String section) {
        for (RecordKind kind : values()) {
            if (kind.section.equals(section)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
