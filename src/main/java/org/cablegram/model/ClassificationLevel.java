package org.cablegram.model;

/** Security classification level of a telegram, lowest first. */
public enum ClassificationLevel {
    /** {@code UNCLAS}, {@code UNCLASSIFIED}, {@code UNCLAS E F T O}. */
    UNCLASSIFIED,
    /** {@code LIMITED OFFICIAL USE}: administrative control, 1970s to 2000s. */
    LIMITED_OFFICIAL_USE,
    /** {@code CONFIDENTIAL}, usually letter-spaced. */
    CONFIDENTIAL,
    /** {@code SECRET}. */
    SECRET,
    /** {@code TOP SECRET}. */
    TOP_SECRET;

    /** @return the level as written in a classification line ({@code LIMITED OFFICIAL USE}) */
    public String words() {
        return name().replace('_', ' ');
    }
}
