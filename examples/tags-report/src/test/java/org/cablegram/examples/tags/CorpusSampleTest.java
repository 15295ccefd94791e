package org.cablegram.examples.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.cablegram.CableParser;
import org.cablegram.model.TagKind;
import org.junit.jupiter.api.Test;

/**
 * The report over the library's committed sample of 100 real cables. PREL on 53 of them was
 * checked by hand: 46 files have PREL on a {@code TAGS:} line, and the other 7 write
 * {@code TAGS} without a colon or after the E.O. text on the same line.
 */
class CorpusSampleTest {

    static final Path SAMPLE = Path.of("../../src/test/resources/corpus-sample/cables");

    @Test
    void countsTheSample() {
        assertTrue(Files.isDirectory(SAMPLE), "run from examples/tags-report: " + SAMPLE.toAbsolutePath());
        TagsReport.Scan scan = TagsReport.scan(TagsReport.source(List.of(SAMPLE), "txt"),
                EnumSet.allOf(TagKind.class), CableParser.create());
        assertEquals(100, scan.files());
        assertEquals(100, scan.counts().cables());
        assertTrue(scan.unreadable().isEmpty());
        TagCounts.Count first = scan.counts().top(1).get(0);
        assertEquals(new TagCounts.Count(new TagCounts.Key("PREL", TagKind.SUBJECT), 53), first);
        int total = scan.counts().years().stream().mapToInt(scan.counts()::cablesIn).sum();
        assertEquals(100, total, "every cable falls in exactly one year (or unknown)");
    }
}
