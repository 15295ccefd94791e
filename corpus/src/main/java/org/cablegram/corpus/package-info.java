/**
 * Cable sources and batch parsing.
 *
 * <pre>{@code
 * BatchParser batch = BatchParser.create(CableParser.create())
 *         .progress((done, total) -> System.err.print("\r" + done + "/" + total));
 * try (Stream<CableOutcome> outcomes = batch.stream(CableSource.folder(Path.of("pages")))) {
 *     outcomes.forEach(o -> System.out.println(o.origin() + " " + o.status()));
 * }
 * }</pre>
 *
 * <p>A {@link org.cablegram.corpus.CableSource} yields {@link org.cablegram.corpus.CableInput}s:
 * the telegram text with the {@link org.cablegram.corpus.Origin} it came from, or an
 * {@link org.cablegram.corpus.InputProblem} saying why there is none; it never throws for a bad
 * input. A {@link org.cablegram.corpus.BatchParser} turns them into
 * {@link org.cablegram.corpus.CableOutcome}s.
 */
package org.cablegram.corpus;
