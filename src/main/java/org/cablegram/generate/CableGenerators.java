package org.cablegram.generate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.cablegram.model.Addressee;
import org.cablegram.model.Cable;
import org.cablegram.model.Classification;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.ClassifiedBy;
import org.cablegram.model.DateTimeGroup;
import org.cablegram.model.Envelope;
import org.cablegram.model.ExecutiveOrder;
import org.cablegram.model.Paragraph;
import org.cablegram.model.Reference;
import org.cablegram.model.ReferenceKind;
import org.cablegram.model.Subject;
import org.cablegram.model.Tag;
import org.cablegram.model.TagKind;
import org.cablegram.model.Trailer;

/**
 * Generators of valid, internally consistent {@link Cable} models and of their parts, for
 * property-based tests. They depend on no test framework: each takes a {@code long} seed or a
 * {@link RandomGenerator} and returns a value, so any framework can wrap them (see
 * {@code docs/generators.md}).
 *
 * <p>A generated cable is what a parser should read from its text
 * ({@link TelegramTexts#text(Cable)}): the reference id is derived from the date-time group's
 * year and the classification line's origin and serial; the envelope's filing day and time
 * equal the date-time group, its station serial is the last four digits of the serial and its
 * security letter matches the level; paragraphs are numbered from 1 with portion markings no
 * higher than the level; section breaks stand at paragraph boundaries and agree with the
 * section count; {@code summary} and {@code comments} are exactly the text inside the
 * SUMMARY and COMMENT blocks of the paragraphs. No one-line field holds a line break.
 *
 * <p>The same seed (or a generator in the same state) and the same {@link Options} always give
 * the same cable. Parts drawn on their own ({@link #tag(RandomGenerator, TagKind)},
 * {@link #addressee(RandomGenerator)}, ...) are valid by themselves; use {@link #cable} when
 * parts must agree with each other.
 *
 * <p>{@link #shrink(Cable)} gives strictly smaller valid variants of a cable for minimising a
 * failing example; "smaller" is measured by {@link #size(Cable)}.
 */
public final class CableGenerators {

    private CableGenerators() {
    }

    // ================================================================================ options

    /**
     * Knobs of the cable generator. Immutable; start from {@link #defaults()} or
     * {@link #builder()}.
     *
     * @param eras           eras to draw from (one is chosen per cable)
     * @param levels         classification levels to draw from (weighted as in real traffic)
     * @param envelope       whether the cable has a VZCZC transmission envelope; with
     *                       {@link Presence#SOMETIMES} 2000s cables usually do and 1970s cables
     *                       never do
     * @param minParagraphs  fewest paragraphs, at least 1
     * @param maxParagraphs  most paragraphs, at most 99
     * @param minSentences   fewest sentences per paragraph, at least 1
     * @param maxSentences   most sentences per paragraph
     * @param maxAddressees  most TO and INFO addressees together, at least 1
     * @param maxTags        most TAGS, at least 1
     * @param maxReferences  most REF items, 0 for none
     * @param summary        a SUMMARY ... END SUMMARY block in paragraph 1
     * @param comment        a COMMENT ... END COMMENT block as the last paragraph (needs two
     *                       paragraphs)
     * @param headings       headings before paragraphs 2 to n (2000s only)
     * @param sections       a cable sent in several sections (needs two paragraphs)
     * @param signature      a signature line
     * @param trailer        ending lines (BT, #serial, NNNN)
     */
    public record Options(
            Set<Era> eras,
            Set<ClassificationLevel> levels,
            Presence envelope,
            int minParagraphs,
            int maxParagraphs,
            int minSentences,
            int maxSentences,
            int maxAddressees,
            int maxTags,
            int maxReferences,
            Presence summary,
            Presence comment,
            Presence headings,
            Presence sections,
            Presence signature,
            Presence trailer) {

        /**
         * Checks the ranges and copies the sets, which iterate in enum order.
         *
         * @param eras see the record description
         * @param levels see the record description
         * @param envelope see the record description
         * @param minParagraphs see the record description
         * @param maxParagraphs see the record description
         * @param minSentences see the record description
         * @param maxSentences see the record description
         * @param maxAddressees see the record description
         * @param maxTags see the record description
         * @param maxReferences see the record description
         * @param summary see the record description
         * @param comment see the record description
         * @param headings see the record description
         * @param sections see the record description
         * @param signature see the record description
         * @param trailer see the record description
         * @throws IllegalArgumentException when a set is empty or a range is out of bounds
         */
        public Options {
            if (eras.isEmpty() || levels.isEmpty()) {
                throw new IllegalArgumentException("eras and levels must not be empty");
            }
            eras = java.util.Collections.unmodifiableSet(EnumSet.copyOf(eras));
            levels = java.util.Collections.unmodifiableSet(EnumSet.copyOf(levels));
            Objects.requireNonNull(envelope, "envelope");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(comment, "comment");
            Objects.requireNonNull(headings, "headings");
            Objects.requireNonNull(sections, "sections");
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(trailer, "trailer");
            if (minParagraphs < 1 || maxParagraphs < minParagraphs || maxParagraphs > 99) {
                throw new IllegalArgumentException("paragraphs: need 1 <= min <= max <= 99");
            }
            if (minSentences < 1 || maxSentences < minSentences) {
                throw new IllegalArgumentException("sentences: need 1 <= min <= max");
            }
            if (maxAddressees < 1 || maxTags < 1 || maxReferences < 0) {
                throw new IllegalArgumentException("need maxAddressees >= 1, maxTags >= 1, maxReferences >= 0");
            }
        }

        /**
         * Both eras, every level, everything {@link Presence#SOMETIMES}, 1 to 8 paragraphs of
         * 1 to 5 sentences, up to 10 addressees, 8 tags and 4 references.
         *
         * @return the default options
         */
        public static Options defaults() {
            return builder().build();
        }

        /** @return a builder starting from the defaults */
        public static Builder builder() {
            return new Builder();
        }

        /** @return a builder starting from these options */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.eras = EnumSet.copyOf(eras);
            b.levels = EnumSet.copyOf(levels);
            b.envelope = envelope;
            b.minParagraphs = minParagraphs;
            b.maxParagraphs = maxParagraphs;
            b.minSentences = minSentences;
            b.maxSentences = maxSentences;
            b.maxAddressees = maxAddressees;
            b.maxTags = maxTags;
            b.maxReferences = maxReferences;
            b.summary = summary;
            b.comment = comment;
            b.headings = headings;
            b.sections = sections;
            b.signature = signature;
            b.trailer = trailer;
            return b;
        }

        /** Builder of {@link Options}; every setter returns the builder. */
        public static final class Builder {
            private Set<Era> eras = EnumSet.allOf(Era.class);
            private Set<ClassificationLevel> levels = EnumSet.allOf(ClassificationLevel.class);
            private Presence envelope = Presence.SOMETIMES;
            private int minParagraphs = 1;
            private int maxParagraphs = 8;
            private int minSentences = 1;
            private int maxSentences = 5;
            private int maxAddressees = 10;
            private int maxTags = 8;
            private int maxReferences = 4;
            private Presence summary = Presence.SOMETIMES;
            private Presence comment = Presence.SOMETIMES;
            private Presence headings = Presence.SOMETIMES;
            private Presence sections = Presence.SOMETIMES;
            private Presence signature = Presence.SOMETIMES;
            private Presence trailer = Presence.SOMETIMES;

            private Builder() {
            }

            /**
             * @param era the only era to draw from
             * @return this builder
             */
            public Builder era(Era era) {
                this.eras = EnumSet.of(era);
                return this;
            }

            /**
             * @param eras the eras to draw from
             * @return this builder
             */
            public Builder eras(Set<Era> eras) {
                this.eras = EnumSet.copyOf(eras);
                return this;
            }

            /**
             * @param level the only classification level to draw
             * @return this builder
             */
            public Builder level(ClassificationLevel level) {
                this.levels = EnumSet.of(level);
                return this;
            }

            /**
             * @param levels the classification levels to draw from
             * @return this builder
             */
            public Builder levels(Set<ClassificationLevel> levels) {
                this.levels = EnumSet.copyOf(levels);
                return this;
            }

            /**
             * @param envelope whether cables have a transmission envelope
             * @return this builder
             */
            public Builder envelope(Presence envelope) {
                this.envelope = envelope;
                return this;
            }

            /**
             * @param min fewest paragraphs
             * @param max most paragraphs
             * @return this builder
             */
            public Builder paragraphs(int min, int max) {
                this.minParagraphs = min;
                this.maxParagraphs = max;
                return this;
            }

            /**
             * @param min fewest sentences per paragraph
             * @param max most sentences per paragraph
             * @return this builder
             */
            public Builder sentences(int min, int max) {
                this.minSentences = min;
                this.maxSentences = max;
                return this;
            }

            /**
             * @param max most TO and INFO addressees together
             * @return this builder
             */
            public Builder maxAddressees(int max) {
                this.maxAddressees = max;
                return this;
            }

            /**
             * @param max most TAGS
             * @return this builder
             */
            public Builder maxTags(int max) {
                this.maxTags = max;
                return this;
            }

            /**
             * @param max most REF items
             * @return this builder
             */
            public Builder maxReferences(int max) {
                this.maxReferences = max;
                return this;
            }

            /**
             * @param p presence of a summary block
             * @return this builder
             */
            public Builder summary(Presence p) {
                this.summary = p;
                return this;
            }

            /**
             * @param p presence of a comment block
             * @return this builder
             */
            public Builder comment(Presence p) {
                this.comment = p;
                return this;
            }

            /**
             * @param p presence of headings
             * @return this builder
             */
            public Builder headings(Presence p) {
                this.headings = p;
                return this;
            }

            /**
             * @param p presence of several sections
             * @return this builder
             */
            public Builder sections(Presence p) {
                this.sections = p;
                return this;
            }

            /**
             * @param p presence of a signature
             * @return this builder
             */
            public Builder signature(Presence p) {
                this.signature = p;
                return this;
            }

            /**
             * @param p presence of ending lines
             * @return this builder
             */
            public Builder trailer(Presence p) {
                this.trailer = p;
                return this;
            }

            /**
             * @return the options
             * @throws IllegalArgumentException when a range is empty or out of bounds
             */
            public Options build() {
                return new Options(eras, levels, envelope, minParagraphs, maxParagraphs, minSentences, maxSentences,
                        maxAddressees, maxTags, maxReferences, summary, comment, headings, sections, signature,
                        trailer);
            }
        }
    }

    // ================================================================================ cables

    /**
     * @param seed the seed
     * @return the cable of this seed, with the default options
     */
    public static Cable cable(long seed) {
        return cable(random(seed), Options.defaults());
    }

    /**
     * @param seed    the seed
     * @param options the knobs
     * @return the cable of this seed and these options
     */
    public static Cable cable(long seed, Options options) {
        return cable(random(seed), options);
    }

    /**
     * @param random the source of randomness (advanced by the call)
     * @return a valid cable, with the default options
     */
    public static Cable cable(RandomGenerator random) {
        return cable(random, Options.defaults());
    }

    /**
     * @param random  the source of randomness (advanced by the call)
     * @param options the knobs
     * @return a valid, internally consistent cable
     */
    public static Cable cable(RandomGenerator random, Options options) {
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(options, "options");
        return new Drafter(random, options).cable();
    }

    /**
     * The generator a seed stands for: a {@link SplittableRandom}, whose sequence is fixed by
     * its specification, so a seed gives the same values on every JDK.
     *
     * @param seed the seed
     * @return a new generator seeded with it
     */
    public static RandomGenerator random(long seed) {
        return new SplittableRandom(seed);
    }

    // ================================================================================ parts

    private static Drafter drafter(RandomGenerator random, Era era) {
        Objects.requireNonNull(random, "random");
        return new Drafter(random, Options.defaults()).context(era, null);
    }

    /**
     * @param random the source of randomness
     * @param era    the era, or null for either
     * @return a date-time group of the era: precedence (sometimes dual), DTG text such as
     *         {@code 141042Z NOV 08} and its UTC instant at minute precision
     */
    public static DateTimeGroup dateTimeGroup(RandomGenerator random, Era era) {
        return drafter(random, era).dateTimeGroup();
    }

    /**
     * @param random the source of randomness
     * @return a routing indicator of a real station, such as {@code RUEHC} or {@code RUCNCIS}
     */
    public static String routingIndicator(RandomGenerator random) {
        return drafter(random, null).routingIndicator();
    }

    /**
     * @param random the source of randomness
     * @return a plain-language address: a post ({@code AMEMBASSY ROME}, {@code SECSTATE WASHDC}),
     *         a collective or an agency
     */
    public static String plainLanguageAddress(RandomGenerator random) {
        return drafter(random, null).plad();
    }

    /**
     * @param random the source of randomness
     * @return an addressee line: optional routing indicator, a plain-language address,
     *         optional precedence word and optional four-digit serial (or serial range)
     */
    public static Addressee addressee(RandomGenerator random) {
        return drafter(random, null).addressee();
    }

    /**
     * @param random         the source of randomness
     * @param dateTimeGroup  the cable's date-time group (its instant gives filing day and time)
     * @param classification the cable's classification (its serial gives the station serial,
     *                       its level the security line)
     * @return an envelope consistent with both; the calling station is the origin's routing
     *         indicator when the origin is known
     */
    public static Envelope envelope(RandomGenerator random, DateTimeGroup dateTimeGroup, Classification classification) {
        Objects.requireNonNull(dateTimeGroup, "dateTimeGroup");
        Objects.requireNonNull(classification, "classification");
        Drafter d = drafter(random, null);
        String station = classification.origin()
                .flatMap(o -> Vocab.POSTS.stream().filter(p -> p.origin().equals(o)).findFirst())
                .map(Vocab.Post::ri).orElseGet(d::routingIndicator);
        return d.envelope(dateTimeGroup, classification, station, classification.section().isPresent());
    }

    /**
     * @param random the source of randomness
     * @param era    the era, or null for either
     * @param level  the level, or null for a random one
     * @return a classification line with origin, serial padded as in the era, and captions
     */
    public static Classification classification(RandomGenerator random, Era era, ClassificationLevel level) {
        Objects.requireNonNull(random, "random");
        Drafter d = new Drafter(random, Options.defaults()).context(era, level);
        return d.classification(d.chance(0.3) ? d.between(2, 4) : 1);
    }

    /**
     * @param random the source of randomness
     * @param kind   SUBJECT, PROGRAM, COUNTRY, ORGANIZATION or PERSON
     * @return a tag of that kind, such as {@code PGOV}, {@code KDEM}, {@code KZ}, {@code OSCE},
     *         {@code OVIP (CLINTON, HILLARY)}
     * @throws IllegalArgumentException for {@link TagKind#UNKNOWN}
     */
    public static Tag tag(RandomGenerator random, TagKind kind) {
        return drafter(random, null).tag(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * @param random the source of randomness
     * @param era    the era, or null for either
     * @return a TAGS list without duplicates: at least one subject tag, then program,
     *         organization, country and person tags
     */
    public static List<Tag> tags(RandomGenerator random, Era era) {
        return drafter(random, era).tags();
    }

    /**
     * @param random     the source of randomness
     * @param kind       the kind of document cited ({@link ReferenceKind#OTHER} gives a note)
     * @param citingYear the year of the citing cable, which year-less cable references take
     * @return an unlettered reference; a cable reference carries its canonical id
     *         ({@code 08STATE12345})
     */
    public static Reference reference(RandomGenerator random, ReferenceKind kind, int citingYear) {
        Drafter d = new Drafter(Objects.requireNonNull(random, "random"), Options.defaults())
                .context(Era.of(citingYear), null);
        d.year = citingYear;
        return d.reference(Optional.empty(), Objects.requireNonNull(kind, "kind"));
    }

    /**
     * @param random     the source of randomness
     * @param citingYear the year of the citing cable
     * @return zero or more references, lettered A., B., ... when there are several
     */
    public static List<Reference> references(RandomGenerator random, int citingYear) {
        Drafter d = new Drafter(Objects.requireNonNull(random, "random"), Options.defaults())
                .context(Era.of(citingYear), null);
        d.year = citingYear;
        return d.references();
    }

    /**
     * @param random the source of randomness
     * @param level  the cable's level
     * @param date   the cable's date (sets the order: 11652, 12065 from December 1978, 12958
     *               from 1990)
     * @return the E.O. line: {@code N/A} below CONFIDENTIAL, else a declassification
     *         instruction with, where the order has one, a date after the cable's
     */
    public static ExecutiveOrder executiveOrder(RandomGenerator random, ClassificationLevel level, LocalDate date) {
        Drafter d = drafter(random, Era.of(date.getYear()));
        d.level = Objects.requireNonNull(level, "level");
        return d.executiveOrder(date);
    }

    /**
     * @param random the source of randomness
     * @param era    the era, or null for either
     * @return an upper-case subject such as {@code ITALY: PARLIAMENT DELAYS BUDGET PROPOSAL},
     *         sometimes with a portion marking
     */
    public static Subject subject(RandomGenerator random, Era era) {
        return drafter(random, era).subject();
    }

    /**
     * @param random the source of randomness
     * @param year   the cable's year (reasons cite section 1.5 up to 2003, 1.4 after)
     * @return a Classified By line with title, name and reasons such as {@code 1.4(b)}
     */
    public static ClassifiedBy classifiedBy(RandomGenerator random, int year) {
        Drafter d = drafter(random, Era.TWO_THOUSANDS);
        d.year = year;
        return d.classifiedBy();
    }

    /**
     * @param random the source of randomness
     * @param era    the era, or null for either
     * @param level  the cable's level; markings never exceed it
     * @param count  number of paragraphs, at least 1
     * @return paragraphs numbered 1 to count, with portion markings (not in the 1970s),
     *         sometimes headings, and sentence-like text
     */
    public static List<Paragraph> paragraphs(RandomGenerator random, Era era, ClassificationLevel level, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        Drafter d = new Drafter(Objects.requireNonNull(random, "random"),
                Options.builder().summary(Presence.NEVER).comment(Presence.NEVER).build()).context(era, level);
        return d.body(count, 1).paragraphs();
    }

    /**
     * @param random the source of randomness
     * @param era    the era, or null for either
     * @return one sentence of telegram prose, in the era's letter case
     */
    public static String sentence(RandomGenerator random, Era era) {
        return drafter(random, era).sentences(1);
    }

    /**
     * @param random the source of randomness
     * @return a signer: a surname in capitals
     */
    public static String signer(RandomGenerator random) {
        return drafter(random, null).signer();
    }

    /**
     * @param random the source of randomness
     * @param era    the era, or null for either
     * @return ending lines: {@code NNNN}, {@code BT / #serial / NNNN} or, in the 1970s,
     *         {@code NNN}
     */
    public static Trailer trailer(RandomGenerator random, Era era) {
        return drafter(random, era).trailer(Optional.empty());
    }

    // ================================================================================ shrinking

    /**
     * The size that {@link #shrink(Cable)} decreases: the number of characters of every string
     * in the cable, plus one for every list element, every present optional value and every
     * true flag. Nested records count with all their parts.
     *
     * @param cable a cable
     * @return its size, at least 0
     */
    public static long size(Cable cable) {
        return Shrinker.size(Objects.requireNonNull(cable, "cable"));
    }

    /**
     * Smaller variants of a cable, to minimise a failing example: without the envelope, trailer,
     * sections, references, classified-by, E.O., captions or signers; with fewer paragraphs,
     * addressees, tags and references; with shorter texts, subject and summary or comment
     * blocks. Each candidate is valid and internally consistent as generated cables are, and
     * strictly smaller by {@link #size(Cable)}, so shrinking repeatedly always ends. The most
     * aggressive candidates come first.
     *
     * @param cable a cable, normally one from this class or one of its shrinks
     * @return the candidates, possibly none
     */
    public static List<Cable> shrink(Cable cable) {
        return Shrinker.shrink(Objects.requireNonNull(cable, "cable"));
    }

    /**
     * Shrinks a failing cable as far as it keeps failing: repeatedly takes the first
     * {@link #shrink(Cable) candidate} for which {@code fails} holds. Ends because every step
     * lowers {@link #size(Cable)}; calls {@code fails} at most a few times per unit of size.
     *
     * @param failing a cable for which {@code fails} holds
     * @param fails   the failing property, true when the cable still shows the failure
     * @return the smallest failing cable found (the input itself when no candidate fails)
     */
    public static Cable minimise(Cable failing, java.util.function.Predicate<Cable> fails) {
        Objects.requireNonNull(fails, "fails");
        Cable current = Objects.requireNonNull(failing, "failing");
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Cable candidate : shrink(current)) {
                if (fails.test(candidate)) {
                    current = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    static int yearOf(Cable c) {
        return c.dateTimeGroup().flatMap(DateTimeGroup::instant).map(i -> i.atZone(ZoneOffset.UTC).getYear())
                .orElse(c.referenceId().map(id -> id.year()).orElse(2008));
    }
}
