package org.cablegram.examples.tags;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A result table, written either as CSV (RFC 4180, through commons-csv) or as a plain text
 * table with aligned columns.
 *
 * @param header  column names
 * @param rows    the cells, one list per row, as long as the header
 * @param numbers indexes of the columns that hold numbers (right-aligned in text)
 */
record Table(List<String> header, List<List<String>> rows, Set<Integer> numbers) {

    Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        numbers = Set.copyOf(numbers);
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + row + " does not match header " + header);
            }
        }
    }

    /**
     * Writes the table as CSV: a header record, then one record per row.
     *
     * @param out where to write
     * @throws IOException when writing fails
     */
    void writeCsv(Appendable out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
        // not closed: closing the printer would close `out`, which may be standard output
        CSVPrinter printer = new CSVPrinter(out, format);
        for (List<String> row : rows) {
            printer.printRecord(row);
        }
        printer.flush();
    }

    /**
     * Writes the table as text: columns separated by two blanks, numbers right-aligned, a rule
     * of dashes under the header.
     *
     * @param out where to write
     * @throws IOException when writing fails
     */
    void writeText(Appendable out) throws IOException {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> row : rows) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        line(out, header, width);
        line(out, Arrays.stream(width).mapToObj("-"::repeat).toList(), width);
        for (List<String> row : rows) {
            line(out, row, width);
        }
    }

    private void line(Appendable out, List<String> cells, int[] width) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(width[i] - cell.length());
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(numbers.contains(i) ? pad + cell : cell + pad);
        }
        out.append(sb.toString().stripTrailing()).append('\n');
    }
}
