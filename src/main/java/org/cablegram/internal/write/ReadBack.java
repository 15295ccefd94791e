package org.cablegram.internal.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cablegram.internal.assemble.Pipeline;
import org.cablegram.model.Cable;
import org.cablegram.model.Unrecognized;

/**
 * Reads a written text back and names the parts of the cable it was written for that it does
 * not give. Unrecognized lines are compared by their text (their line numbers move with the
 * lines before them). The reference id, the summary and the comments are read from other parts
 * and not written: they are compared only where the copy changed them.
 */
final class ReadBack {

    private ReadBack() {
    }

    /**
     * @param text     the written text
     * @param original the parsed cable the copy was made from
     * @param copy     the cable the text was written for
     * @return one line per part the text does not read back as; empty when it reads back as the copy
     */
    static List<String> problems(String text, Cable original, Cable copy) {
        Cable back = Pipeline.run(text, Optional.empty(), Integer.MAX_VALUE, Integer.MAX_VALUE, 1000, List.of())
                .cable();
        List<String> out = new ArrayList<>();
        for (Part p : Part.values()) {
            Object want = p.elements(copy);
            Object got = p.elements(back);
            if (p == Part.UNRECOGNIZED) {
                want = texts(copy.unrecognized());
                got = texts(back.unrecognized());
            } else if (p == Part.PARTIAL_EXTRACT) {
                want = copy.partialExtract();
                got = back.partialExtract();
            }
            if (!want.equals(got)) {
                out.add(p + ": written " + want + ", reads back as " + got);
            }
        }
        derived(out, "referenceId", original.referenceId(), copy.referenceId(), back.referenceId());
        derived(out, "summary", original.summary(), copy.summary(), back.summary());
        derived(out, "comments", original.comments(), copy.comments(), back.comments());
        return List.copyOf(out);
    }

    private static void derived(List<String> out, String name, Object original, Object copy, Object back) {
        if (!Objects.equals(original, copy) && !Objects.equals(copy, back)) {
            out.add(name + ": read from other parts, not written; set to " + copy + ", the text gives " + back);
        }
    }

    private static List<String> texts(List<Unrecognized> us) {
        List<String> out = new ArrayList<>();
        us.forEach(u -> out.add(u.text()));
        return out;
    }
}
