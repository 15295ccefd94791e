package org.cablegram.internal.parse;

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
import org.cablegram.model.Reference;
import org.cablegram.model.ReferenceId;
import org.cablegram.model.Subject;
import org.cablegram.model.Tag;

/**
 * Reads the text header: the classification line, captions and passing lines, E.O., TAGS, SUBJECT,
 * REF and Classified By, each through the field grammar; repeated elements, the lines that go on
 * with a Classified By statement, and the headers written again at the start of later sections.
 */
abstract class HeaderReader extends LeadReader {

    HeaderReader(Diagnostics diags, SideTable side) {
        super(diags, side);
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
                cover(it);
                continue;
            }
            if (i > last) {
                // after the last header keyword: lettered REF items still belong to the REF block
                if (refContinues && !repeatMode && it.kind() == ItemKind.HEADER_TEXT && continuesReferences(it)) {
                    refExtra.addAll(it.lines());
                    cover(it);
                    continue;
                }
                if (refContinues && it.kind() == ItemKind.BLANK) {
                    toBody.add(it);
                    continue;
                }
                refContinues = false;
                if (it.kind() == ItemKind.CAPTION) {
                    cover(it);
                    captions.addAll(Fields.captions(it.first().text()).captions());
                    captionLines.addAll(it.lines());
                    continue;
                }
                toBody.add(it.kind() == ItemKind.HEADER_TEXT ? new Item(CollapsedLines.startsParagraph(it.first().text())
                        ? ItemKind.PARAGRAPH : ItemKind.TEXT, it.lines()) : it);
                continue;
            }
            cover(it);
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
                    if (!repeatMode || eo.isEmpty()) {
                        readEo(it);
                    } else {
                        duplicate(it, "E.O. line");
                    }
                    break;
                case TAGS:
                    if (!repeatMode || tags.isEmpty()) {
                        readTags(it);
                    } else {
                        duplicate(it, "TAGS line");
                    }
                    break;
                case SUBJECT:
                    if (!repeatMode || subject.isEmpty()) {
                        readSubject(it);
                    } else {
                        duplicate(it, "SUBJECT line");
                    }
                    break;
                case REF:
                    if (refItem == null) {
                        refItem = it;
                        refBlock = HeaderFields.referenceBlock(texts(it.lines()));
                        refNext = HeaderFields.references(refBlock, -1, null).next();
                    } else if (repeatMode || !continuesReferences(it)) {
                        duplicate(it, "REF block");
                    } else {
                        // REF A ... / REF B ...: a second keyword line that goes on with the letters
                        refExtra.addAll(it.lines());
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
                    captions.addAll(Fields.captions(it.first().text()).captions());
                    captionLines.addAll(it.lines());
                    break;
                case BANNER:
                    layout(it, SideTable.LayoutKind.BANNER);
                    if (banner.isEmpty()) {
                        banner = Fields.classLine(it.first().text());
                    }
                    break;
                case BLANK:
                    blankSincePassing = true;
                    break;
                case DASH:
                    layout(it, SideTable.LayoutKind.RULE);
                    break;
                case HEADER_TEXT:
                    String t = Words.clean(it.first().text());
                    if (t.isEmpty()) {
                        // a line of conversion debris only (a lone backslash) separates like a blank line
                        blankSincePassing = true;
                        layout(it, SideTable.LayoutKind.BLANK);
                        break;
                    }
                    if (repeatMode) {
                        if (passing.contains(t)) {
                            duplicate(it, "passing line");
                        } else {
                            it.lines().forEach(l -> addUnrecognized(l, DiagnosticCode.UNRECOGNIZED_LINE));
                        }
                        break;
                    }
                    if (refItem != null && refItem == previousKeyword(items, i) && continuesReferences(it)) {
                        refExtra.addAll(it.lines());
                    } else if (previousPassing != null && !blankSincePassing && !HeaderFields.opensPassing(t)) {
                        String before = passing.remove(passing.size() - 1);
                        side.forget(before);
                        String joined = before + " " + t;
                        passing.add(joined);
                        // the joined line keeps every line it was made of
                        passingSource.addAll(it.lines());
                        side.put(joined, passingSource);
                        previousPassing = it;
                    } else {
                        passing.add(t);
                        side.put(t, it.lines());
                        passingSource = new ArrayList<>(it.lines());
                        previousPassing = it;
                        blankSincePassing = false;
                    }
                    break;
                default:
                    addUnrecognized(it.first(), DiagnosticCode.UNRECOGNIZED_LINE);
            }
        }
        List<Item> out = new ArrayList<>(leadingBreaks);
        out.addAll(toBody);
        return out;
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
                || classifiedBy.isPresent() && !classifiedBy.get().reasons().isEmpty() && cbTail.isEmpty()) {
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
        HeaderFields.ReferenceRead read = HeaderFields.references(texts(it.lines()), -1, refNext.get());
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
            it.lines().forEach(l -> addUnrecognized(l, null));
            return;
        }
        if (classLine.isPresent() && c.get().level() == classLine.get().level()
                && c.get().onlyCaveats()) {
            // a banner of the same level repeating the caveats (SECRET//FGI//NOFORN): merge them
            Fields.ClassLine k = classLine.get();
            java.util.LinkedHashSet<String> caveats = new java.util.LinkedHashSet<>(k.caveats());
            caveats.addAll(c.get().caveats());
            classLine = Optional.of(new Fields.ClassLine(k.level(), k.efto() || c.get().efto(),
                    List.copyOf(caveats), k.section(), k.origin(), k.serial(), k.serialEnd(), k.onlyCaveats()));
            captionLines.addAll(it.lines());
            return;
        }
        if (classLine.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second classification line in the header", it);
            it.lines().forEach(l -> addUnrecognized(l, null));
            return;
        }
        classLine = c;
        classLineItem = it;
    }


    void readEo(Item it) {
        if (eo.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second E.O. line", it);
            it.lines().forEach(l -> addUnrecognized(l, null));
            return;
        }
        HeaderFields.Eo e = HeaderFields.eo(it.joinedText());
        eo = Optional.of(e.order());
        side.put(e.order(), it.lines());
        if (!e.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_HEADER_FIELD, "E.O. line without an order number, kept as written", it);
        }
        if (e.badDate()) {
            diags.add(DiagnosticCode.INVALID_DECLASSIFICATION_DATE,
                    "declassification date in '" + e.order().text() + "' is not a valid date", it);
        }
        if (e.gluedTags().isPresent() && tags.isEmpty()) {
            addTags(Tags.read(e.gluedTags().get()), it);
        }
    }

    void readTags(Item it) {
        if (!tags.isEmpty()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second TAGS line", it);
            it.lines().forEach(l -> addUnrecognized(l, null));
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
        tags.addAll(list);
        // every tag is read from all the lines of the TAGS element
        side.putAll(list, it.lines());
    }

    void readSubject(Item it) {
        if (subject.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second SUBJECT line", it);
            it.lines().forEach(l -> addUnrecognized(l, null));
            return;
        }
        List<String> lines = new ArrayList<>();
        for (SourceLine l : it.lines()) {
            lines.add(l.text());
        }
        HeaderFields.SubjectRead read = HeaderFields.subject(lines);
        Subject s = read.subject();
        subject = Optional.of(s);
        side.put(s, it.lines());
        if (!read.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_HEADER_FIELD, "SUBJECT line without its keyword, kept as written", it);
        }
    }

    void readClassifiedBy(Item it) {
        if (classifiedBy.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second Classified By line", it);
            it.lines().forEach(l -> addUnrecognized(l, null));
            return;
        }
        HeaderFields.ClassifiedByRead read = HeaderFields.classifiedByRead(it.joinedText());
        ClassifiedBy c = read.classifiedBy();
        classifiedBy = Optional.of(c);
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
        classifiedBy.ifPresent(side::forget);
        classifiedBy = Optional.of(c);
        side.put(c, lines);
    }

    /**
     * The references of a REF block written as the first paragraph, when the header has none:
     * the paragraph stays, and each reference points at its lines.
     *
     * @param citingYear the citing cable's year; -1 if unknown
     */
    List<Reference> referencesInParagraph(org.cablegram.model.Paragraph p, int citingYear) {
        Optional<HeaderFields.ReferenceRead> read = HeaderFields.referencesOpening(p.text(), citingYear);
        if (read.isEmpty()) {
            return List.of();
        }
        List<Reference> refs = new ArrayList<>();
        for (HeaderFields.RefItem item : read.get().items()) {
            refs.add(item.reference());
            undatedCitations |= item.reference().kind() == org.cablegram.model.ReferenceKind.CABLE && !item.dated();
            if (side.span(p) != null) {
                side.put(item.reference(), side.span(p), side.raw(p));
            }
        }
        return refs;
    }

    /** Whether an item cites a telegram without its year, which then takes the citing year. */
    boolean undatedCitations;

    /**
     * The references of the REF block; a citation without a year takes {@code citingYear}.
     *
     * @param citingYear the citing cable's year; -1 if unknown
     */
    List<Reference> readReferences(int citingYear) {
        if (refItem == null) {
            return List.of();
        }
        List<SourceLine> lines = new ArrayList<>(refItem.lines());
        lines.addAll(refExtra);
        HeaderFields.ReferenceRead read = HeaderFields.references(
                refExtra.isEmpty() ? refBlock : HeaderFields.referenceBlock(texts(lines)), citingYear, null);
        if (read.items().isEmpty()) {
            // a REF keyword with nothing to read after it
            lines.forEach(l -> addUnrecognized(l, DiagnosticCode.UNRECOGNIZED_LINE));
            return List.of();
        }
        if (!read.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_HEADER_FIELD, "REF block without its keyword, kept as written", refItem);
        }
        List<Reference> refs = new ArrayList<>(read.items().size());
        for (HeaderFields.RefItem item : read.items()) {
            refs.add(item.reference());
            undatedCitations |= item.reference().kind() == org.cablegram.model.ReferenceKind.CABLE && !item.dated();
        }
        // every reference is read from the whole block
        side.putAll(refs, lines);
        for (Reference r : refs) {
            if (r.kind() == org.cablegram.model.ReferenceKind.CABLE && r.cableId().isEmpty()) {
                diags.add(DiagnosticCode.MALFORMED_REFERENCE,
                        "reference '" + r.text() + "' cites a cable but the year is unknown", refItem);
            }
        }
        return refs;
    }

}
