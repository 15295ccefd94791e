/**
 * cablegram-corpus: where cables come from and how many are parsed at once.
 *
 * <p>{@link org.cablegram.corpus.CableSource} reads files, folders, standard input, WikiLeaks
 * cable pages, {@code cables.csv} rows and PlusD pages, naming the origin of every cable;
 * {@link org.cablegram.corpus.BatchParser} parses them in parallel and hands the results back in
 * input order, with progress, bounded memory and cancellation.
 */
module org.cablegram.corpus {
    requires transitive org.cablegram;
    requires org.jsoup;
    requires org.apache.commons.csv;

    exports org.cablegram.corpus;
}
