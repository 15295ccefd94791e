/**
 * Generators for property-based tests of telegram software, free of any test framework:
 * {@link org.cablegram.generate.CableGenerators} draws valid, internally consistent
 * {@link org.cablegram.model.Cable} models (and each part of one) from a seed or a
 * {@link java.util.random.RandomGenerator}, and shrinks failing ones;
 * {@link org.cablegram.generate.TelegramTexts} writes their telegram text and damages texts
 * with the {@link org.cablegram.generate.Mutation}s seen in real files.
 */
package org.cablegram.generate;
