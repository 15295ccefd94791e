package org.cablegram.internal.write;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

import org.cablegram.model.Break;
import org.cablegram.model.Cable;
import org.cablegram.model.Reference;

/**
 * What changed between a parsed cable and a changed copy of it, found by value.
 *
 * <p>A part of one element (or a block: TAGS, REF) is kept when the two values are equal. A list
 * is compared element by element: the longest common subsequence of equal elements is kept, in
 * order; every other element of the original is removed and every other element of the copy
 * added. So an element moved to another place is removed there and added here, and of equal
 * elements (duplicates) the earliest ones are paired. Two rules follow from how a telegram
 * writes its lists: the first TO and INFO addressee carries the keyword, so an addressee kept
 * only if it stays first or stays not first; a break is compared by kind, number, total and
 * offset, and by the paragraph it falls in as the paragraphs were paired (removing a paragraph
 * shifts the index of every later break without changing them); a break standing before a
 * paragraph is the same where the paragraph before it or after it is.
 */
final class Changes {

    /** The largest table the pairing of two lists' middles may take (cells). */
    private static final long MAX_TABLE = 4_000_000;

    /** For each part: the original's index of each element of the copy, -1 where it was added. */
    private final Map<Part, int[]> originalOf = new EnumMap<>(Part.class);
    /** For each part: the copy's index of each element of the original, -1 where it was removed. */
    private final Map<Part, int[]> copyOf = new EnumMap<>(Part.class);
    /** For each block: the original's index of each item of the copy, -1 where it was added. */
    private final Map<Part, int[]> itemOf = new EnumMap<>(Part.class);

    private Changes() {
    }

    static Changes between(Cable original, Cable copy) {
        Changes c = new Changes();
        for (Part p : Part.values()) {
            if (p != Part.BREAKS) {
                c.pair(p, p.elements(original), p.elements(copy), c.equality(p, original, copy));
            }
        }
        for (Part p : Part.values()) {
            if (p.shape() == Part.Shape.BLOCK) {
                c.items(p, p.elements(original), p.elements(copy));
            }
        }
        // after the paragraphs: breaks are placed by them
        c.pair(Part.BREAKS, original.breaks(), copy.breaks(), c.equality(Part.BREAKS, original, copy));
        return c;
    }

    private BiPredicate<Object, Object> equality(Part p, Cable original, Cable copy) {
        switch (p) {
            case PARTIAL_EXTRACT:
                // the element is the cable itself; present means the flag is set
                return (a, b) -> true;
            case BREAKS:
                int[] paragraphs = placeOf(Part.PARAGRAPHS, original.paragraphs().size());
                return (a, b) -> sameBreak((Break) a, (Break) b, paragraphs, original.paragraphs().size());
            default:
                return Objects::equals;
        }
    }

    /**
     * For each element of the copy, the original's element whose place it takes: the one it
     * equals, or in a stretch where elements were replaced, the one it replaces (the k-th new
     * one the k-th old one), as the lossless writer writes it; -1 for one written after them.
     */
    int[] placeOf(Part p, int originalSize) {
        int[] ofB = originalOf.get(p);
        int[] place = ofB.clone();
        int i = 0;
        int j = 0;
        while (j < ofB.length) {
            int j1 = j;
            while (j1 < ofB.length && ofB[j1] < 0) {
                j1++;
            }
            int i1 = j1 < ofB.length ? ofB[j1] : originalSize;
            for (int k = 0; j + k < j1 && i + k < i1; k++) {
                place[j + k] = i + k;
            }
            i = i1 + 1;
            j = j1 + 1;
        }
        return place;
    }

    private static boolean sameBreak(Break a, Break b, int[] paragraphs, int originalParagraphs) {
        if (a.kind() != b.kind() || a.number() != b.number() || !a.total().equals(b.total())
                || a.offset() != b.offset()) {
            return false;
        }
        int at = b.paragraph() < paragraphs.length ? paragraphs[b.paragraph()] : originalParagraphs;
        if (at == a.paragraph()) {
            return true;
        }
        // a break before a paragraph stands between two: the same one, when the paragraph before
        // it is the same (the one after it was removed or added)
        return b.offset() == 0 && (b.paragraph() == 0 ? a.paragraph() == 0
                : b.paragraph() - 1 < paragraphs.length && paragraphs[b.paragraph() - 1] == a.paragraph() - 1
                        && a.paragraph() > 0);
    }

    private void pair(Part p, List<?> a, List<?> b, BiPredicate<Object, Object> same) {
        int[] ofB = new int[b.size()];
        int[] ofA = new int[a.size()];
        Arrays.fill(ofB, -1);
        Arrays.fill(ofA, -1);
        if (p.shape() != Part.Shape.LIST) {
            if (!a.isEmpty() && !b.isEmpty() && (p.shape() == Part.Shape.BLOCK ? a.equals(b)
                    : same.test(a.get(0), b.get(0)))) {
                ofB[0] = 0;
                ofA[0] = 0;
                for (int i = 1; i < a.size(); i++) {
                    ofA[i] = i;
                    ofB[i] = i;
                }
            }
        } else {
            lcs(a, b, same, ofA, ofB);
            if (p == Part.TO || p == Part.INFO) {
                for (int i = 0; i < ofA.length; i++) {
                    if (ofA[i] >= 0 && (i == 0) != (ofA[i] == 0)) {
                        ofB[ofA[i]] = -1;
                        ofA[i] = -1;
                    }
                }
            }
        }
        originalOf.put(p, ofB);
        copyOf.put(p, ofA);
    }

    /**
     * Pairs the items of a block as a list: a reference by all but its letter, so that a block
     * lettered again keeps its items and changes their letters.
     */
    private void items(Part p, List<?> a, List<?> b) {
        int[] ofB = new int[b.size()];
        int[] ofA = new int[a.size()];
        Arrays.fill(ofB, -1);
        Arrays.fill(ofA, -1);
        lcs(a, b, (x, y) -> x instanceof Reference r && y instanceof Reference s
                ? r.text().equals(s.text()) && r.kind() == s.kind() && r.cableId().equals(s.cableId())
                : x.equals(y), ofA, ofB);
        itemOf.put(p, ofB);
    }

    /** @return for each item of the copy's block, the original's item it is paired with, -1 for one added */
    int[] itemsOf(Part p) {
        return itemOf.get(p);
    }

    /** Pairs the longest common subsequence of equal elements; common ends first, cheaply. */
    private static void lcs(List<?> a, List<?> b, BiPredicate<Object, Object> same, int[] ofA, int[] ofB) {
        int lo = 0;
        while (lo < a.size() && lo < b.size() && same.test(a.get(lo), b.get(lo))) {
            ofA[lo] = lo;
            ofB[lo] = lo;
            lo++;
        }
        int ea = a.size();
        int eb = b.size();
        while (ea > lo && eb > lo && same.test(a.get(ea - 1), b.get(eb - 1))) {
            ea--;
            eb--;
            ofA[ea] = eb;
            ofB[eb] = ea;
        }
        int n = ea - lo;
        int m = eb - lo;
        if (n == 0 || m == 0 || (long) n * m > MAX_TABLE) {
            // beyond the table's size the middle is taken as changed: rewritten, not lost
            return;
        }
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = same.test(a.get(lo + i), b.get(lo + j)) ? len[i + 1][j + 1] + 1
                        : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same.test(a.get(lo + i), b.get(lo + j)) && len[i][j] == len[i + 1][j + 1] + 1) {
                ofA[lo + i] = lo + j;
                ofB[lo + j] = lo + i;
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }

    /** @return the original's index of the copy's element {@code i} of the part, or -1 when it was added */
    int originalOf(Part p, int i) {
        int[] a = originalOf.get(p);
        return i < a.length ? a[i] : -1;
    }

    /** @return the copy's index of the original's element {@code i} of the part, or -1 when it was removed */
    int copyOf(Part p, int i) {
        int[] a = copyOf.get(p);
        return i < a.length ? a[i] : -1;
    }
}
