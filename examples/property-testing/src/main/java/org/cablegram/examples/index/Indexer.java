package org.cablegram.examples.index;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cablegram.CableParser;
import org.cablegram.corpus.CableInput;
import org.cablegram.corpus.CableSource;
import org.cablegram.corpus.Format;
import org.cablegram.model.Cable;
import org.cablegram.model.Paragraph;
import org.cablegram.model.Reference;
import org.cablegram.model.Tag;

/** Turns cables into index entries: the kind of small tool people build on the library. */
public final class Indexer {

    private final CableParser parser = CableParser.create();

    /**
     * @param source a name for the cable when its text gives no reference id
     * @param cable  the cable
     * @return its index entry
     */
    public static IndexEntry entry(String source, Cable cable) {
        List<String> tags = new ArrayList<>();
        for (Tag t : cable.tags()) {
            tags.add(t.code());
        }
        int words = 0;
        for (Paragraph p : cable.paragraphs()) {
            String t = p.text().strip();
            words += t.isEmpty() ? 0 : t.split("\\s+").length;
        }
        List<String> cites = new ArrayList<>();
        for (Reference r : cable.references()) {
            cites.addAll(r.cableIds());
        }
        return new IndexEntry(
                cable.referenceId().map(Object::toString).orElse(source),
                cable.dateTimeGroup().flatMap(d -> d.instant()).map(i -> i.atZone(ZoneOffset.UTC).toLocalDate()),
                cable.classification().map(c -> c.level().name()).orElse("UNKNOWN"),
                List.copyOf(tags),
                cable.subject().map(s -> s.text()).orElse(""),
                words,
                List.copyOf(cites));
    }

    /**
     * @param source a name for the text
     * @param text   telegram text
     * @return its index entry
     */
    public IndexEntry entry(String source, String text) {
        return entry(source, parser.parse(text).cable());
    }

    /**
     * Prints one tab-separated line per cable of the folders given.
     *
     * @param args folders of .txt cables
     */
    public static void main(String[] args) {
        Indexer indexer = new Indexer();
        for (String a : args) {
            // the corpus library walks the folder (stable order) and reads each file
            try (Stream<CableInput> inputs = CableSource.folder(Path.of(a), Format.TEXT).inputs()) {
                inputs.forEach(in -> {
                    if (in.text().isEmpty()) {
                        System.err.println(in.origin() + ": " + in.problem().orElseThrow());
                        return;
                    }
                    String name = in.origin().path().map(p -> p.getFileName().toString()).orElse(in.origin().name());
                    IndexEntry e = indexer.entry(name, in.text().get());
                    System.out.println(String.join("\t", e.id(), e.date().map(Object::toString).orElse(""),
                            e.level(), String.join(" ", e.tags()), String.valueOf(e.words()), e.subject()));
                });
            }
        }
    }
}
