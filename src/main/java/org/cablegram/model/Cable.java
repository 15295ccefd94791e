package org.cablegram.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A US State Department telegram, read into typed parts. Every part is optional: a list is
 * empty or an {@code Optional} is empty where the telegram lacks it. Instances are immutable;
 * two cables are equal when all their parts are equal (source positions and raw text are kept
 * by the parse result, outside the model).
 *
 * @param referenceId    the id derived from the text ({@code 08ASTANA2256}); absent when the
 *                       text lacks the year, origin or serial
 * @param partialExtract whether the text is a WikiLeaks "partial extract" of the cable
 * @param envelope       the ACP 127 envelope (format lines 1 to 4)
 * @param distribution   office distribution lines of a received print copy
 * @param dateTimeGroup  the precedence and date-time group line (FL5)
 * @param from           the originator (FL6), {@code AMEMBASSY ASTANA}
 * @param to             action addressees (FL7)
 * @param info           information addressees (FL8)
 * @param classification the classification line and its captions
 * @param passing        passing and attention lines, {@code STATE FOR SCA/CEN, DRL}
 * @param executiveOrder the E.O. line
 * @param tags           the TAGS
 * @param subject        the SUBJECT line
 * @param references     the REF items
 * @param classifiedBy   the Classified By line
 * @param paragraphs     the body paragraphs in order
 * @param breaks         section and page lines removed from the body
 * @param summary        the text of the SUMMARY ... END SUMMARY block
 * @param comments       the texts of the COMMENT ... END COMMENT blocks
 * @param signers        the signature names, {@code HOAGLAND}
 * @param trailer        the ending lines (BT, #serial, NNNN)
 * @param unrecognized   lines that could not be placed, verbatim
 */
public record Cable(
        Optional<ReferenceId> referenceId,
        boolean partialExtract,
        Optional<Envelope> envelope,
        Optional<Distribution> distribution,
        Optional<DateTimeGroup> dateTimeGroup,
        Optional<String> from,
        List<Addressee> to,
        List<Addressee> info,
        Optional<Classification> classification,
        List<String> passing,
        Optional<ExecutiveOrder> executiveOrder,
        List<Tag> tags,
        Optional<Subject> subject,
        List<Reference> references,
        Optional<ClassifiedBy> classifiedBy,
        List<Paragraph> paragraphs,
        List<Break> breaks,
        Optional<String> summary,
        List<String> comments,
        List<String> signers,
        Optional<Trailer> trailer,
        List<Unrecognized> unrecognized) {

    /**
     * Checks the components and copies the lists.
     *
     * @param referenceId see {@link #referenceId()}
     * @param partialExtract see {@link #partialExtract()}
     * @param envelope see {@link #envelope()}
     * @param distribution see {@link #distribution()}
     * @param dateTimeGroup see {@link #dateTimeGroup()}
     * @param from see {@link #from()}
     * @param to see {@link #to()}
     * @param info see {@link #info()}
     * @param classification see {@link #classification()}
     * @param passing see {@link #passing()}
     * @param executiveOrder see {@link #executiveOrder()}
     * @param tags see {@link #tags()}
     * @param subject see {@link #subject()}
     * @param references see {@link #references()}
     * @param classifiedBy see {@link #classifiedBy()}
     * @param paragraphs see {@link #paragraphs()}
     * @param breaks see {@link #breaks()}
     * @param summary see {@link #summary()}
     * @param comments see {@link #comments()}
     * @param signers see {@link #signers()}
     * @param trailer see {@link #trailer()}
     * @param unrecognized see {@link #unrecognized()}
     */
    public Cable {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(dateTimeGroup, "dateTimeGroup");
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        info = List.copyOf(info);
        Objects.requireNonNull(classification, "classification");
        passing = List.copyOf(passing);
        Objects.requireNonNull(executiveOrder, "executiveOrder");
        tags = List.copyOf(tags);
        Objects.requireNonNull(subject, "subject");
        references = List.copyOf(references);
        Objects.requireNonNull(classifiedBy, "classifiedBy");
        paragraphs = List.copyOf(paragraphs);
        breaks = List.copyOf(breaks);
        Objects.requireNonNull(summary, "summary");
        comments = List.copyOf(comments);
        signers = List.copyOf(signers);
        Objects.requireNonNull(trailer, "trailer");
        unrecognized = List.copyOf(unrecognized);
    }

    /** @return an empty cable: no part present */
    public static Cable empty() {
        return new Cable(Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(), Optional.empty(),
                List.of(), Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(),
                Optional.empty(), List.of(), List.of(), Optional.empty(), List.of());
    }

    /** @return the headings of the body in order (each heading once, where it stands) */
    public List<String> headings() {
        List<String> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            p.heading().ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * @return the origin post: from the reference id, else from the classification line
     */
    public Optional<String> origin() {
        if (referenceId.isPresent()) {
            return Optional.of(referenceId.get().origin());
        }
        return classification.flatMap(Classification::origin)
                .map(o -> o.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT));
    }

    /** @return the cable serial without leading zeros: from the reference id, else the classification line */
    public Optional<String> serial() {
        if (referenceId.isPresent()) {
            return Optional.of(referenceId.get().serial());
        }
        return classification.flatMap(Classification::serial).map(s -> s.replaceFirst("^0+(?=\\d)", ""));
    }
}
