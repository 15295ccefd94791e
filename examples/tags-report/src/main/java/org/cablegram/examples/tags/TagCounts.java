package org.cablegram.examples.tags;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.cablegram.model.Cable;
import org.cablegram.model.ReferenceId;
import org.cablegram.model.Tag;
import org.cablegram.model.TagKind;

/**
 * Counts the TAGS of many cables. A tag is counted once per cable that carries it, so a
 * count is a number of cables. Not thread-safe: fill it from one thread.
 */
final class TagCounts {

    /** The year of cables whose date cannot be read. */
    static final String UNKNOWN_YEAR = "unknown";

    /** One tag as the report counts it: its code and its kind. */
    record Key(String code, TagKind kind) {
    }

    /** A tag and the number of cables that carry it. */
    record Count(Key key, int cables) {
    }

    /** The totals of one kind of tag. */
    record KindTotal(TagKind kind, int cables, int tags, int codes) {
    }

    private final Set<TagKind> kinds;
    private int cables;
    private int cablesWithTags;
    private final Map<Key, Integer> total = new HashMap<>();
    private final Map<String, Integer> cablesPerYear = new TreeMap<>();
    private final Map<String, Map<Key, Integer>> perYear = new TreeMap<>();
    private final Map<TagKind, Integer> cablesPerKind = new EnumMap<>(TagKind.class);
    private final Map<TagKind, Integer> tagsPerKind = new EnumMap<>(TagKind.class);

    /** @param kinds the kinds of tag to count; the others are ignored */
    TagCounts(Set<TagKind> kinds) {
        this.kinds = Set.copyOf(kinds);
    }

    /** Counts every kind of tag. */
    TagCounts() {
        this(Set.of(TagKind.values()));
    }

    /**
     * Adds one cable.
     *
     * @param cable a parsed cable
     */
    void add(Cable cable) {
        cables++;
        String year = yearOf(cable);
        cablesPerYear.merge(year, 1, Integer::sum);
        Set<Key> keys = new LinkedHashSet<>();
        for (Tag tag : cable.tags()) {
            if (kinds.contains(tag.kind())) {
                keys.add(new Key(tag.code(), tag.kind()));
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        cablesWithTags++;
        Map<Key, Integer> yearCounts = perYear.computeIfAbsent(year, y -> new HashMap<>());
        Set<TagKind> seenKinds = EnumSet.noneOf(TagKind.class);
        for (Key key : keys) {
            total.merge(key, 1, Integer::sum);
            yearCounts.merge(key, 1, Integer::sum);
            tagsPerKind.merge(key.kind(), 1, Integer::sum);
            seenKinds.add(key.kind());
        }
        for (TagKind kind : seenKinds) {
            cablesPerKind.merge(kind, 1, Integer::sum);
        }
    }

    /**
     * The year a cable was sent: the year of its reference id (which comes from the date-time
     * group), else the year of its date-time group, else {@link #UNKNOWN_YEAR}.
     *
     * @param cable a parsed cable
     * @return a four-digit year or {@code unknown}
     */
    static String yearOf(Cable cable) {
        return cable.referenceId().map(ReferenceId::year).map(String::valueOf)
                .or(() -> cable.dateTimeGroup().flatMap(d -> d.instant())
                        .map(i -> String.valueOf(i.atZone(ZoneOffset.UTC).getYear())))
                .orElse(UNKNOWN_YEAR);
    }

    /** @return the number of cables added */
    int cables() {
        return cables;
    }

    /** @return the number of cables with at least one counted tag */
    int cablesWithTags() {
        return cablesWithTags;
    }

    /**
     * @param code a tag code
     * @param kind its kind
     * @return the number of cables that carry the tag
     */
    int cablesWith(String code, TagKind kind) {
        return total.getOrDefault(new Key(code, kind), 0);
    }

    /**
     * @param top most tags returned; 0 for all
     * @return the tags, most frequent first (ties by code, then kind)
     */
    List<Count> top(int top) {
        return ranked(total, top);
    }

    /** @return the years seen, in order, {@code unknown} last */
    List<String> years() {
        return cablesPerYear.keySet().stream()
                .sorted(Comparator.comparing((String y) -> y.equals(UNKNOWN_YEAR)).thenComparing(y -> y))
                .collect(Collectors.toList());
    }

    /**
     * @param year a year from {@link #years()}
     * @return the number of cables of that year
     */
    int cablesIn(String year) {
        return cablesPerYear.getOrDefault(year, 0);
    }

    /**
     * @param year a year from {@link #years()}
     * @param top  most tags returned; 0 for all
     * @return the year's tags, most frequent first
     */
    List<Count> top(String year, int top) {
        return ranked(perYear.getOrDefault(year, Map.of()), top);
    }

    /** @return the totals of each kind counted, in the order of {@link TagKind} */
    List<KindTotal> kinds() {
        return kinds.stream().sorted()
                .map(k -> new KindTotal(k, cablesPerKind.getOrDefault(k, 0), tagsPerKind.getOrDefault(k, 0),
                        (int) total.keySet().stream().filter(key -> key.kind() == k).count()))
                .collect(Collectors.toList());
    }

    private static List<Count> ranked(Map<Key, Integer> counts, int top) {
        return counts.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Count::cables).reversed()
                        .thenComparing(c -> c.key().code())
                        .thenComparing(c -> c.key().kind()))
                .limit(top <= 0 ? Long.MAX_VALUE : top)
                .collect(Collectors.toList());
    }
}
