package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parse(CharSequence) given the name of a file warns that parse(Path) reads files. */
class PathAsTextTest {

    private static final CableParser PARSER = CableParser.create();

    private static List<Diagnostic> pathWarnings(ParseResult r) {
        return r.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.TEXT_IS_A_PATH).toList();
    }

    @Test
    void theNameOfAnExistingFileGivesOneWarningNamingParsePath(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("08ASTANA2256.txt"), "UNCLAS ASTANA 002256\n");
        String name = file.toString();
        List<Diagnostic> found = pathWarnings(PARSER.parse(name));
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("parse(Path)"), d.message());
        assertEquals(new SourceSpan(1, 1, 1, name.length()), d.span());
        assertEquals(1, pathWarnings(PARSER.parse(name + "\n")).size(), "a trailing line break is still one line");
        assertEquals(1, pathWarnings(PARSER.parse(name, "08ASTANA2256")).size());
    }

    @Test
    void otherTextGetsNoSuchWarning(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("x.txt"), "x");
        assertTrue(pathWarnings(PARSER.parse(dir.resolve("missing.txt").toString())).isEmpty(), "no such file");
        assertTrue(pathWarnings(PARSER.parse(dir.toString())).isEmpty(), "a directory is not a file");
        assertTrue(pathWarnings(PARSER.parse(file + "\nSUBJECT: TWO LINES")).isEmpty(), "two lines are text");
        assertTrue(pathWarnings(PARSER.parse("UNCLAS ASTANA 002256")).isEmpty());
        assertTrue(pathWarnings(PARSER.parse("bad\0path")).isEmpty(), "not a valid path: no exception either");
        assertTrue(pathWarnings(PARSER.parse(file)).isEmpty(), "parse(Path) reads the file's text");
    }
}
