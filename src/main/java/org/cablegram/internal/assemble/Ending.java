package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Fields;
import org.cablegram.internal.fields.Words;

import org.cablegram.internal.engine.ItemKind;
import org.cablegram.internal.engine.SourceLine;

import org.cablegram.internal.engine.Item;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cablegram.DiagnosticCode;
import org.cablegram.model.Trailer;

/**
 * The ending of a telegram's body and its signature: the trailer lines (BT, #serial, NNNN,
 * footers, and everything after the end of message), debris and a post's end matter before them,
 * and the signers (short name lines at the end, or a name run into the last sentence). What is
 * left is the body's content.
 */
final class Ending {

    /**
     * @param content  the body's items without the ending and the signature
     * @param signers  the signers, in order
     * @param trailer  the ending's lines, in source order
     */
    record Read(List<Item> content, List<String> signers, Optional<Trailer> trailer) { }

    private final Diagnostics diags;
    private final SideTable side;

    Ending(Diagnostics diags, SideTable side) {
        this.diags = diags;
        this.side = side;
    }

    /** Takes the ending and the signature off the body's items. */
    Read read(List<Item> items) {
        // 1. trailer: BT, #serial, NNNN, footers, and everything after NNNN
        int end = items.size();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() == ItemKind.END) {
                end = i;
                break;
            }
        }
        List<String> trailerLines = new ArrayList<>();
        List<SourceLine> trailerSource = new ArrayList<>();
        // a database row run into the body: the message ends inside a line, before the row's next
        // fields ("HOAGLAND NNNN<tab>2005-11-28<tab>...", "CARTER<tab>Embassy Bern<tab>...<tab>VZCZC...")
        items = new ArrayList<>(items);
        for (int i = 0; i < end; i++) {
            Item it = items.get(i);
            if (it.kind() != ItemKind.TEXT && it.kind() != ItemKind.PARAGRAPH || it.lines().size() != 1) {
                continue;
            }
            SourceLine l = it.first();
            int cut = Signatures.rowEnd(l.text());
            if (cut > 0) {
                trailerLines.add(Words.clean(l.text().substring(cut)));
                trailerSource.add(l);
                String kept = Signatures.withoutEscapedEnd(l.text().substring(0, cut));
                items.set(i, new Item(it.kind(), List.of(new SourceLine(l.number(), kept, l.terminator()))));
                end = i + 1;
                break;
            }
        }
        for (int i = end; i < items.size(); i++) {
            for (SourceLine l : items.get(i).lines()) {
                if (!l.isBlank()) {
                    trailerLines.add(TRAILER_KINDS.contains(items.get(i).kind()) ? trailerLine(l) : Words.clean(l.text()));
                    trailerSource.add(l);
                }
            }
        }
        List<Item> content = new ArrayList<>(items.subList(0, end));
        // debris without letters or digits at the very end (a lone '>') belongs to the ending
        List<SourceLine> debris = new ArrayList<>();
        while (!content.isEmpty()) {
            Item lastItem = content.get(content.size() - 1);
            if (lastItem.kind() == ItemKind.BLANK || lastItem.kind() == ItemKind.BANNER) {
                break;
            }
            if (lastItem.kind() != ItemKind.TEXT || lastItem.first().text().codePoints().anyMatch(Character::isLetterOrDigit)
                    && !(debris.isEmpty() && truncatedLine(content))) {
                break;
            }
            debris.add(0, lastItem.first());
            content.remove(content.size() - 1);
            while (!content.isEmpty() && (content.get(content.size() - 1).kind() == ItemKind.BLANK
                    || content.get(content.size() - 1).kind() == ItemKind.BANNER)) {
                content.remove(content.size() - 1);
            }
        }
        for (SourceLine l : debris) {
            trailerLines.add(0, Words.clean(l.text()));
            trailerSource.add(0, l);
        }
        List<String> before = new ArrayList<>();
        List<SourceLine> beforeSource = new ArrayList<>();
        for (int i = content.size() - 1; i >= 0; i--) {
            ItemKind k = content.get(i).kind();
            if (k == ItemKind.BT || k == ItemKind.SERIAL || k == ItemKind.FOOTER) {
                before.add(0, trailerLine(content.get(i).first()));
                beforeSource.add(0, content.get(i).first());
                content.remove(i);
            }
        }
        // 1b. a signature glued to the end of the last line ("... Kingdom. LEBARON") comes off
        // first, also when that line is end matter
        String glued = splitGluedSignature(content, trailerLines, trailerSource);
        // 1c. end matter: a short block of a post's boilerplate (a link to its web site) standing
        // alone before the signature is no part of the last paragraph
        moveEndMatter(content, trailerLines, trailerSource);

        // 1d. a note after the signer ("NOTE BY OC/T: NOT PASSED TO ALL POSTS.") is the ending's
        moveNoteAfterSigner(content, trailerLines, trailerSource);

        // 2. signature: the last text lines, when they are short names, or the glued name
        List<String> signers = new ArrayList<>();
        int sigFrom = content.size();
        for (int i = content.size() - 1; i >= 0 && signers.size() < 3; i--) {
            Item it = content.get(i);
            ItemKind k = it.kind();
            if (k == ItemKind.BLANK || k == ItemKind.BANNER || k == ItemKind.DASH || k == ItemKind.BODY_SIPDIS
                    || (k == ItemKind.BODY_CLASS && signers.isEmpty())) {
                continue;
            }
            if (k != ItemKind.TEXT || !Signatures.isSignature(it.first().text())) {
                break;
            }
            Item prev = previousContent(content, i);
            if (prev != null && prev.kind() == ItemKind.TEXT && prev.last().number() == it.first().number() - 1
                    && !Sentences.endsSentence(prev.first().text()) && !Signatures.isSignature(prev.first().text())
                    && !Signatures.standsApart(prev.first().text(), it.first().text())) {
                break;
            }
            if (prev == null) {
                break;
            }
            List<String> names = new ArrayList<>();
            for (String n : Words.piecesBetween(Signatures.nameText(it.first().text()), "/,")) {
                if (!n.isBlank()) {
                    names.add(n.strip());
                }
            }
            signers.addAll(0, names);
            for (String n : names) {
                side.put(n, it.lines());
            }
            sigFrom = i;
        }
        // a SIPDIS line after the signature stays with the body, which removes it with a diagnostic
        List<Item> kept = new ArrayList<>(content.subList(0, sigFrom));
        for (int k = sigFrom; k < content.size(); k++) {
            if (content.get(k).kind() == ItemKind.BODY_SIPDIS) {
                kept.add(content.get(k));
            }
        }
        content = kept;

        // the ending, in source order: BT, #serial, footers, end marks, and the debris and end
        // matter split off above
        before.addAll(trailerLines);
        beforeSource.addAll(trailerSource);
        Optional<Trailer> trailer = Optional.empty();
        if (!before.isEmpty()) {
            Integer[] order = new Integer[before.size()];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingInt(k -> beforeSource.get(k).number()));
            List<String> sortedLines = new ArrayList<>();
            List<SourceLine> sortedSource = new ArrayList<>();
            for (Integer k : order) {
                sortedLines.add(before.get(k));
                sortedSource.add(beforeSource.get(k));
            }
            Trailer t = new Trailer(sortedLines);
            trailer = Optional.of(t);
            side.put(t, sortedSource);
        }
        if (glued != null && signers.isEmpty()) {
            signers.add(glued);
        }
        for (int k = signers.size() - 1; k > 0; k--) {
            if (signers.get(k).equals(signers.get(k - 1))) {
                // a name signed twice is one signer, read from both lines
                String removed = signers.remove(k);
                side.extend(signers.get(k - 1), side.linesOf(removed));
                side.forget(removed);
            }
        }
        return new Read(content, signers, trailer);
    }

    /**
     * A line of the ending the line grammar told (BT, #serial, NNNN, a footer), read by the field
     * grammar; one whose fields do not fit is kept as written and reported.
     */
    private String trailerLine(SourceLine l) {
        Fields.TrailerLine t = Fields.trailer(l.text());
        if (!t.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_BODY_LINE, "line of the ending without the expected shape; kept as written", l);
        }
        return t.text();
    }

    /**
     * A signature written at the end of the last line ("... AFFAIRS.    PORTER", "... ahead. BURNS"),
     * possibly followed by tab-separated database fields: splits it off the line.
     *
     * @return the signer, or null
     */
    private String splitGluedSignature(List<Item> content, List<String> trailerLines, List<SourceLine> trailerSource) {
        int i = content.size() - 1;
        while (i >= 0 && (content.get(i).kind() == ItemKind.BLANK || content.get(i).kind() == ItemKind.BANNER
                || content.get(i).kind() == ItemKind.DASH)) {
            i--;
        }
        if (i < 0 || content.get(i).kind() != ItemKind.TEXT && content.get(i).kind() != ItemKind.PARAGRAPH) {
            return null;
        }
        Item it = content.get(i);
        SourceLine l = it.first();
        String text = l.text();
        String debris = null;
        // an end of message glued to the last line ("... needs. SCOBEY NNNN End Cable Text")
        int end = Signatures.gluedEndMark(text);
        if (end > 0) {
            debris = Words.clean(text.substring(end));
            text = text.substring(0, end);
        }
        int tab = debris != null ? -1 : text.indexOf('\t');
        if (tab > 0 && !text.substring(0, tab).isBlank() && Words.shortWithoutSmallLetters(text.substring(tab).strip(), 40, "")) {
            debris = text.substring(tab).strip();
            text = text.substring(0, tab);
        }
        String t = Words.clean(text);
        String name = null;
        int gap = Signatures.gluedSignature(t);
        if (gap >= 0) {
            name = t.substring(gap).strip();
            text = t.substring(0, gap);
        }
        if (name == null && debris == null) {
            return null;
        }
        if (debris != null) {
            trailerLines.add(0, debris);
            trailerSource.add(0, l);
        }
        content.set(i, new Item(it.kind(), List.of(new SourceLine(l.number(), text, l.terminator()))));
        if (name != null) {
            side.put(name, List.of(l));
        }
        return name;
    }

    private static void moveNoteAfterSigner(List<Item> content, List<String> trailerLines,
            List<SourceLine> trailerSource) {
        int i = content.size() - 1;
        while (i >= 0 && (content.get(i).kind() == ItemKind.BLANK || content.get(i).kind() == ItemKind.BANNER)) {
            i--;
        }
        if (i < 1 || content.get(i).kind() != ItemKind.TEXT || content.get(i).lines().size() != 1) {
            return;
        }
        String note = Words.upper(Words.clean(content.get(i).first().text()));
        if (!note.startsWith("NOTE BY ") && !note.startsWith("NOTE:")) {
            return;
        }
        Item before = previousContent(content, i);
        if (before == null || before.kind() != ItemKind.TEXT || !Signatures.isSignature(before.first().text())) {
            return;
        }
        trailerLines.add(Words.clean(content.get(i).first().text()));
        trailerSource.add(content.get(i).first());
        content.remove(i);
    }

    private static void moveEndMatter(List<Item> content, List<String> trailerLines, List<SourceLine> trailerSource) {
        int end = content.size();
        // skip a signature block (short name lines), blanks and section or page lines at the very end
        int i = end - 1;
        while (i >= 0 && (content.get(i).kind() == ItemKind.BLANK || content.get(i).kind() == ItemKind.BANNER
                || content.get(i).kind() == ItemKind.SECTION_MARK || content.get(i).kind() == ItemKind.PAGE
                || content.get(i).kind() == ItemKind.TEXT && Signatures.isSignature(content.get(i).first().text()))) {
            i--;
        }
        // a dash line may frame the block
        boolean framedBelow = i >= 0 && content.get(i).kind() == ItemKind.DASH;
        if (framedBelow) {
            i--;
        }
        int blockEnd = i;
        while (i >= 0 && content.get(i).kind() == ItemKind.TEXT) {
            i--;
        }
        int blockStart = i + 1;
        if (blockEnd < blockStart || blockEnd - blockStart > 4 || i < 0
                || content.get(i).kind() != ItemKind.BLANK && content.get(i).kind() != ItemKind.DASH
                && !breakAfterSentence(content, i)) {
            return;
        }
        // a block in small letters or opening with a parenthesis after a blank goes on with a
        // sentence the blank cut ("... Service for Argentina" / "(http://...) have ..."): text
        String opening = Words.clean(content.get(blockStart).first().text());
        int letter = 0;
        while (letter < opening.length() && !Character.isLetterOrDigit(opening.charAt(letter))) {
            letter++;
        }
        if (content.get(i).kind() == ItemKind.BLANK && letter < opening.length()
                && Character.isLowerCase(opening.charAt(letter)) && !sentenceEndsBefore(content, i)) {
            return;
        }
        // a short block that starts with a link or its lead-in ("Visit ... Classified Website:"),
        // not a paragraph that ends with one
        int link = -1;
        StringBuilder all = new StringBuilder();
        for (int k = blockStart; k <= blockEnd; k++) {
            String t = Words.clean(content.get(k).first().text());
            int at = firstLink(t);
            if (link < 0 && at >= 0) {
                link = all.length() + at;
            }
            all.append(t).append(' ');
        }
        if (link < 0 || link > 120 || all.length() > 300) {
            return;
        }
        for (int k = blockStart; k <= blockEnd; k++) {
            trailerLines.add(Words.clean(content.get(k).first().text()));
            trailerSource.add(content.get(k).first());
        }
        content.subList(blockStart, blockEnd + 1).clear();
    }

    /**
     * A section or page line after text that ends a sentence: the block after it stands alone
     * (after text cut mid-sentence, it continues that text).
     */
    private static boolean breakAfterSentence(List<Item> content, int i) {
        ItemKind k = content.get(i).kind();
        if (k != ItemKind.SECTION_MARK && k != ItemKind.PAGE) {
            return false;
        }
        for (int j = i - 1; j >= 0; j--) {
            ItemKind pk = content.get(j).kind();
            if (pk == ItemKind.TEXT || pk == ItemKind.PARAGRAPH) {
                return Sentences.endsSentence(Words.clean(content.get(j).last().text()));
            }
            if (pk != ItemKind.BLANK && pk != ItemKind.BANNER) {
                return false;
            }
        }
        return false;
    }

    private static boolean sentenceEndsBefore(List<Item> content, int i) {
        for (int j = i - 1; j >= 0; j--) {
            ItemKind pk = content.get(j).kind();
            if (pk == ItemKind.TEXT || pk == ItemKind.PARAGRAPH) {
                String t = content.get(j).last().text();
                return Sentences.endsSentence(Words.clean(t)) || Signatures.isSignature(t);
            }
            if (pk != ItemKind.BLANK && pk != ItemKind.BANNER) {
                return true;
            }
        }
        return true;
    }

    private static int firstLink(String t) {
        int at = -1;
        for (String l : new String[] {"http://", "https://", "www."}) {
            int k = t.indexOf(l);
            if (k >= 0 && (at < 0 || k < at)) {
                at = k;
            }
        }
        return at;
    }

    /**
     * The last line of the body is a publisher's truncated line ("HAVEZ...", "DANIEL ORTEGA AN..."):
     * upper case, cut off with three dots, after other body lines.
     */
    private static boolean truncatedLine(List<Item> content) {
        String t = Words.clean(content.get(content.size() - 1).first().text());
        if (!t.endsWith("...") || t.chars().anyMatch(Character::isLowerCase)) {
            return false;
        }
        for (int k = content.size() - 2; k >= 0; k--) {
            ItemKind pk = content.get(k).kind();
            if (pk == ItemKind.TEXT || pk == ItemKind.PARAGRAPH) {
                return true;
            }
        }
        return false;
    }

    private static Item previousContent(List<Item> content, int i) {
        for (int j = i - 1; j >= 0; j--) {
            ItemKind k = content.get(j).kind();
            if (k != ItemKind.BLANK && k != ItemKind.BANNER && k != ItemKind.DASH) {
                return content.get(j);
            }
        }
        return null;
    }

    private static final java.util.EnumSet<ItemKind> TRAILER_KINDS = java.util.EnumSet.of(ItemKind.BT,
            ItemKind.SERIAL, ItemKind.END, ItemKind.FOOTER);
}
