/**
 * cablegram: reads US State Department telegrams into an immutable, typed model.
 *
 * <p>{@link org.cablegram.CableParser} is the entry point; the model lives in
 * {@code org.cablegram.model}; generators of cables and telegram texts for property tests in
 * {@code org.cablegram.generate}. The generated grammar and the model builder are internal.
 */
module org.cablegram {
    requires org.antlr.antlr4.runtime;

    exports org.cablegram;
    exports org.cablegram.model;
    exports org.cablegram.generate;
}
