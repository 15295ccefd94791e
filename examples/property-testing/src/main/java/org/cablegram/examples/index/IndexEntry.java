package org.cablegram.examples.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One cable in a search index.
 *
 * @param id       the reference id, or the source name when the text gives none
 * @param date     the date of the date-time group
 * @param level    the classification level, or {@code UNKNOWN}
 * @param tags     the TAGS codes, in order
 * @param subject  the subject, or empty
 * @param words    the number of words of the paragraphs
 * @param cites    ids of the cables the REF block cites
 */
public record IndexEntry(String id, Optional<LocalDate> date, String level, List<String> tags, String subject,
        int words, List<String> cites) {
}
