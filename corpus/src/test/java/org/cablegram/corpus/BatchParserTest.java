package org.cablegram.corpus;

import static org.cablegram.corpus.Fixtures.RESOURCES;
import static org.cablegram.corpus.Fixtures.cable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cablegram.CableParser;
import org.cablegram.DiagnosticCode;
import org.cablegram.JsonForm;
import org.cablegram.ParserOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel parsing in input order, progress, back-pressure, cancellation and failures. */
class BatchParserTest {

    private static final CableParser PARSER = CableParser.create();

    /** Many real cables of different sizes, so that workers finish out of order. */
    private static CableSource manyCables(int copies) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            for (String id : Fixtures.IDS) {
                texts.add(cable(id));
            }
        }
        return CableSource.texts("many", texts);
    }

    private static List<String> fingerprints(Stream<CableOutcome> outcomes) {
        return outcomes.map(o -> o.origin() + " " + JsonForm.of(o.origin().toString(), o.result().orElseThrow()))
                .collect(Collectors.toList());
    }

    @Test
    void resultsComeInInputOrderWhateverTheThreads() {
        List<String> sequential;
        try (Stream<CableInput> in = manyCables(25).inputs()) {
            BatchParser one = BatchParser.create(PARSER);
            sequential = fingerprints(in.map(one::parse));
        }
        assertEquals(100, sequential.size());
        try (Stream<CableOutcome> s = BatchParser.create(PARSER).threads(4).window(6).stream(manyCables(25))) {
            assertEquals(sequential, fingerprints(s));
        }
        try (Stream<CableOutcome> s = BatchParser.create(PARSER).threads(1).stream(manyCables(25))) {
            assertEquals(sequential, fingerprints(s));
        }
    }

    @Test
    void progressCountsEveryResultWithTheTotalWhenKnown() {
        List<long[]> calls = new CopyOnWriteArrayList<>();
        BatchParser batch = BatchParser.create(PARSER).threads(2).progress((done, total) -> calls.add(new long[] {done, total}));
        batch.forEach(CableSource.folder(RESOURCES.resolve("cables")), o -> { });
        assertEquals(5, calls.size());
        for (int i = 0; i < calls.size(); i++) {
            assertEquals(i + 1, calls.get(i)[0]);
            assertEquals(5, calls.get(i)[1]);
        }
        calls.clear();
        batch.forEach(CableSource.file(RESOURCES.resolve("csv/cables.csv")), o -> { });
        assertEquals(4, calls.size());
        assertEquals(-1, calls.get(3)[1], "the number of rows of a CSV file is not known in advance");
    }

    /** Counts the bytes taken from a stream. */
    private static final class Counting extends FilterInputStream {
        final AtomicLong read = new AtomicLong();

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                read.addAndGet(n);
            }
            return n;
        }
    }

    private static byte[] bigCsv(int rows) {
        String body = cable("08BERN443").replace("\\", "\\\\").replace("\"", "\\\"");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= rows; i++) {
            sb.append('"').append(i).append("\",\"d\",\"\",\"o\",\"c\",\"\",\"\",\"").append(body).append("\"\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSourceIsReadNoFasterThanResultsAreTaken() {
        byte[] csv = bigCsv(400); // about 8 MB
        Counting in = new Counting(new ByteArrayInputStream(csv));
        try (BatchRun<CableOutcome> run = BatchParser.create(PARSER).threads(2).window(4)
                .start(CableSource.stream("big.csv", in, Format.CABLES_CSV))) {
            assertTrue(run.hasNext());
            assertEquals("big.csv#1", run.next().origin().toString());
            long afterOne = in.read.get();
            assertTrue(afterOne < csv.length / 20, "read " + afterOne + " of " + csv.length + " bytes for one result");
            int n = 1;
            while (run.hasNext()) {
                assertEquals("big.csv#" + (n + 1), run.next().origin().toString());
                n++;
            }
            assertEquals(400, n);
            assertEquals(csv.length, in.read.get());
        }
    }

    @Test
    void cancellingStopsReadingAndParsing() {
        byte[] csv = bigCsv(400);
        Counting in = new Counting(new ByteArrayInputStream(csv));
        BatchRun<CableOutcome> run = BatchParser.create(PARSER).threads(2).window(4)
                .start(CableSource.stream("big.csv", in, Format.CABLES_CSV));
        run.next();
        run.cancel();
        assertTrue(run.isCancelled());
        assertFalse(run.hasNext());
        assertThrows(java.util.NoSuchElementException.class, run::next);
        long atCancel = in.read.get();
        run.close();
        assertTrue(atCancel < csv.length / 20, "read " + atCancel + " bytes");
        // closing the stream of a run cancels it as well
        Counting again = new Counting(new ByteArrayInputStream(csv));
        try (Stream<CableOutcome> s = BatchParser.create(PARSER).window(2)
                .stream(CableSource.stream("big.csv", again, Format.CABLES_CSV))) {
            assertEquals(3, s.limit(3).count());
        }
        assertTrue(again.read.get() < csv.length / 20);
    }

    @Test
    void aCancelFromAnotherThreadEndsTheIteration() throws InterruptedException {
        BatchRun<CableOutcome> run = BatchParser.create(PARSER).threads(1).window(2).start(manyCables(500));
        Thread t = new Thread(run::cancel);
        int taken = 0;
        while (run.hasNext()) {
            try {
                run.next();
            } catch (java.util.concurrent.CancellationException e) {
                break;
            }
            if (++taken == 10) {
                t.start();
                t.join();
            }
        }
        run.close();
        assertTrue(taken >= 10 && taken < 2000, "taken " + taken);
    }

    @Test
    void problemsAndRejectionsAreOutcomesInTheirPlace(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), " \n");
        Path latin1 = Files.write(dir.resolve("latin1.txt"),
                "UNCLAS STATE 001\n\nSUBJECT: CAF\u00c9\n".getBytes(StandardCharsets.ISO_8859_1));
        CableSource source = CableSource.arguments(List.of(empty.toString(), "missing.txt", latin1.toString(),
                RESOURCES.resolve("cables/02ROME1725.txt").toString()), null, InputStream.nullInputStream());
        List<CableOutcome> tolerant = BatchParser.create(PARSER).stream(source).collect(Collectors.toList());
        assertEquals(List.of(CableOutcome.Status.PARSED, CableOutcome.Status.UNREADABLE, CableOutcome.Status.PARSED,
                CableOutcome.Status.PARSED), tolerant.stream().map(CableOutcome::status).collect(Collectors.toList()));
        assertTrue(tolerant.get(0).hasErrors());
        assertEquals("no such file or directory", tolerant.get(1).message().orElseThrow());
        CableOutcome enc = tolerant.get(2);
        assertTrue(enc.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.MALFORMED_ENCODING));
        assertTrue(enc.result().orElseThrow().diagnostics().stream().noneMatch(d -> d.code() == DiagnosticCode.MALFORMED_ENCODING),
                "the source's diagnostic is merged into the outcome, not into the parse result");
        List<CableOutcome> strict = BatchParser.create(CableParser.create(ParserOptions.builder().strict(true).build()))
                .stream(source).collect(Collectors.toList());
        assertEquals(List.of(CableOutcome.Status.REJECTED, CableOutcome.Status.UNREADABLE, CableOutcome.Status.REJECTED,
                CableOutcome.Status.PARSED), strict.stream().map(CableOutcome::status).collect(Collectors.toList()));
    }

    @Test
    void aCsvRefidIsCheckedAgainstTheText(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("cables.csv"),
                Files.readString(RESOURCES.resolve("csv/cables.csv")).replace("\"10SANJOSE15\"", "\"10SANJOSE99\""));
        List<CableOutcome> rows = BatchParser.create(PARSER).stream(CableSource.file(csv)).collect(Collectors.toList());
        assertTrue(rows.get(0).diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.REFERENCE_ID_MISMATCH));
        assertTrue(rows.get(1).diagnostics().stream().noneMatch(d -> d.code() == DiagnosticCode.REFERENCE_ID_MISMATCH));
    }

    @Test
    void theMapperRunsOnWorkersAndItsFailureReachesTheCaller() {
        BatchParser batch = BatchParser.create(PARSER).threads(2);
        try (BatchRun<String> run = batch.start(manyCables(2), o -> Thread.currentThread().getName())) {
            assertTrue(run.next().startsWith("cablegram-batch-"));
        }
        try (BatchRun<String> run = batch.start(manyCables(2), o -> {
            if (o.origin().row().orElseThrow() == 3) {
                throw new IllegalStateException("boom");
            }
            return o.origin().toString();
        })) {
            assertEquals("many#1", run.next());
            assertEquals("many#2", run.next());
            IllegalStateException e = assertThrows(IllegalStateException.class, run::next);
            assertEquals("boom", e.getMessage());
            assertFalse(run.hasNext(), "a failed result ends the run");
        }
    }

    @Test
    void settingsAreChecked() {
        BatchParser b = BatchParser.create(PARSER);
        assertThrows(IllegalArgumentException.class, () -> b.threads(0));
        assertThrows(IllegalArgumentException.class, () -> b.window(0));
        assertEquals(12, b.threads(3).window());
        assertEquals(5, b.threads(3).window(5).window());
        assertEquals(8, b.threads(1).window());
    }
}
