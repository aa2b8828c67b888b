package org.inclusio.logic.catalogue;

/**
 * The limits of every field, per kind of record: the longest text (in characters, as the store's
 * column holds it) and the range of whole numbers. The editors' validators, the interchange format's
 * field catalogue ({@code RecordKind}) and the spreadsheet import read them from here, and a test
 * holds the text lengths to the store's columns.
 */
public final class FieldLimits {

    // vocabularies (groups, barriers, accommodations)
    public static final int VOCABULARY_CODE = 64;
    public static final int VOCABULARY_NAME = 120;
    public static final int VOCABULARY_DESCRIPTION = 1000;

    // organisations
    public static final int ORGANISATION_NAME = 200;
    public static final int ORGANISATION_DESCRIPTION = 2000;

    // process teams, their professionals and reference shares
    public static final int TEAM_NAME = 200;
    public static final int TEAM_PATIENT_GROUP = 300;
    public static final int TEAM_DESCRIPTION = 2000;
    public static final int MEMBER_TEXT = 120;
    public static final int SHARE_SOURCE = 300;
    /** Population years a reference share may have (an editor also refuses years after next year). */
    public static final Range POPULATION_YEAR = new Range(1900, 2200);

    // people and their identities
    public static final int PERSON_CODE = 40;
    public static final int PERSON_ASSOCIATION = 200;
    public static final int IDENTITY_NAME = 200;
    public static final int IDENTITY_EMAIL = 200;
    public static final int IDENTITY_PHONE = 60;
    public static final int IDENTITY_ADDRESS = 500;

    // activities
    public static final int ACTIVITY_TITLE = 200;
    public static final int ACTIVITY_PLACE = 200;
    public static final int ACTIVITY_TEXT = 2000;
    public static final int ACTIVITY_NOTES = 4000;
    /** From one minute to a whole day. */
    public static final Range DURATION_MINUTES = new Range(1, 24 * 60);
    /** Respondents or visitors not in the register; a survey of a whole region stays well below the top. */
    public static final Range ANONYMOUS_PARTICIPANTS = new Range(0, 100_000);

    // participations
    public static final int ABSENCE_REASON = 500;
    /** Speaking turns and questions of one person at one activity. */
    public static final Range TALK_COUNT = new Range(0, 1000);
    /** How heard a participant felt, or how freely they could speak: 1 (not at all) to 5 (fully). */
    public static final Range RATING = new Range(1, 5);

    // proposals
    public static final int PROPOSAL_TEXT = 2000;

    // exclusion flags
    public static final int FLAG_TEXT = 4000;
    public static final int FLAG_REASON = 2000;
    public static final int RULE_CODE = 80;
    /** The message key of an automatic flag's evidence. */
    public static final int FLAG_EVIDENCE_KEY = 200;
    /** The code of a reason the program gave for a flag's status. */
    public static final int FLAG_REASON_CODE = 40;

    // rule parameters
    public static final int PARAMETER_NAME = 80;
    public static final int PARAMETER_SETTING = 200;

    private FieldLimits() {
    }
}
