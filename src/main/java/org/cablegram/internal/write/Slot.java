package org.cablegram.internal.write;

/**
 * One place of a cable: a part, and for a part of {@link Part.Shape#LIST} shape the index of an
 * element in it (0 for the others).
 *
 * @param part  the part
 * @param index the element's index in the part
 */
record Slot(Part part, int index) {
}
