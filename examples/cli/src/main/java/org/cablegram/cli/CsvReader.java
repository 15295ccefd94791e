package org.cablegram.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the Cablegate {@code cables.csv}: no header row; eight columns {@code id, date, refid,
 * origin, classification, references, header, body}; fields in double quotes, a quote inside a
 * field written {@code \"} (and a backslash {@code \\}); fields span lines. The telegram text of
 * a row is {@code header + "\n\n" + body}, its source {@code file#row} (rows from 1), and its
 * {@code refid} is the id the parser checks the text against. The file is streamed: one row at
 * a time, whatever its size.
 */
final class CsvReader {

    /** Columns of a row. */
    static final int COLUMNS = 8;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setEscape('\\').get();

    private CsvReader() {
    }

    /** Receives the rows of a file, in order. */
    interface Handler {
        /**
         * @param source  {@code file#row}
         * @param refid   the row's refid, or null when blank
         * @param text    header, blank line, body
         */
        void row(String source, String refid, String text);

        /**
         * A row, or the rest of the file, that cannot be read.
         *
         * @param source  {@code file#row}, or the file when it cannot be opened
         * @param message why
         */
        void error(String source, String message);
    }

    /**
     * @param file    the CSV file
     * @param display its name in output
     * @param handler receives each row or error
     */
    static void read(Path file, String display, Handler handler) {
        long row = 0;
        try (InputStream in = Files.newInputStream(file);
             Reader reader = Decoding.reader(in);
             CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord rec : parser) {
                row = rec.getRecordNumber();
                String source = display + "#" + row;
                if (rec.size() != COLUMNS) {
                    handler.error(source, "expected " + COLUMNS
                            + " columns (id, date, refid, origin, classification, references, header, body), found "
                            + rec.size());
                    continue;
                }
                String refid = rec.get(2).strip();
                handler.row(source, refid.isEmpty() ? null : refid, rec.get(6) + "\n\n" + rec.get(7));
            }
        } catch (IOException e) {
            handler.error(row == 0 ? display : display + "#" + (row + 1), row == 0
                    ? "cannot read: " + Inputs.reason(e)
                    : "cannot read the rest of the file: " + Inputs.reason(e));
        } catch (UncheckedIOException e) {
            handler.error(display + "#" + (row + 1), "malformed CSV, the rest of the file is skipped: "
                    + Inputs.reason(e.getCause()));
        }
    }
}
