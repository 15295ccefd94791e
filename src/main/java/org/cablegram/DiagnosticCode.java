package org.cablegram;

/**
 * Stable identifiers of the problems and normalisations the parser reports. Codes are never
 * renamed or reused; new ones may be added. Each has a default {@link Severity}.
 */
public enum DiagnosticCode {
    /** The input was empty or blank: there is no telegram to read. */
    EMPTY_INPUT(Severity.ERROR),
    /** The input holds NUL or other control characters that no telegram contains. */
    BINARY_CONTENT(Severity.ERROR),
    /** Bytes that are not valid UTF-8 were replaced by U+FFFD while reading. */
    MALFORMED_ENCODING(Severity.ERROR),
    /** The input is longer than the configured maximum; only its first part was parsed. */
    INPUT_TOO_LARGE(Severity.ERROR),
    /** The input has more lines than the configured maximum; only the first lines were parsed. */
    TOO_MANY_LINES(Severity.ERROR),
    /** The configured number of diagnostics was reached; later ones were dropped. */
    TOO_MANY_DIAGNOSTICS(Severity.WARNING),
    /** The grammar could not match a line sequence; the lines were kept as unrecognized. */
    SYNTAX(Severity.ERROR),
    /** A line the grammar classified but whose place or content makes no sense; kept verbatim. */
    UNRECOGNIZED_LINE(Severity.WARNING),
    /** A second telegram header (a new VZCZC line, DTG or partial-extract notice) follows the first. */
    REPEATED_HEADER(Severity.WARNING),
    /**
     * A header element occurs a second time (in the header, or a classification or Classified By
     * line again in the body); the first one is used, the later one kept as unrecognized.
     */
    DUPLICATE_ELEMENT(Severity.WARNING),
    /** No classification line was found in the text. */
    MISSING_CLASSIFICATION(Severity.WARNING),
    /** A classification word could not be matched to a level. */
    UNKNOWN_CLASSIFICATION(Severity.WARNING),
    /** The date-time group is not a valid date and time. */
    INVALID_DATE_TIME(Severity.WARNING),
    /** An envelope line (VZCZC, routing, DE, security) does not have the expected shape. */
    MALFORMED_ENVELOPE(Severity.WARNING),
    /** An addressee line could not be split into routing indicator, name, precedence and serial. */
    MALFORMED_ADDRESSEE(Severity.WARNING),
    /** The declassification date of the E.O. line is not a valid date. */
    INVALID_DECLASSIFICATION_DATE(Severity.WARNING),
    /** A reference item could not be read as a cable or document reference; kept as text. */
    MALFORMED_REFERENCE(Severity.INFO),
    /** A paragraph number was read as a pilcrow mangled into the digit 1 ("14." for paragraph 4). */
    PILCROW_MANGLED(Severity.INFO),
    /** A paragraph split by a blank line, a section mark or a page line was joined again. */
    PARAGRAPH_REJOINED(Severity.INFO),
    /** Paragraph numbers skip or repeat; they are kept as written. */
    PARAGRAPH_SEQUENCE(Severity.WARNING),
    /** Elements that had lost the line breaks between them were split apart again. */
    COLLAPSED_LINE(Severity.INFO),
    /** A SIPDIS line inside the body text was removed. */
    SIPDIS_REMOVED(Severity.INFO),
    /** A SUMMARY or COMMENT block has no closing marker; it runs to the end of its paragraph. */
    UNCLOSED_BLOCK(Severity.INFO),
    /** Two parts of the cable disagree (DE serial and classification serial, security letter and level...). */
    INCONSISTENT(Severity.WARNING),
    /** The reference id given by the caller differs from the one derived from the text. */
    REFERENCE_ID_MISMATCH(Severity.WARNING),
    /** The reference id cannot be derived because the text lacks the year, origin or serial. */
    NO_REFERENCE_ID(Severity.INFO),
    /**
     * The text given to {@link CableParser#parse(CharSequence)} is one line naming an existing
     * file: it was parsed as telegram text, not read; {@link CableParser#parse(java.nio.file.Path)}
     * reads the file.
     */
    TEXT_IS_A_PATH(Severity.WARNING),
    /**
     * A text-header line (E.O., TAGS, SUBJECT, Classified By) does not have its field's shape: only
     * the catch-all alternative of its grammar rule fits, and the line is kept as written.
     */
    MALFORMED_HEADER_FIELD(Severity.WARNING),

    /**
     * A body line the line grammar told as a paragraph start, a SMART section line or a line of
     * the ending, whose fields do not fit the field grammar's rule; kept as text (or as the
     * trailer line as written).
     */
    MALFORMED_BODY_LINE(Severity.WARNING),

    /**
     * TAGS codes run together by lost blanks ({@code PGOVIZ}) were split into the codes of the tag
     * vocabularies and the two-letter country codes ({@code PGOV}, {@code IZ}).
     */
    GLUED_TAGS(Severity.INFO),

    /**
     * The text has no date-time group, so REF citations without a year took the year of the id
     * the caller gave ({@link CableParser#parse(CharSequence, String)}), as the citing cable's year.
     */
    REFERENCE_YEAR_FROM_ID(Severity.INFO);

    private final Severity defaultSeverity;

    DiagnosticCode(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    /** @return the severity the parser gives this code */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}
