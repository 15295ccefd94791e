package org.cablegram.generate;

import java.util.Objects;
import java.util.random.RandomGenerator;

import org.cablegram.model.Cable;

/**
 * Telegram text for property tests: the text of a generated {@link Cable} in the canonical
 * layout of its era (or a layout variant that means the same), and damaged variants of any
 * text ({@link Mutation}).
 *
 * <p>The canonical 2000s layout follows the Cablegate telegrams: VZCZC line, routing line(s),
 * DE, ZNR/ZNY, date-time group, FM, TO, INFO, a blank line, the classification line (letter
 * spaced, {@code SECTION 01 OF 02} when sent in sections), captions, passing lines, E.O.,
 * TAGS, SUBJECT, REF, Classified By, the optional {@code 001} section line, numbered
 * paragraphs {@code 1. (C) text} on one line each, SMART section lines
 * ({@code ASTANA 00002256 002 OF 002}) where later sections start, the signature and the
 * ending lines. The 1970s layout follows the NARA telegrams: DTG, FM, TO and INFO without
 * routing indicators, a plain classification line, a compact text header, all-capitals
 * paragraphs wrapped at 60 columns, and a repeated classification line
 * ({@code CONFIDENTIAL SECTION 02 OF 02 ATHENS 2959}) where a later section starts. Lines end
 * with LF; the text ends with one.
 *
 * <p>The text side is written here, independently of any writer of the library, so that it
 * checks the parser rather than mirrors it. It is meant for cables from
 * {@link CableGenerators} (and their shrinks); other cables are written on a best-effort basis.
 */
public final class TelegramTexts {

    private TelegramTexts() {
    }

    /**
     * @param cable the cable
     * @return its telegram text in the canonical layout of its era (by the year of its
     *         date-time group)
     */
    public static String text(Cable cable) {
        Objects.requireNonNull(cable, "cable");
        return Renderer.render(cable, Renderer.canonical(cable));
    }

    /**
     * The cable's text in a random layout that a reader must treat the same: leading blank
     * lines, zero to two blank lines between header items, {@code EO 12958 DECL: ...} without
     * dots and colon, comma- or blank-separated TAGS, a wrapped subject, REF letters as
     * {@code A.}, {@code A)} or {@code (A)}, hard-wrapped paragraphs (never starting a line with
     * a word that would change the line's kind), WikiLeaks pilcrows {@code ¶1.}, doubled blank
     * lines between paragraphs, underlined headings and {@code .2} suffixes on section lines.
     *
     * @param cable  the cable
     * @param random the source of randomness for the layout choices
     * @return the text
     */
    public static String text(Cable cable, RandomGenerator random) {
        Objects.requireNonNull(cable, "cable");
        Objects.requireNonNull(random, "random");
        return Renderer.render(cable, Renderer.random(cable, random));
    }

    /**
     * @param seed the seed
     * @return the canonical text of {@link CableGenerators#cable(long)} for this seed
     */
    public static String telegram(long seed) {
        return text(CableGenerators.cable(seed));
    }

    /**
     * @param random  the source of randomness
     * @param options the knobs of the cable generator
     * @return the canonical text of a freshly generated cable
     */
    public static String telegram(RandomGenerator random, CableGenerators.Options options) {
        return text(CableGenerators.cable(random, options));
    }

    /**
     * Applies one mutation, chosen uniformly among all {@link Mutation}s, at a random place.
     *
     * @param text   any text (telegram or not)
     * @param random the source of randomness
     * @return the damaged text (or the text itself when the chosen mutation finds nothing to act on)
     */
    public static String mutate(String text, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        Mutation[] all = Mutation.values();
        return mutate(text, all[random.nextInt(all.length)], random);
    }

    /**
     * Applies one given mutation at a random place.
     *
     * @param text     any text (telegram or not)
     * @param mutation the damage
     * @param random   the source of randomness
     * @return the damaged text (or the text itself when the mutation finds nothing to act on)
     */
    public static String mutate(String text, Mutation mutation, RandomGenerator random) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mutation, "mutation");
        Objects.requireNonNull(random, "random");
        return Mutator.apply(text, mutation, random);
    }

    /**
     * Applies {@code count} random mutations one after the other.
     *
     * @param text   any text
     * @param random the source of randomness
     * @param count  how many mutations, 0 or more
     * @return the damaged text
     */
    public static String mutate(String text, RandomGenerator random, int count) {
        String t = Objects.requireNonNull(text, "text");
        for (int i = 0; i < count; i++) {
            t = mutate(t, random);
        }
        return t;
    }
}
