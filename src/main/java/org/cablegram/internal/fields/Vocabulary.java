package org.cablegram.internal.fields;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word lists of the domain, loaded once from the data files beside this class (each says its origin). */
public final class Vocabulary {

    static final Set<String> SUBJECT_TAGS = load("subject-tags.txt", true);
    static final Set<String> ORGANIZATION_TAGS = load("organization-tags.txt", true);
    /** two-letter geographic TAGS codes seen in the corpus (the file says how they were gathered) */
    static final Set<String> COUNTRY_TAGS = load("country-tags.txt", true);
    static final Set<String> TITLE_WORDS = load("titles.txt", false);
    /** words of offices and organisations in a Classified By authority (State, DOS, Embassy) */
    static final Set<String> OFFICE_WORDS = load("office-words.txt", false);
    /** words before a number that refer to a paragraph rather than start one */
    static final Set<String> REFERRING_WORDS = load("referring-words.txt", false);
    /** lines that close or open a block of the body (END SUMMARY, UNQUOTE): no signer, no heading; in capitals */
    public static final Set<String> CLOSERS = load("closers.txt", true);
    /** words in capitals that name no signer (EXEMPT, FYI, SUMMARY) */
    public static final Set<String> NOT_NAMES = load("not-names.txt", true);
    /** surnames that signed well-formed endings of the corpus (see signers.txt), in capitals */
    public static final Set<String> SIGNERS = load("signers.txt", true);
    /** particles of personal names (van, de, bin), in small letters: inside a name, not after it */
    public static final Set<String> NAME_PARTICLES = load("name-particles.txt", false);
    /** words of a classification statement, in capitals */
    static final Set<String> CLASSIFICATION_WORDS = load("classification-words.txt", true);

    private Vocabulary() {
    }

    private static Set<String> load(String name, boolean upper) {
        Set<String> out = new HashSet<>();
        for (String t : dataLines(name)) {
            out.add(upper ? t.toUpperCase(Locale.ROOT) : t.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /**
     * The lines of a data file beside this class, stripped, without blank lines and {@code #}
     * comments (the provenance notes the files open with).
     */
    static List<String> dataLines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing vocabulary resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
