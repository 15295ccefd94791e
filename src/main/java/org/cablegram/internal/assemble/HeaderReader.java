package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Fields;
import org.cablegram.internal.fields.HeaderFields;
import org.cablegram.internal.fields.Words;
import org.cablegram.internal.fields.Tags;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.ItemKind;
import org.cablegram.internal.engine.SourceLine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cablegram.DiagnosticCode;
import org.cablegram.model.ClassifiedBy;
import org.cablegram.model.Subject;
import org.cablegram.model.Tag;

/**
 * Reads the text header: the classification line, captions and passing lines, E.O., TAGS, SUBJECT,
 * REF and Classified By, each through the field grammar; repeated elements, the lines that go on
 * with a Classified By statement, and the headers written again at the start of later sections.
 */
final class HeaderReader {

    private final AssemblyState state;
    private final Coverage coverage;
    private final Diagnostics diags;
    private final SideTable side;
    /** Whether the header is being read again (a later section of a received copy). */
    private boolean repeatMode;
    private Item classifiedByItem;
    /** The lines after Classified By that go on with its reasons clause. */
    private final List<SourceLine> cbTail = new ArrayList<>();
    /** The letter a line that continues the REF block must open with; empty when none can. */
    private Optional<String> refNext = Optional.empty();

    HeaderReader(AssemblyState state, Coverage coverage, Diagnostics diags, SideTable side) {
        this.state = state;
        this.coverage = coverage;
        this.diags = diags;
        this.side = side;
    }

    // -------------------------------------------------------------------------- header

    static boolean isKeyword(ItemKind k) {
        return k == ItemKind.CLASS || k == ItemKind.EO || k == ItemKind.TAGS || k == ItemKind.SUBJECT
                || k == ItemKind.REF || k == ItemKind.CLASSIFIED_BY;
    }

    private static final java.util.regex.Pattern CLASSIFIED_BY_TAIL = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:\\(?reasons?\\b|for\\s+reasons?\\b|e\\.?\\s?o\\.?\\s?1[23]\\d{3}|1\\s?\\.\\s?[45]\\b"
            + "|\\(?[a-h]\\)?(?:\\s*(?:,|and|&)\\s*\\(?[a-h]\\)?)+\\.?\\s*$|and\\s+\\(?[a-h]\\)|declassif|decl\\b|derived\\s+from)");


    /** Reads the header items; returns the trailing items that belong to the body. */
    List<Item> readHeader(List<Item> allItems) {
        List<Item> items = SubjectEnd.apart(Tags.continuationsApart(allItems));
        int last = -1;
        for (int i = 0; i < items.size(); i++) {
            if (isKeyword(items.get(i).kind())) {
                last = i;
            }
        }
        List<Item> leadingBreaks = new ArrayList<>();
        List<Item> toBody = new ArrayList<>();
        Item previousPassing = null;
        List<SourceLine> passingSource = new ArrayList<>();
        boolean blankSincePassing = true;
        boolean refContinues = false;
        Item lastKeyword = null;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.kind() == ItemKind.SECTION_MARK) {
                (i > last ? toBody : leadingBreaks).add(it);
                continue;
            }
            if (it.kind() == ItemKind.PARAGRAPH || it.kind() == ItemKind.TEXT) {
                // paragraphs a header element's text ran into (lost newlines)
                toBody.add(it);
                continue;
            }
            if (it.kind() == ItemKind.HEADER_TEXT && classifiedByItem != null && !repeatMode
                    && absorbsClassifiedByTail(items, i, lastKeyword)) {
                // the reason clause of Classified By wrapped past a blank or a section line
                cbTail.addAll(it.lines());
                coverage.cover(it);
                continue;
            }
            if (i > last) {
                // after the last header keyword: lettered REF items still belong to the REF block
                if (refContinues && !repeatMode && it.kind() == ItemKind.HEADER_TEXT && continuesReferences(it)) {
                    state.refExtra.addAll(it.lines());
                    coverage.cover(it);
                    continue;
                }
                if (refContinues && it.kind() == ItemKind.BLANK) {
                    toBody.add(it);
                    continue;
                }
                refContinues = false;
                if (it.kind() == ItemKind.CAPTION) {
                    coverage.cover(it);
                    state.captions.addAll(Fields.captions(it.first().text()).captions());
                    state.captionLines.addAll(it.lines());
                    continue;
                }
                toBody.add(it.kind() == ItemKind.HEADER_TEXT ? new Item(CollapsedLines.startsParagraph(it.first().text())
                        ? ItemKind.PARAGRAPH : ItemKind.TEXT, it.lines()) : it);
                continue;
            }
            coverage.cover(it);
            if (isKeyword(it.kind())) {
                lastKeyword = it;
            }
            switch (it.kind()) {
                case CLASS:
                    if (!repeatMode) {
                        readClassLine(it);
                    } else {
                        duplicate(it, "classification line");
                    }
                    break;
                case EO:
                    if (!repeatMode || state.eo.isEmpty()) {
                        readEo(it);
                    } else {
                        duplicate(it, "E.O. line");
                    }
                    break;
                case TAGS:
                    if (!repeatMode || state.tags.isEmpty()) {
                        readTags(it);
                    } else {
                        duplicate(it, "TAGS line");
                    }
                    break;
                case SUBJECT:
                    if (!repeatMode || state.subject.isEmpty()) {
                        readSubject(it);
                    } else {
                        duplicate(it, "SUBJECT line");
                    }
                    break;
                case REF:
                    if (state.refItem == null) {
                        state.refItem = it;
                        state.refBlock = HeaderFields.referenceBlock(texts(it.lines()));
                        refNext = HeaderFields.referenceLetters(state.refBlock, null).next();
                    } else if (repeatMode || !continuesReferences(it)) {
                        duplicate(it, "REF block");
                    } else {
                        // REF A ... / REF B ...: a second keyword line that goes on with the letters
                        state.refExtra.addAll(it.lines());
                    }
                    refContinues = i == last;
                    break;
                case CLASSIFIED_BY:
                    if (!repeatMode || classifiedByItem == null) {
                        readClassifiedBy(it);
                    } else {
                        duplicate(it, "Classified By line");
                    }
                    break;
                case CAPTION:
                    state.captions.addAll(Fields.captions(it.first().text()).captions());
                    state.captionLines.addAll(it.lines());
                    break;
                case BANNER:
                    coverage.layout(it, SideTable.LayoutKind.BANNER);
                    if (state.banner.isEmpty()) {
                        state.banner = Fields.classLine(it.first().text());
                    }
                    break;
                case BLANK:
                    blankSincePassing = true;
                    break;
                case DASH:
                    coverage.layout(it, SideTable.LayoutKind.RULE);
                    break;
                case HEADER_TEXT:
                    String t = Words.clean(it.first().text());
                    if (t.isEmpty()) {
                        // a line of conversion debris only (a lone backslash) separates like a blank line
                        blankSincePassing = true;
                        coverage.layout(it, SideTable.LayoutKind.BLANK);
                        break;
                    }
                    if (repeatMode) {
                        if (state.passing.contains(t)) {
                            duplicate(it, "passing line");
                        } else {
                            it.lines().forEach(l -> coverage.addUnrecognized(l, DiagnosticCode.UNRECOGNIZED_LINE));
                        }
                        break;
                    }
                    if (state.refItem != null && state.refItem == previousKeyword(items, i) && continuesReferences(it)) {
                        state.refExtra.addAll(it.lines());
                    } else if (previousPassing != null && !blankSincePassing && !HeaderFields.opensPassing(t)) {
                        String before = state.passing.remove(state.passing.size() - 1);
                        side.forget(before);
                        String joined = before + " " + t;
                        state.passing.add(joined);
                        // the joined line keeps every line it was made of
                        passingSource.addAll(it.lines());
                        side.put(joined, passingSource);
                        previousPassing = it;
                    } else {
                        state.passing.add(t);
                        side.put(t, it.lines());
                        passingSource = new ArrayList<>(it.lines());
                        previousPassing = it;
                        blankSincePassing = false;
                    }
                    break;
                default:
                    coverage.addUnrecognized(it.first(), DiagnosticCode.UNRECOGNIZED_LINE);
            }
        }
        List<Item> out = new ArrayList<>(leadingBreaks);
        out.addAll(toBody);
        return out;
    }

    /** Reads a text header written again at the start of a later section; returns the items that belong to the body. */
    List<Item> readRepeated(List<Item> items) {
        repeatMode = true;
        List<Item> out = readHeader(items);
        repeatMode = false;
        return out;
    }

    /**
     * Keeps a header element that occurs a second time as unrecognized lines: the first one is
     * the cable's. A received copy repeats its text header in each later section, and says so
     * once (REPEATED_HEADER): a repeat there is reported for information only.
     */
    private void duplicate(Item it, String what) {
        if (repeatMode) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, org.cablegram.Severity.INFO,
                    what + " of the text header repeated in a later section; the first one is used", Spans.of(it));
        } else {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second " + what, it);
        }
        it.lines().forEach(l -> coverage.addUnrecognized(l, null));
    }


    /** A reason clause, alone on a line after Classified By (blank lines and section lines may intervene). */
    private static final java.util.regex.Pattern DECLASSIFY_LINE = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:declassify|declassified|decl\\b|decl\\s+on|derived\\s+from)");

    boolean absorbsClassifiedByTail(List<Item> items, int i, Item lastKeyword) {
        String t = items.get(i).first().text();
        // a "Declassify on:" line belongs to the classification block wherever it stands in the header
        if (DECLASSIFY_LINE.matcher(t).find()) {
            return true;
        }
        // the next line of an absorbed line, with no blank between, continues it
        if (i > 0 && items.get(i - 1).kind() == ItemKind.HEADER_TEXT && cbTail.contains(items.get(i - 1).last())
                && t.length() < 120) {
            return true;
        }
        if (lastKeyword == null || lastKeyword.kind() != ItemKind.CLASSIFIED_BY
                || state.classifiedBy.isPresent() && !state.classifiedBy.get().reasons().isEmpty() && cbTail.isEmpty()) {
            return false;
        }
        for (int j = i - 1; j >= 0; j--) {
            ItemKind k = items.get(j).kind();
            if (k == ItemKind.CLASSIFIED_BY) {
                break;
            }
            if (k != ItemKind.BLANK && k != ItemKind.SECTION_MARK && !(k == ItemKind.HEADER_TEXT
                    && cbTail.contains(items.get(j).first()))) {
                return false;
            }
        }
        return t.length() < 120 && CLASSIFIED_BY_TAIL.matcher(t).find();
    }


    /**
     * Whether a header item continues the REF block: it opens with the bullet of the block's next
     * letter (a lettered line after a blank, a second keyword line {@code REF B ...}).
     */
    boolean continuesReferences(Item it) {
        if (refNext.isEmpty()) {
            return false;
        }
        HeaderFields.ReferenceRead read = HeaderFields.referenceLetters(HeaderFields.referenceBlock(texts(it.lines())),
                refNext.get());
        if (!read.opening().equals(refNext)) {
            return false;
        }
        refNext = read.next();
        return true;
    }

    static List<String> texts(List<SourceLine> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (SourceLine l : lines) {
            out.add(l.text());
        }
        return out;
    }

    static boolean isHeaderZoneKind(ItemKind k) {
        return isKeyword(k) || k == ItemKind.HEADER_TEXT || k == ItemKind.CAPTION || k == ItemKind.BLANK
                || k == ItemKind.BANNER || k == ItemKind.DASH || k == ItemKind.SECTION_MARK;
    }

    static Item previousKeyword(List<Item> items, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (isKeyword(items.get(j).kind())) {
                return items.get(j);
            }
        }
        return null;
    }

    void readClassLine(Item it) {
        Optional<Fields.ClassLine> c = Fields.classLine(it.first().text());
        if (c.isEmpty()) {
            diags.add(DiagnosticCode.UNKNOWN_CLASSIFICATION, "cannot read the classification level", it);
            it.lines().forEach(l -> coverage.addUnrecognized(l, null));
            return;
        }
        if (state.classLine.isPresent() && c.get().level() == state.classLine.get().level()
                && c.get().onlyCaveats()) {
            // a banner of the same level repeating the caveats (SECRET//FGI//NOFORN): merge them
            Fields.ClassLine k = state.classLine.get();
            java.util.LinkedHashSet<String> caveats = new java.util.LinkedHashSet<>(k.caveats());
            caveats.addAll(c.get().caveats());
            state.classLine = Optional.of(new Fields.ClassLine(k.level(), k.efto() || c.get().efto(),
                    List.copyOf(caveats), k.section(), k.origin(), k.serial(), k.serialEnd(), k.onlyCaveats()));
            state.captionLines.addAll(it.lines());
            return;
        }
        if (state.classLine.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second classification line in the header", it);
            it.lines().forEach(l -> coverage.addUnrecognized(l, null));
            return;
        }
        state.classLine = c;
        state.classLineItem = it;
    }


    void readEo(Item it) {
        if (state.eo.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second E.O. line", it);
            it.lines().forEach(l -> coverage.addUnrecognized(l, null));
            return;
        }
        HeaderFields.Eo e = HeaderFields.eo(it.joinedText());
        state.eo = Optional.of(e.order());
        side.put(e.order(), it.lines());
        if (!e.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_HEADER_FIELD, "E.O. line without an order number, kept as written", it);
        }
        if (e.badDate()) {
            diags.add(DiagnosticCode.INVALID_DECLASSIFICATION_DATE,
                    "declassification date in '" + e.order().text() + "' is not a valid date", it);
        }
        if (e.gluedTags().isPresent() && state.tags.isEmpty()) {
            addTags(Tags.read(e.gluedTags().get()), it);
        }
    }

    void readTags(Item it) {
        if (!state.tags.isEmpty()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second TAGS line", it);
            it.lines().forEach(l -> coverage.addUnrecognized(l, null));
            return;
        }
        List<String> lines = new ArrayList<>();
        for (SourceLine l : it.lines()) {
            lines.add(l.text());
        }
        Tags.Items read = Tags.items(lines);
        if (!read.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_HEADER_FIELD, "TAGS line without its keyword, kept as written", it);
        }
        addTags(Tags.read(read), it);
    }

    void addTags(Tags.Read read, Item it) {
        for (String g : read.gluedSplit()) {
            diags.add(DiagnosticCode.GLUED_TAGS, "tags run together in '" + g + "' were split by the tag vocabularies", it);
        }
        List<Tag> list = read.tags();
        state.tags.addAll(list);
        // every tag is read from all the lines of the TAGS element
        side.putAll(list, it.lines());
    }

    void readSubject(Item it) {
        if (state.subject.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second SUBJECT line", it);
            it.lines().forEach(l -> coverage.addUnrecognized(l, null));
            return;
        }
        List<String> lines = new ArrayList<>();
        for (SourceLine l : it.lines()) {
            lines.add(l.text());
        }
        HeaderFields.SubjectRead read = HeaderFields.subject(lines);
        Subject s = read.subject();
        state.subject = Optional.of(s);
        side.put(s, it.lines());
        if (!read.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_HEADER_FIELD, "SUBJECT line without its keyword, kept as written", it);
        }
    }

    void readClassifiedBy(Item it) {
        if (state.classifiedBy.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second Classified By line", it);
            it.lines().forEach(l -> coverage.addUnrecognized(l, null));
            return;
        }
        HeaderFields.ClassifiedByRead read = HeaderFields.classifiedByRead(it.joinedText());
        ClassifiedBy c = read.classifiedBy();
        state.classifiedBy = Optional.of(c);
        classifiedByItem = it;
        side.put(c, it.lines());
        if (!read.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_HEADER_FIELD, "Classified By line without its keyword, kept as written", it);
        }
    }

    /** Reads Classified By again with the wrapped lines found after it. */
    void finishClassifiedBy() {
        if (classifiedByItem == null || cbTail.isEmpty()) {
            return;
        }
        List<SourceLine> lines = new ArrayList<>(classifiedByItem.lines());
        lines.addAll(cbTail);
        StringBuilder text = new StringBuilder();
        StringBuilder rawText = new StringBuilder();
        for (SourceLine l : lines) {
            text.append(' ').append(l.text().strip());
            rawText.append(l.raw());
        }
        ClassifiedBy c = HeaderFields.classifiedBy(text.toString());
        // the first reading, without the wrapped lines, is no element of the cable
        state.classifiedBy.ifPresent(side::forget);
        state.classifiedBy = Optional.of(c);
        side.put(c, lines);
    }

}
