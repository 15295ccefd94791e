package org.cablegram.model;

/**
 * {@code SECTION n OF m} of a classification line.
 *
 * @param number this section, from 1
 * @param total  sections in all
 */
public record SectionCount(int number, int total) {
}
