package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Fields;
import org.cablegram.internal.fields.Stations;
import org.cablegram.internal.fields.Words;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cablegram.DiagnosticCode;
import org.cablegram.model.Classification;
import org.cablegram.model.DateTimeGroup;
import org.cablegram.model.ReferenceId;

/** The cable's reference id, made from its parts, and the year of an id the caller knows. */
final class ReferenceIds {

    private ReferenceIds() {
    }

    private static String blankless(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                b.append(Character.toUpperCase(s.charAt(i)));
            }
        }
        return b.toString();
    }

    /** The year of a Cablegate id ({@code 08ASTANA2256}) or a NARA number ({@code 1974ATHENS02959}). */
    static Optional<Integer> yearOf(String id) {
        String k = id.strip();
        int digits = 0;
        while (digits < k.length() && Character.isDigit(k.charAt(digits))) {
            digits++;
        }
        if ((digits != 2 && digits != 4) || digits == k.length() || !Character.isLetter(k.charAt(digits))) {
            return Optional.empty();
        }
        return Optional.of(Words.fullYear(Integer.parseInt(k.substring(0, digits)), digits));
    }

    /**
     * The cable's reference id: the year of its date-time group, the origin and serial of its
     * classification line (else of its first section line); reported when it cannot be made or
     * disagrees with the id the caller knows.
     */
    static Optional<ReferenceId> referenceId(Optional<DateTimeGroup> dtg, Optional<Classification> classification,
            Optional<Fields.SectionMark> sectionMark, Optional<String> knownId, Diagnostics diags) {
        Optional<Integer> year = dtg.flatMap(DateTimeGroup::instant).map(i -> i.atZone(ZoneOffset.UTC).getYear());
        Optional<String> origin = classification.flatMap(Classification::origin);
        Optional<String> serial = classification.flatMap(Classification::serial);
        if (origin.isEmpty() || serial.isEmpty()) {
            if (sectionMark.isPresent()) {
                origin = Optional.of(sectionMark.get().origin());
                serial = Optional.of(sectionMark.get().serial());
            }
        }
        Optional<ReferenceId> id = Optional.empty();
        if (year.isPresent() && origin.isPresent() && serial.isPresent()) {
            // the origin as the Cablegate ids spell it (UNVIE VIENNA, a damaged spelling)
            id = Optional.of(ReferenceId.of(year.get(), Stations.canonical(blankless(origin.get())), serial.get()));
        } else {
            List<String> missing = new ArrayList<>();
            if (year.isEmpty()) {
                missing.add("year (no date-time group)");
            }
            if (origin.isEmpty() || serial.isEmpty()) {
                missing.add("origin and serial (no classification line with them)");
            }
            diags.add(DiagnosticCode.NO_REFERENCE_ID, "no reference id: the text lacks the " + String.join(" and ", missing),
                    org.cablegram.SourceSpan.at(1, 1));
        }
        if (knownId.isPresent()) {
            String k = knownId.get().strip().toUpperCase(Locale.ROOT);
            boolean agrees = id.isPresent() && (id.get().id().equals(k)
                    || id.get().naraDocumentNumber().map(k::equals).orElse(false));
            if (id.isPresent() && !agrees) {
                diags.add(DiagnosticCode.REFERENCE_ID_MISMATCH, "the text gives reference id " + id.get().id()
                        + ", not " + knownId.get().strip(), org.cablegram.SourceSpan.at(1, 1));
            }
        }
        return id;
    }
}
