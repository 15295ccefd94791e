package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Fields;
import org.cablegram.internal.fields.Words;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.ItemKind;
import org.cablegram.internal.engine.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cablegram.DiagnosticCode;

/**
 * Takes apart the header lines a message was run into (a start of message after a
 * classification word, a classification line after the last envelope line), then hands the
 * items to {@link CollapsedLines} to split the lines that hold several header elements.
 */
final class RunInMessages {

    private final Coverage coverage;
    private final Diagnostics diags;

    RunInMessages(Coverage coverage, Diagnostics diags) {
        this.coverage = coverage;
        this.diags = diags;
    }

    /**
     * Splits header lines that hold several elements (lost newlines) into one item each
     * ({@link CollapsedLines}), after taking a message run into a header line apart.
     *
     * @param classLine the header's classification line, if read already; its origin guides the split
     */
    List<Item> expandCollapsed(List<Item> items, Optional<Fields.ClassLine> classLine) {
        items = splitRunInMessages(items);
        String origin = classLine.flatMap(Fields.ClassLine::origin).orElse(null);
        for (int i = 0; i < items.size() && origin == null; i++) {
            if (items.get(i).kind() == ItemKind.CLASS) {
                origin = Fields.classLine(items.get(i).first().text())
                        .flatMap(Fields.ClassLine::origin).orElse(null);
            }
        }
        return new CollapsedLines(diags, origin).expand(items, classLine.isEmpty());
    }

    /**
     * A start of message run into a header line after blanks ("SECRET\t\tVZCZCXRO2956"), as the
     * lexer reads a VZCZC line in the header: a repeated or appended message. The text before it
     * stays (a classification word alone is a banner); the start of message and the envelope
     * lines after it are kept as unrecognized lines, as a repeated envelope in the lead is. A
     * classification line with origin and serial run into the last envelope line after blanks
     * ("RUEHTRO/AMEMBASSY TRIPOLI 5383\tS E C R E T TRIPOLI 000417") opens the text header again.
     */
    List<Item> splitRunInMessages(List<Item> items) {
        List<Item> out = null;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            int som = it.lines().size() == 1 && (it.kind() == ItemKind.CLASS || it.kind() == ItemKind.HEADER_TEXT)
                    ? runInStartOfMessage(it.first().text()) : -1;
            if (som < 0) {
                if (out != null) {
                    out.add(it);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(items.subList(0, i));
            }
            SourceLine l = it.first();
            String before = l.text().substring(0, som);
            boolean banner = Fields.classLine(before)
                    .filter(c -> c.origin().isEmpty() && c.serial().isEmpty() && c.section().isEmpty()).isPresent();
            out.add(new Item(banner ? ItemKind.BANNER : it.kind(), List.of(new SourceLine(l.number(), before, ""))));
            List<SourceLine> repeated = new ArrayList<>();
            repeated.add(new SourceLine(l.number(), l.text().substring(som), l.terminator()));
            Item reopened = null;
            int j = i + 1;
            while (reopened == null && j < items.size() && items.get(j).kind() == ItemKind.HEADER_TEXT
                    && items.get(j).lines().size() == 1 && isEnvelopeLine(items.get(j).first().text())) {
                SourceLine e = items.get(j).first();
                int c = runInClassLine(e.text());
                if (c > 0) {
                    repeated.add(new SourceLine(e.number(), e.text().substring(0, c), ""));
                    reopened = new Item(ItemKind.CLASS,
                            List.of(new SourceLine(e.number(), e.text().substring(c), e.terminator())));
                } else {
                    repeated.add(e);
                }
                j++;
            }
            diags.add(DiagnosticCode.REPEATED_HEADER, "message header repeated at lines " + l.number() + "-"
                    + repeated.get(repeated.size() - 1).number() + ", its start run into line " + l.number()
                    + "; kept as unrecognized lines", Spans.of(repeated));
            for (SourceLine r : repeated) {
                coverage.addUnrecognized(r, null);
            }
            if (reopened != null) {
                out.add(reopened);
            }
            i = j - 1;
        }
        return out == null ? items : out;
    }

    /** Where a start-of-message run into a line after text and blanks starts; -1 if none. */
    static int runInStartOfMessage(String text) {
        int i = text.indexOf("VZCZC", 1);
        if (i < 0 || !Words.isBlank(text.charAt(i - 1)) || text.substring(0, i).isBlank()) {
            return -1;
        }
        return i;
    }

    private static final Pattern ENVELOPE_LINE = Pattern.compile(
            "(?:ZZ|OO|PP|RR|YY)\\s+R[A-Z]{3}.*|DE\\s+R[A-Z]{3}.*|ZN[RY](?:\\s.*)?|[ZOPR](?:\\s[ZOPR])?\\s+\\d{6}Z\\s.*"
            + "|(?:FM|TO|INFO|XMT)\\s.+|R[A-Z]{3,}/.*|R[A-Z]{3,}(?:\\s+R[A-Z]{3,})*");

    /** Whether a header line reads as a line of a message envelope (routing, DE, ZNY, DTG, FM, TO, INFO, addressee). */
    static boolean isEnvelopeLine(String text) {
        return ENVELOPE_LINE.matcher(Words.clean(text)).matches();
    }

    /**
     * Where a classification line with origin and serial starts after blanks inside the line
     * ("RUEHTRO/AMEMBASSY TRIPOLI 5383\tS E C R E T TRIPOLI 000417"); -1 if none.
     */
    static int runInClassLine(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Words.isBlank(text.charAt(i - 1)) && !Words.isBlank(text.charAt(i)) && Character.isUpperCase(text.charAt(i))
                    && !text.substring(0, i).isBlank()) {
                Optional<Fields.ClassLine> c = Fields.classLine(text.substring(i));
                if (c.isPresent() && c.get().origin().isPresent() && c.get().serial().isPresent()) {
                    return i;
                }
            }
        }
        return -1;
    }
}
