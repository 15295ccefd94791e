package org.cablegram.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a Cablegate {@code cables.csv}, streamed with commons-csv: one row in memory at a
 * time, whatever the size of the file.
 */
final class CsvRows implements Iterator<CableInput>, Closeable {

    /** Columns of a row: id, date, refid, origin, classification, references, header, body. */
    static final int COLUMNS = 8;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setEscape('\\').get();

    private final Origin file;
    private final InputStream in;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private CableInput next;
    private boolean done;
    private long row;

    /**
     * @param file the file's origin
     * @param in   its bytes; closed with this
     */
    CsvRows(Origin file, InputStream in) {
        this.file = file;
        this.in = in;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = advance();
            if (next == null) {
                done = true;
                close();
            }
        }
        return next != null;
    }

    @Override
    public CableInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CableInput n = next;
        next = null;
        return n;
    }

    private CableInput advance() {
        try {
            if (parser == null) {
                parser = FORMAT.parse(Decoding.reader(in));
                records = parser.iterator();
            }
            while (records.hasNext()) {
                CSVRecord rec = records.next();
                row = rec.getRecordNumber();
                Origin at = file.atRow(row);
                if (row == 1 && isHeaderRow(rec)) {
                    continue;
                }
                if (rec.size() != COLUMNS) {
                    return CableInput.failed(at, InputProblem.Kind.MALFORMED_ROW, "expected " + COLUMNS
                            + " columns (id, date, refid, origin, classification, references, header, body), found "
                            + rec.size());
                }
                Decoding.Cleaned text = Decoding.clean(rec.get(6) + "\n\n" + rec.get(7));
                String refid = rec.get(2).strip();
                return CableInput.of(at, text.text(), refid.isEmpty() ? null : refid, text.diagnostics());
            }
            return null;
        } catch (IOException | UncheckedIOException e) {
            done = true;
            close();
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            if (row == 0 && parser == null) {
                return CableInput.failed(file, InputProblem.Kind.UNREADABLE, "cannot read: " + CorpusFiles.reason(cause));
            }
            return CableInput.failed(file.atRow(row + 1), InputProblem.Kind.MALFORMED_CSV,
                    "malformed CSV, the rest of the file is skipped: " + CorpusFiles.reason(cause));
        }
    }

    /** The header row some exports add: {@code id, date, refid, ...} by name. */
    private static boolean isHeaderRow(CSVRecord rec) {
        return rec.size() == COLUMNS && rec.get(0).strip().toLowerCase(Locale.ROOT).equals("id")
                && rec.get(2).strip().toLowerCase(Locale.ROOT).equals("refid");
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            }
            in.close();
        } catch (IOException e) {
            // nothing more is read from it: a failed close loses nothing
        }
    }
}
