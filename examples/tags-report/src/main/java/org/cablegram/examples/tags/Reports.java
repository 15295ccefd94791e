package org.cablegram.examples.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns {@link TagCounts} into the tables the program prints. */
final class Reports {

    private Reports() {
    }

    /**
     * The most frequent tags over all cables.
     *
     * @param counts the counts
     * @param top    most rows; 0 for all
     * @return columns rank, code, kind, cables, percent (of all cables read)
     */
    static Table byTag(TagCounts counts, int top) {
        List<List<String>> rows = new ArrayList<>();
        int rank = 0;
        for (TagCounts.Count c : counts.top(top)) {
            rows.add(List.of(String.valueOf(++rank), c.key().code(), c.key().kind().name(),
                    String.valueOf(c.cables()), percent(c.cables(), counts.cables())));
        }
        return new Table(List.of("rank", "code", "kind", "cables", "percent"), rows, Set.of(0, 3, 4));
    }

    /**
     * The totals per kind of tag.
     *
     * @param counts the counts
     * @return columns kind, cables (carrying at least one tag of the kind), tags (tag
     *         occurrences), codes (distinct codes), percent (of all cables read)
     */
    static Table byKind(TagCounts counts) {
        List<List<String>> rows = new ArrayList<>();
        for (TagCounts.KindTotal k : counts.kinds()) {
            rows.add(List.of(k.kind().name(), String.valueOf(k.cables()), String.valueOf(k.tags()),
                    String.valueOf(k.codes()), percent(k.cables(), counts.cables())));
        }
        return new Table(List.of("kind", "cables", "tags", "codes", "percent"), rows, Set.of(1, 2, 3, 4));
    }

    /**
     * The most frequent tags of each year.
     *
     * @param counts the counts
     * @param top    most rows per year; 0 for all
     * @return columns year, rank, code, kind, cables, percent (of that year's cables)
     */
    static Table byYear(TagCounts counts, int top) {
        List<List<String>> rows = new ArrayList<>();
        for (String year : counts.years()) {
            int rank = 0;
            for (TagCounts.Count c : counts.top(year, top)) {
                rows.add(List.of(year, String.valueOf(++rank), c.key().code(), c.key().kind().name(),
                        String.valueOf(c.cables()), percent(c.cables(), counts.cablesIn(year))));
            }
        }
        return new Table(List.of("year", "rank", "code", "kind", "cables", "percent"), rows, Set.of(1, 4, 5));
    }

    /**
     * @param part  a count
     * @param whole the total
     * @return {@code part} as a percentage of {@code whole} with one decimal ({@code 41.0})
     */
    static String percent(int part, int whole) {
        return whole == 0 ? "0.0" : String.format(Locale.ROOT, "%.1f", 100.0 * part / whole);
    }
}
