package org.cablegram.generate;

/** How often an optional part of a generated telegram is present. */
public enum Presence {
    /** Always present (where the rest of the cable allows it, e.g. sections need two paragraphs). */
    ALWAYS,
    /** Never present. */
    NEVER,
    /** Present at random, about as often as in real telegrams of the era. */
    SOMETIMES
}
