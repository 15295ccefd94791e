package org.cablegram.model;

/** What kind of document a REF item cites. */
public enum ReferenceKind {
    /** Another telegram, such as {@code STATE 12345}. */
    CABLE,
    /** An e-mail message. */
    EMAIL,
    /** A telephone conversation. */
    TELCON,
    /** A memorandum. */
    MEMO,
    /** A report, airgram or letter. */
    REPORT,
    /** A meeting or conversation. */
    MEETING,
    /** Anything else. */
    OTHER
}
