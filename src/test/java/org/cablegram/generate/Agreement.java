package org.cablegram.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.cablegram.Diagnostic;
import org.cablegram.ParseResult;
import org.cablegram.Severity;
import org.cablegram.model.Addressee;
import org.cablegram.model.Cable;
import org.cablegram.model.Classification;
import org.cablegram.model.DateTimeGroup;
import org.cablegram.model.Paragraph;
import org.cablegram.model.Subject;
import org.cablegram.model.Tag;

/** Compares a generated cable with the cable parsed from its text, field by field. */
final class Agreement {

    private Agreement() {
    }

    record Addr(String name, Optional<String> serial) {
    }

    record Para(OptionalInt number, Optional<String> marking) {
    }

    /**
     * The key fields: reference id, level, DTG instant, FM, TO and INFO names and serials, tag
     * codes and kinds, subject text, paragraph numbers and markings, signers.
     *
     * @return one line per field that differs; empty when they agree
     */
    static List<String> keyFieldDifferences(Cable expected, Cable actual) {
        List<String> out = new ArrayList<>();
        check(out, "referenceId", expected.referenceId(), actual.referenceId());
        check(out, "classification level", expected.classification().map(Classification::level),
                actual.classification().map(Classification::level));
        check(out, "DTG instant", expected.dateTimeGroup().flatMap(DateTimeGroup::instant),
                actual.dateTimeGroup().flatMap(DateTimeGroup::instant));
        check(out, "FM", expected.from(), actual.from());
        check(out, "TO", addrs(expected.to()), addrs(actual.to()));
        check(out, "INFO", addrs(expected.info()), addrs(actual.info()));
        check(out, "tags", expected.tags().stream().map(Tag::toString).toList(),
                actual.tags().stream().map(Tag::toString).toList());
        check(out, "subject", expected.subject().map(Subject::text), actual.subject().map(Subject::text));
        check(out, "paragraphs", paras(expected.paragraphs()), paras(actual.paragraphs()));
        check(out, "signers", expected.signers(), actual.signers());
        return out;
    }

    /** @return one line per record component of the cable that differs */
    static List<String> allDifferences(Cable expected, Cable actual) {
        List<String> out = new ArrayList<>();
        for (var rc : Cable.class.getRecordComponents()) {
            try {
                check(out, rc.getName(), rc.getAccessor().invoke(expected), rc.getAccessor().invoke(actual));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    static List<Diagnostic> errors(ParseResult r) {
        return r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    static List<Diagnostic> warnings(ParseResult r) {
        return r.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).toList();
    }

    private static List<Addr> addrs(List<Addressee> as) {
        return as.stream().map(a -> new Addr(a.name(), a.serial())).toList();
    }

    private static List<Para> paras(List<Paragraph> ps) {
        return ps.stream().map(p -> new Para(p.number(), p.marking())).toList();
    }

    private static void check(List<String> out, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(what + ": generated " + expected + ", parsed " + actual);
        }
    }

    /** A failure message with the text and the differences. */
    static String report(String what, Object seed, String text, List<?> problems) {
        StringBuilder sb = new StringBuilder(what).append(" (seed ").append(seed).append(")\n");
        problems.forEach(p -> sb.append("  ").append(p).append('\n'));
        sb.append("---- text ----\n").append(text);
        return sb.toString();
    }
}
