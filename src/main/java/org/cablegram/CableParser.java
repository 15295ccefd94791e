package org.cablegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cablegram.internal.assemble.Pipeline;

/**
 * Parses US State Department telegrams into {@link org.cablegram.model.Cable} models.
 *
 * <p>A parser is configured once and is immutable and thread-safe: share one instance.
 * <pre>{@code
 * CableParser parser = CableParser.create();
 * ParseResult result = parser.parse(Path.of("08ASTANA2256.txt"));
 * Cable cable = result.cable();
 * cable.referenceId().ifPresent(id -> System.out.println(id));      // 08ASTANA2256
 * cable.subject().ifPresent(s -> System.out.println(s.text()));
 * for (Paragraph p : cable.paragraphs()) {
 *     System.out.println(p.number().orElse(0) + " " + p.marking().orElse("") + " " + p.text());
 * }
 * result.diagnostics().forEach(System.err::println);
 * }</pre>
 *
 * <p>In the default tolerant mode every input gives a result: what cannot be read becomes a
 * {@link Diagnostic} and an {@link org.cablegram.model.Unrecognized} line, and parsing goes on. In
 * strict mode ({@link ParserOptions#strict()}) an input with any {@link Severity#ERROR}
 * diagnostic throws {@link CableParseException} carrying all diagnostics. Inputs beyond the
 * configured limits are cut at the limit (tolerant) or rejected (strict); no input makes the
 * parser hang, overflow its stack or use memory out of proportion to the limits.
 */
public final class CableParser {

    private final ParserOptions options;

    private CableParser(ParserOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** @return a tolerant parser with the default limits */
    public static CableParser create() {
        return new CableParser(ParserOptions.defaults());
    }

    /**
     * @param options mode and limits
     * @return a parser with these options
     */
    public static CableParser create(ParserOptions options) {
        return new CableParser(options);
    }

    /** @return this parser's options */
    public ParserOptions options() {
        return options;
    }

    /**
     * Parses telegram text.
     *
     * @param text the telegram; a leading byte-order mark is ignored
     * @return the cable and diagnostics
     * @throws CableParseException in strict mode, when the text has an error
     */
    public ParseResult parse(CharSequence text) {
        return parse(text, null);
    }

    /**
     * Parses telegram text whose reference id the caller knows (from a file name or an
     * archive's metadata). The id is never taken into the model: the parser derives the id from
     * the text and reports a {@link DiagnosticCode#REFERENCE_ID_MISMATCH} when they differ.
     *
     * @param text        the telegram
     * @param expectedId  the id the caller expects, such as {@code 08ASTANA2256}, or null
     * @return the cable and diagnostics
     * @throws CableParseException in strict mode, when the text has an error
     */
    public ParseResult parse(CharSequence text, String expectedId) {
        Objects.requireNonNull(text, "text");
        String s = text.length() > options.maxInputChars() + 1
                ? text.subSequence(0, options.maxInputChars() + 1).toString() : text.toString();
        return finish(Pipeline.run(s, Optional.ofNullable(expectedId), options.maxInputChars(), options.maxLines(),
                options.maxDiagnostics(), pathWarning(s)));
    }

    /** Longest text checked against the file system: longer lines are no plausible path. */
    private static final int MAX_PATH_CHARS = 4096;

    /**
     * A warning when the text is one line naming an existing file: a likely mix-up of
     * {@code parse(String)} with {@link #parse(Path)}, which would otherwise only show up as an
     * odd "cable" without classification.
     */
    private static List<Diagnostic> pathWarning(String text) {
        String line = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (line.isBlank() || line.length() > MAX_PATH_CHARS || line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0
                || line.indexOf('\u2028') >= 0 || line.indexOf('\0') >= 0) {
            return List.of();
        }
        try {
            if (!Files.isRegularFile(Path.of(line))) {
                return List.of();
            }
        } catch (RuntimeException e) { // InvalidPathException, SecurityException: not a usable path
            return List.of();
        }
        return List.of(new Diagnostic(DiagnosticCode.TEXT_IS_A_PATH, Severity.WARNING,
                "the text is the name of an existing file and was parsed as telegram text; "
                        + "to read the file, call parse(Path) instead of parse(CharSequence)",
                new SourceSpan(1, 1, 1, line.length())));
    }

    /**
     * Parses a telegram read from a reader, which is read up to the input limit and not closed.
     *
     * @param reader the source
     * @return the cable and diagnostics
     * @throws UncheckedIOException when reading fails
     * @throws CableParseException  in strict mode, when the text has an error
     */
    public ParseResult parse(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        long limit = (long) options.maxInputChars() + 1;
        try {
            int n;
            while (sb.length() < limit && (n = reader.read(buf, 0, (int) Math.min(buf.length, limit - sb.length()))) > 0) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(sb);
    }

    /**
     * Parses a telegram file, decoded as UTF-8 (a BOM is ignored). Bytes that are not UTF-8 are
     * replaced by U+FFFD and reported as {@link DiagnosticCode#MALFORMED_ENCODING}.
     *
     * @param file the file
     * @return the cable and diagnostics
     * @throws UncheckedIOException when the file cannot be read
     * @throws CableParseException  in strict mode, when the text has an error
     */
    public ParseResult parse(Path file) {
        return parse(file, null);
    }

    /**
     * Parses a telegram file whose reference id the caller knows; see
     * {@link #parse(CharSequence, String)}.
     *
     * @param file       the file
     * @param expectedId the id the caller expects, or null
     * @return the cable and diagnostics
     * @throws UncheckedIOException when the file cannot be read
     * @throws CableParseException  in strict mode, when the text has an error
     */
    public ParseResult parse(Path file, String expectedId) {
        Objects.requireNonNull(file, "file");
        List<Diagnostic> problems = new ArrayList<>();
        String text;
        try {
            text = read(file, options.maxInputChars(), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return finish(Pipeline.run(text, Optional.ofNullable(expectedId), options.maxInputChars(),
                options.maxLines(), options.maxDiagnostics(), problems));
    }

    /**
     * Reads a file as UTF-8. A file that fits the size limit and is valid UTF-8 (nearly every
     * file) is decoded in one call; any other is decoded in chunks, up to the limit, with a
     * diagnostic at the first malformed byte.
     */
    private static String read(Path file, int maxInputChars, List<Diagnostic> problems) throws IOException {
        // a UTF-8 file has at most as many chars as bytes: one within the limit is read whole
        if (Files.size(file) <= maxInputChars) {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length <= maxInputChars) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                // the decoding above replaces malformed bytes by U+FFFD: without one, all were valid
                if (text.indexOf('\uFFFD') < 0) {
                    return text;
                }
                return decode(new java.io.ByteArrayInputStream(bytes), maxInputChars + 1L, problems);
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return decode(in, maxInputChars + 1L, problems);
        }
    }

    private static String decode(InputStream in, long maxChars, List<Diagnostic> problems) throws IOException {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(16384);
        CharBuffer chars = CharBuffer.allocate(16384);
        StringBuilder out = new StringBuilder();
        int line = 1;
        int col = 1;
        boolean eof = false;
        int bad = 0;
        while (out.length() < maxChars) {
            if (!eof) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            while (true) {
                CoderResult r = dec.decode(bytes, chars, eof);
                chars.flip();
                for (int i = 0; i < chars.length(); i++) {
                    char c = chars.charAt(i);
                    if (c == '\n') {
                        line++;
                        col = 1;
                    } else {
                        col++;
                    }
                }
                out.append(chars);
                chars.clear();
                if (r.isMalformed() || r.isUnmappable()) {
                    if (bad++ == 0) {
                        problems.add(new Diagnostic(DiagnosticCode.MALFORMED_ENCODING, Severity.ERROR,
                                "bytes that are not UTF-8 were replaced by U+FFFD (is the file in another encoding?)",
                                SourceSpan.at(line, col)));
                    }
                    out.append('\uFFFD');
                    col++;
                    bytes.position(bytes.position() + r.length());
                    continue;
                }
                if (r.isUnderflow()) {
                    break;
                }
            }
            bytes.compact();
            if (eof && bytes.position() == 0) {
                break;
            }
            if (eof) {
                // trailing incomplete sequence
                problems.add(new Diagnostic(DiagnosticCode.MALFORMED_ENCODING, Severity.ERROR,
                        "the file ends inside a UTF-8 sequence", SourceSpan.at(line, col)));
                out.append('\uFFFD');
                break;
            }
        }
        return out.toString();
    }

    private ParseResult finish(Pipeline.Output out) {
        ParseResult result = new ParseResult(out.cable(), out.diagnostics(), out.side());
        if (options.strict() && result.hasErrors()) {
            throw new CableParseException(result.diagnostics());
        }
        return result;
    }
}
