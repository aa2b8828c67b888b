package org.inclusio.logic.exchange;

/**
 * What can be wrong with a file offered for import. Each has a sentence in the messages bundle
 * under {@code exchange.problem.<NAME>}, with {0} for the detail; those of an encrypted file
 * (from {@link #PASSPHRASE_NEEDED} on) under {@code exchange.encrypted.<NAME>}, with {0} for the file.
 */
public enum Problem {
    NOT_JSON,
    TRUNCATED,
    ENCODING,
    NOT_TEXT,
    TOO_LARGE,
    NOT_AN_EXPORT,
    WRONG_VERSION,
    UNKNOWN_MEMBER,
    UNKNOWN_SECTION,
    SECTION_ORDER,
    MISSING_FIELD,
    WRONG_TYPE,
    TOO_LONG,
    OUT_OF_RANGE,
    UNKNOWN_VALUE,
    BAD_DATE,
    BAD_TIME,
    BAD_ID,
    DUPLICATE_ID,
    DANGLING_REFERENCE,
    CLASHES_WITH_STORE,
    NOT_READABLE,
    EMPTY_FILE,
    /** A record breaks a rule the editors hold a person to; the detail is the editors' own sentence. */
    NOT_ALLOWED,
    /** The file is encrypted and no passphrase was given. The ones below concern encrypted files too. */
    PASSPHRASE_NEEDED,
    WRONG_PASSPHRASE,
    NOT_FOR_PASSPHRASE,
    UNPROTECTED,
    ALTERED,
    DAMAGED
}
