package org.cablegram.model;

/**
 * What kind of document a REF item cites. An item that cites a telegram and something else is a
 * {@link #CABLE}; of the other kinds, the one written first in this list decides (an e-mail about
 * a telephone call is an e-mail).
 */
public enum ReferenceKind {
    /** Another telegram, such as {@code STATE 12345}. */
    CABLE,
    /** An e-mail message. */
    EMAIL,
    /** A telephone conversation. */
    TELCON,
    /** A memorandum, a memorandum of conversation, a non-paper. */
    MEMO,
    /** A letter or a diplomatic note. */
    LETTER,
    /** A report: an intelligence information report, an airgram, a study, a fax. */
    REPORT,
    /** A meeting or conversation. */
    MEETING,
    /** A manual, regulation, law or treaty: {@code 9 FAM 40.63}, {@code 22 CFR 41}, {@code 8 U.S.C. 1182}. */
    DOCUMENT,
    /** A web page: a URL or a web site. */
    WEB,
    /** Anything else. */
    OTHER
}
