/**
 * cablegram: reads US State Department telegrams into an immutable, typed model.
 *
 * <p>{@link org.cablegram.CableParser} is the entry point; the model lives in
 * {@code org.cablegram.model}. The generated grammar and the model builder are internal.
 */
module org.cablegram {
    requires org.antlr.antlr4.runtime;

    exports org.cablegram;
    exports org.cablegram.model;
}
