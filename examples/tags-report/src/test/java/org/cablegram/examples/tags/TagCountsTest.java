package org.cablegram.examples.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cablegram.CableParser;
import org.cablegram.model.TagKind;
import org.junit.jupiter.api.Test;

/**
 * Counts over the fixture folder, whose cables were written for this test:
 * <pre>
 * 07ROME10.txt          2007  PREL PGOV IT EUN
 * 08ROME20.txt          2008  PREL ECON IT KDEM OVIP (RICE, CONDOLEEZZA)
 * sub/08MADRID30.txt    2008  PREL SP NATO PREL QQZX   (PREL twice, QQZX is no known tag)
 * sub/09MADRID40.txt    2009  no TAGS line
 * sub/notes.md                not a cable, skipped unless --ext '*'
 * </pre>
 */
class TagCountsTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private static TagsReport.Scan scan(Set<TagKind> kinds, String extension) {
        return TagsReport.scan(TagsReport.source(List.of(FIXTURES), extension), kinds, CableParser.create());
    }

    private static TagCounts all() {
        return scan(EnumSet.allOf(TagKind.class), "txt").counts();
    }

    @Test
    void readsEveryCableUnderTheFolderRecursively() {
        TagsReport.Scan scan = scan(EnumSet.allOf(TagKind.class), "txt");
        assertEquals(4, scan.files());
        assertEquals(4, scan.counts().cables());
        assertEquals(3, scan.counts().cablesWithTags(), "09MADRID40 has no TAGS");
        assertTrue(scan.unreadable().isEmpty());
    }

    @Test
    void countsEachTagOncePerCable() {
        TagCounts c = all();
        assertEquals(3, c.cablesWith("PREL", TagKind.SUBJECT), "08MADRID30 lists PREL twice");
        assertEquals(2, c.cablesWith("IT", TagKind.COUNTRY));
        assertEquals(1, c.cablesWith("PGOV", TagKind.SUBJECT));
        assertEquals(1, c.cablesWith("ECON", TagKind.SUBJECT));
        assertEquals(1, c.cablesWith("KDEM", TagKind.PROGRAM));
        assertEquals(1, c.cablesWith("SP", TagKind.COUNTRY));
        assertEquals(1, c.cablesWith("EUN", TagKind.ORGANIZATION));
        assertEquals(1, c.cablesWith("NATO", TagKind.ORGANIZATION));
        assertEquals(1, c.cablesWith("OVIP (RICE, CONDOLEEZZA)", TagKind.PERSON));
        assertEquals(1, c.cablesWith("QQZX", TagKind.UNKNOWN));
        assertEquals(10, c.top(0).size());
    }

    @Test
    void ranksByCountThenCode() {
        List<TagCounts.Count> top = all().top(4);
        assertEquals(List.of(
                new TagCounts.Count(new TagCounts.Key("PREL", TagKind.SUBJECT), 3),
                new TagCounts.Count(new TagCounts.Key("IT", TagKind.COUNTRY), 2),
                new TagCounts.Count(new TagCounts.Key("ECON", TagKind.SUBJECT), 1),
                new TagCounts.Count(new TagCounts.Key("EUN", TagKind.ORGANIZATION), 1)), top);
    }

    @Test
    void countsPerYear() {
        TagCounts c = all();
        assertEquals(List.of("2007", "2008", "2009"), c.years());
        assertEquals(1, c.cablesIn("2007"));
        assertEquals(2, c.cablesIn("2008"));
        assertEquals(1, c.cablesIn("2009"));
        assertEquals(new TagCounts.Count(new TagCounts.Key("PREL", TagKind.SUBJECT), 2), c.top("2008", 1).get(0));
        assertEquals(8, c.top("2008", 0).size(), "PREL ECON IT KDEM OVIP SP NATO QQZX");
        assertTrue(c.top("2009", 0).isEmpty());
    }

    @Test
    void totalsPerKind() {
        assertEquals(List.of(
                new TagCounts.KindTotal(TagKind.SUBJECT, 3, 5, 3),
                new TagCounts.KindTotal(TagKind.PROGRAM, 1, 1, 1),
                new TagCounts.KindTotal(TagKind.COUNTRY, 3, 3, 2),
                new TagCounts.KindTotal(TagKind.ORGANIZATION, 2, 2, 2),
                new TagCounts.KindTotal(TagKind.PERSON, 1, 1, 1),
                new TagCounts.KindTotal(TagKind.UNKNOWN, 1, 1, 1)), all().kinds());
    }

    @Test
    void countsOnlyTheKindsAskedFor() {
        TagCounts c = scan(EnumSet.of(TagKind.COUNTRY), "txt").counts();
        assertEquals(List.of(
                new TagCounts.Count(new TagCounts.Key("IT", TagKind.COUNTRY), 2),
                new TagCounts.Count(new TagCounts.Key("SP", TagKind.COUNTRY), 1)), c.top(0));
        assertEquals(4, c.cables());
        assertEquals(3, c.cablesWithTags());
        assertEquals(List.of(new TagCounts.KindTotal(TagKind.COUNTRY, 3, 3, 2)), c.kinds());
    }

    @Test
    void anyExtensionReadsTheNotesFileAsACableWithoutTags() {
        TagsReport.Scan scan = scan(EnumSet.allOf(TagKind.class), "*");
        assertEquals(5, scan.files());
        assertEquals(5, scan.counts().cables());
        assertEquals(3, scan.counts().cablesWithTags());
        assertEquals(List.of("2007", "2008", "2009", TagCounts.UNKNOWN_YEAR), scan.counts().years());
    }
}
