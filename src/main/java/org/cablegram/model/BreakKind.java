package org.cablegram.model;

/** Kind of a break record removed from the body text. */
public enum BreakKind {
    /** A SMART section line ({@code ASTANA 00002256 002.2 OF 002}) or a later section's classification line. */
    SECTION,
    /** A page line of a received copy ({@code PAGE 02 STATE 015113 182333Z}). */
    PAGE
}
