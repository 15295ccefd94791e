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

    /**
     * A builder holding this cable's parts, to make a changed copy of it:
     * {@code cable.toBuilder().subject(new Subject("NEW SUBJECT", Optional.empty())).build()}.
     * Give the copy to {@code CableWriter.lossless(result, copy)} to write it in the input's layout.
     *
     * @return a builder with every part of this cable
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return a builder of a cable with no part present, like {@link #empty()} */
    public static Builder builder() {
        return new Builder(empty());
    }

    /**
     * Makes a {@link Cable} part by part. One method per component of the record, named after it;
     * an optional part can be given as a value or as an {@code Optional} (empty to leave it out).
     * The builder copies the lists it is given. The parts the parser derives from others (the
     * reference id, the summary and the comments) are set like any other: the builder does not
     * recompute them.
     */
    public static final class Builder {

        private Optional<ReferenceId> referenceId;
        private boolean partialExtract;
        private Optional<Envelope> envelope;
        private Optional<Distribution> distribution;
        private Optional<DateTimeGroup> dateTimeGroup;
        private Optional<String> from;
        private List<Addressee> to;
        private List<Addressee> info;
        private Optional<Classification> classification;
        private List<String> passing;
        private Optional<ExecutiveOrder> executiveOrder;
        private List<Tag> tags;
        private Optional<Subject> subject;
        private List<Reference> references;
        private Optional<ClassifiedBy> classifiedBy;
        private List<Paragraph> paragraphs;
        private List<Break> breaks;
        private Optional<String> summary;
        private List<String> comments;
        private List<String> signers;
        private Optional<Trailer> trailer;
        private List<Unrecognized> unrecognized;

        private Builder(Cable cable) {
            this.referenceId = cable.referenceId();
            this.partialExtract = cable.partialExtract();
            this.envelope = cable.envelope();
            this.distribution = cable.distribution();
            this.dateTimeGroup = cable.dateTimeGroup();
            this.from = cable.from();
            this.to = cable.to();
            this.info = cable.info();
            this.classification = cable.classification();
            this.passing = cable.passing();
            this.executiveOrder = cable.executiveOrder();
            this.tags = cable.tags();
            this.subject = cable.subject();
            this.references = cable.references();
            this.classifiedBy = cable.classifiedBy();
            this.paragraphs = cable.paragraphs();
            this.breaks = cable.breaks();
            this.summary = cable.summary();
            this.comments = cable.comments();
            this.signers = cable.signers();
            this.trailer = cable.trailer();
            this.unrecognized = cable.unrecognized();
        }

        /**
         * @param value the reference id, present
         * @return this builder
         */
        public Builder referenceId(ReferenceId value) {
            this.referenceId = Optional.of(value);
            return this;
        }

        /**
         * @param value the reference id, or empty to leave it out
         * @return this builder
         */
        public Builder referenceId(Optional<ReferenceId> value) {
            this.referenceId = Objects.requireNonNull(value, "referenceId");
            return this;
        }

        /**
         * @param value whether the text is a partial extract
         * @return this builder
         */
        public Builder partialExtract(boolean value) {
            this.partialExtract = value;
            return this;
        }

        /**
         * @param value the envelope, present
         * @return this builder
         */
        public Builder envelope(Envelope value) {
            this.envelope = Optional.of(value);
            return this;
        }

        /**
         * @param value the envelope, or empty to leave it out
         * @return this builder
         */
        public Builder envelope(Optional<Envelope> value) {
            this.envelope = Objects.requireNonNull(value, "envelope");
            return this;
        }

        /**
         * @param value the office distribution, present
         * @return this builder
         */
        public Builder distribution(Distribution value) {
            this.distribution = Optional.of(value);
            return this;
        }

        /**
         * @param value the office distribution, or empty to leave it out
         * @return this builder
         */
        public Builder distribution(Optional<Distribution> value) {
            this.distribution = Objects.requireNonNull(value, "distribution");
            return this;
        }

        /**
         * @param value the date-time group, present
         * @return this builder
         */
        public Builder dateTimeGroup(DateTimeGroup value) {
            this.dateTimeGroup = Optional.of(value);
            return this;
        }

        /**
         * @param value the date-time group, or empty to leave it out
         * @return this builder
         */
        public Builder dateTimeGroup(Optional<DateTimeGroup> value) {
            this.dateTimeGroup = Objects.requireNonNull(value, "dateTimeGroup");
            return this;
        }

        /**
         * @param value the originator, present
         * @return this builder
         */
        public Builder from(String value) {
            this.from = Optional.of(value);
            return this;
        }

        /**
         * @param value the originator, or empty to leave it out
         * @return this builder
         */
        public Builder from(Optional<String> value) {
            this.from = Objects.requireNonNull(value, "from");
            return this;
        }

        /**
         * @param value the action addressees, in order
         * @return this builder
         */
        public Builder to(List<Addressee> value) {
            this.to = List.copyOf(value);
            return this;
        }

        /**
         * @param value the information addressees, in order
         * @return this builder
         */
        public Builder info(List<Addressee> value) {
            this.info = List.copyOf(value);
            return this;
        }

        /**
         * @param value the classification, present
         * @return this builder
         */
        public Builder classification(Classification value) {
            this.classification = Optional.of(value);
            return this;
        }

        /**
         * @param value the classification, or empty to leave it out
         * @return this builder
         */
        public Builder classification(Optional<Classification> value) {
            this.classification = Objects.requireNonNull(value, "classification");
            return this;
        }

        /**
         * @param value the passing lines, in order
         * @return this builder
         */
        public Builder passing(List<String> value) {
            this.passing = List.copyOf(value);
            return this;
        }

        /**
         * @param value the E.O. line, present
         * @return this builder
         */
        public Builder executiveOrder(ExecutiveOrder value) {
            this.executiveOrder = Optional.of(value);
            return this;
        }

        /**
         * @param value the E.O. line, or empty to leave it out
         * @return this builder
         */
        public Builder executiveOrder(Optional<ExecutiveOrder> value) {
            this.executiveOrder = Objects.requireNonNull(value, "executiveOrder");
            return this;
        }

        /**
         * @param value the tags, in order
         * @return this builder
         */
        public Builder tags(List<Tag> value) {
            this.tags = List.copyOf(value);
            return this;
        }

        /**
         * @param value the subject, present
         * @return this builder
         */
        public Builder subject(Subject value) {
            this.subject = Optional.of(value);
            return this;
        }

        /**
         * @param value the subject, or empty to leave it out
         * @return this builder
         */
        public Builder subject(Optional<Subject> value) {
            this.subject = Objects.requireNonNull(value, "subject");
            return this;
        }

        /**
         * @param value the REF items, in order
         * @return this builder
         */
        public Builder references(List<Reference> value) {
            this.references = List.copyOf(value);
            return this;
        }

        /**
         * @param value the Classified By line, present
         * @return this builder
         */
        public Builder classifiedBy(ClassifiedBy value) {
            this.classifiedBy = Optional.of(value);
            return this;
        }

        /**
         * @param value the Classified By line, or empty to leave it out
         * @return this builder
         */
        public Builder classifiedBy(Optional<ClassifiedBy> value) {
            this.classifiedBy = Objects.requireNonNull(value, "classifiedBy");
            return this;
        }

        /**
         * @param value the paragraphs, in order
         * @return this builder
         */
        public Builder paragraphs(List<Paragraph> value) {
            this.paragraphs = List.copyOf(value);
            return this;
        }

        /**
         * @param value the section and page breaks, in order
         * @return this builder
         */
        public Builder breaks(List<Break> value) {
            this.breaks = List.copyOf(value);
            return this;
        }

        /**
         * @param value the summary, present
         * @return this builder
         */
        public Builder summary(String value) {
            this.summary = Optional.of(value);
            return this;
        }

        /**
         * @param value the summary, or empty to leave it out
         * @return this builder
         */
        public Builder summary(Optional<String> value) {
            this.summary = Objects.requireNonNull(value, "summary");
            return this;
        }

        /**
         * @param value the comments, in order
         * @return this builder
         */
        public Builder comments(List<String> value) {
            this.comments = List.copyOf(value);
            return this;
        }

        /**
         * @param value the signers, in order
         * @return this builder
         */
        public Builder signers(List<String> value) {
            this.signers = List.copyOf(value);
            return this;
        }

        /**
         * @param value the trailer, present
         * @return this builder
         */
        public Builder trailer(Trailer value) {
            this.trailer = Optional.of(value);
            return this;
        }

        /**
         * @param value the trailer, or empty to leave it out
         * @return this builder
         */
        public Builder trailer(Optional<Trailer> value) {
            this.trailer = Objects.requireNonNull(value, "trailer");
            return this;
        }

        /**
         * @param value the unrecognized lines, in order
         * @return this builder
         */
        public Builder unrecognized(List<Unrecognized> value) {
            this.unrecognized = List.copyOf(value);
            return this;
        }

        /** @return the cable with the parts given */
        public Cable build() {
            return new Cable(referenceId, partialExtract, envelope, distribution, dateTimeGroup, from, to, info,
                    classification, passing, executiveOrder, tags, subject, references, classifiedBy, paragraphs, breaks,
                    summary, comments, signers, trailer, unrecognized);
        }
    }
}
