package org.cablegram.model;

/** What a TAGS code stands for. */
public enum TagKind {
    /** A subject tag such as PGOV, PREL, ECON. */
    SUBJECT,
    /** A program tag: {@code K} and three letters, such as KDEM. */
    PROGRAM,
    /** A two-letter country or region code, such as KZ. */
    COUNTRY,
    /** An organization, such as OSCE or NATO. */
    ORGANIZATION,
    /** A person: {@code OBAMA, BARACK} or {@code OVIP (CLINTON, HILLARY)}. */
    PERSON,
    /** None of the above by the rules and vocabularies we have. */
    UNKNOWN
}
