package org.cablegram.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.cablegram.internal.grammar.TelegramParser;
import org.cablegram.internal.grammar.TelegramParserBaseListener;

/**
 * Turns each labelled grammar alternative into an {@link Item}, grouped by message and zone, as
 * the parser completes it: a parse listener, so that no parse tree is built. Every alternative
 * covers a run of whole lines (one token per line), so an item is the lines from the first to
 * the last token of its context. It only records what the grammar recognised; the meaning of
 * each item is read later by the assembler.
 */
final class MessageReader extends TelegramParserBaseListener {

    private final List<ParsedMessage> messages = new ArrayList<>();
    private List<Item> restart = new ArrayList<>();
    private List<Item> lead;
    private List<Item> header;
    private List<Item> body;
    private List<Item> current;

    /** The messages, and every line of the input (one per token). */
    record Result(List<ParsedMessage> messages, List<SourceLine> lines) {
    }

    private final String text;
    private final List<SourceLine> byIndex = new ArrayList<>();
    private final TokenArray tokens;

    /**
     * @param tokens the parser's token stream
     * @param text   the original input (the lexer saw a folded copy)
     */
    MessageReader(TokenArray tokens, String text) {
        this.tokens = tokens;
        this.text = text;
    }

    /** @return what was read, once the parser has finished */
    Result result() {
        closeBlock();
        List<SourceLine> lines = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            lines.add(lineAt(i));
        }
        if (!lines.isEmpty() && tokens.get(lines.size() - 1).getType() == Token.EOF) {
            lines.remove(lines.size() - 1);
        }
        return new Result(List.copyOf(messages), lines);
    }

    /** The line of the token at an index, made once and shared by the items and the line list. */
    private SourceLine lineAt(int i) {
        while (byIndex.size() <= i) {
            Token t = tokens.get(byIndex.size());
            byIndex.add(t.getType() == Token.EOF ? null : line(text, t));
        }
        return byIndex.get(i);
    }

    @Override
    public void enterRestart(TelegramParser.RestartContext ctx) {
        Token t = ctx.getStart();
        ItemKind k = t.getType() == TelegramParser.DTG_LINE ? ItemKind.DTG
                : t.getType() == TelegramParser.PREAMBLE_LINE ? ItemKind.PREAMBLE : ItemKind.SOM;
        restart = new ArrayList<>(List.of(new Item(k, List.of(lineAt(t.getTokenIndex())))));
    }

    @Override
    public void enterMessage(TelegramParser.MessageContext ctx) {
        lead = new ArrayList<>();
        header = new ArrayList<>();
        body = new ArrayList<>();
        current = lead;
    }

    @Override
    public void enterHeader(TelegramParser.HeaderContext ctx) {
        current = header;
    }

    @Override
    public void enterBody(TelegramParser.BodyContext ctx) {
        current = body;
    }

    @Override
    public void exitMessage(TelegramParser.MessageContext ctx) {
        closeBlock();
        messages.add(new ParsedMessage(restart, lead, header, body));
        restart = new ArrayList<>();
    }

    // --- lead --------------------------------------------------------------------------

    @Override public void exitLeadBlank(TelegramParser.LeadBlankContext ctx) { add(ItemKind.BLANK, ctx); }
    @Override public void exitPreambleLine(TelegramParser.PreambleLineContext ctx) { add(ItemKind.PREAMBLE, ctx); }
    @Override public void exitPublicationDateLine(TelegramParser.PublicationDateLineContext ctx) { add(ItemKind.PUBDATE, ctx); }
    @Override public void exitStartOfMessageLine(TelegramParser.StartOfMessageLineContext ctx) { add(ItemKind.SOM, ctx); }
    @Override public void exitRoutingBlock(TelegramParser.RoutingBlockContext ctx) { add(ItemKind.ROUTING, ctx); }
    @Override public void exitDeLine(TelegramParser.DeLineContext ctx) { add(ItemKind.DE, ctx); }
    @Override public void exitSecurityLine(TelegramParser.SecurityLineContext ctx) { add(ItemKind.SECURITY, ctx); }
    @Override public void exitDateTimeGroupLine(TelegramParser.DateTimeGroupLineContext ctx) { add(ItemKind.DTG, ctx); }
    @Override public void exitFromLine(TelegramParser.FromLineContext ctx) { add(ItemKind.FROM, ctx); }
    @Override public void exitToBlock(TelegramParser.ToBlockContext ctx) { add(ItemKind.TO, ctx); }
    @Override public void exitInfoBlock(TelegramParser.InfoBlockContext ctx) { add(ItemKind.INFO, ctx); }
    @Override public void exitXmtBlock(TelegramParser.XmtBlockContext ctx) { add(ItemKind.XMT, ctx); }
    @Override public void exitActionOfficeLine(TelegramParser.ActionOfficeLineContext ctx) { add(ItemKind.ACTION_OFFICE, ctx); }
    @Override public void exitOfficeInfoLine(TelegramParser.OfficeInfoLineContext ctx) { add(ItemKind.OFFICE_INFO, ctx); }
    @Override public void exitOfficeLine(TelegramParser.OfficeLineContext ctx) { add(ItemKind.OFFICES, ctx); }
    @Override public void exitCopiesLine(TelegramParser.CopiesLineContext ctx) { add(ItemKind.COPIES, ctx); }
    @Override public void exitDashCounterLine(TelegramParser.DashCounterLineContext ctx) { add(ItemKind.COUNTER, ctx); }
    @Override public void exitPrintPageLine(TelegramParser.PrintPageLineContext ctx) { add(ItemKind.PRINT_PAGE, ctx); }
    @Override public void exitPrintNoteLine(TelegramParser.PrintNoteLineContext ctx) { add(ItemKind.PRINT_NOTE, ctx); }
    @Override public void exitLeadBanner(TelegramParser.LeadBannerContext ctx) { add(ItemKind.BANNER, ctx); }
    @Override public void exitLeadCaption(TelegramParser.LeadCaptionContext ctx) { add(ItemKind.CAPTION, ctx); }
    @Override public void exitLeadDash(TelegramParser.LeadDashContext ctx) { add(ItemKind.DASH, ctx); }
    @Override public void exitStrayRoutingLine(TelegramParser.StrayRoutingLineContext ctx) { add(ItemKind.STRAY_ROUTING, ctx); }
    @Override public void exitLeadText(TelegramParser.LeadTextContext ctx) { add(ItemKind.LEAD_TEXT, ctx); }

    // --- header ------------------------------------------------------------------------

    @Override public void exitClassBlock(TelegramParser.ClassBlockContext ctx) { add(ItemKind.CLASS, ctx); }
    @Override public void exitEoLine(TelegramParser.EoLineContext ctx) { add(ItemKind.EO, ctx); }
    @Override public void exitTagsBlock(TelegramParser.TagsBlockContext ctx) { openBlock(ItemKind.TAGS, ctx); }
    @Override public void exitSubjectBlock(TelegramParser.SubjectBlockContext ctx) { openBlock(ItemKind.SUBJECT, ctx); }
    @Override public void exitRefBlock(TelegramParser.RefBlockContext ctx) { openBlock(ItemKind.REF, ctx); }
    @Override public void exitClassifiedByBlock(TelegramParser.ClassifiedByBlockContext ctx) { openBlock(ItemKind.CLASSIFIED_BY, ctx); }
    @Override public void exitHeaderBlank(TelegramParser.HeaderBlankContext ctx) { add(ItemKind.BLANK, ctx); }
    @Override public void exitHeaderBanner(TelegramParser.HeaderBannerContext ctx) { add(ItemKind.BANNER, ctx); }
    @Override public void exitCaptionLine(TelegramParser.CaptionLineContext ctx) { add(ItemKind.CAPTION, ctx); }
    @Override public void exitHeaderDash(TelegramParser.HeaderDashContext ctx) { add(ItemKind.DASH, ctx); }

    @Override
    public void exitHeaderText(TelegramParser.HeaderTextContext ctx) {
        int index = ctx.getStart().getTokenIndex();
        if (blockLines != null && index == blockLastToken + 1) {
            // the next line after a keyword line or its last continuation line continues the block
            blockLines.add(lineAt(index));
            blockLastToken = index;
        } else {
            add(ItemKind.HEADER_TEXT, ctx);
        }
    }

    // the block a keyword line opened, still growing by its continuation lines; its item is made
    // once the block ends, so that each line is added once
    private ItemKind blockKind;
    private List<SourceLine> blockLines;
    private List<Item> blockItems;
    private int blockLastToken;

    private void openBlock(ItemKind kind, ParserRuleContext ctx) {
        closeBlock();
        int index = ctx.getStart().getTokenIndex();
        blockKind = kind;
        blockLines = new ArrayList<>();
        blockLines.add(lineAt(index));
        blockItems = current;
        blockLastToken = index;
    }

    private void closeBlock() {
        if (blockLines != null) {
            blockItems.add(new Item(blockKind, blockLines));
            blockLines = null;
        }
    }

    // --- body --------------------------------------------------------------------------

    @Override public void exitFirstParagraph(TelegramParser.FirstParagraphContext ctx) { add(ItemKind.PARAGRAPH, ctx); }
    @Override public void exitFirstSectionMark(TelegramParser.FirstSectionMarkContext ctx) { add(ItemKind.SECTION_MARK, ctx); }
    @Override public void exitFirstPageLine(TelegramParser.FirstPageLineContext ctx) { add(ItemKind.PAGE, ctx); }
    @Override public void exitFirstText(TelegramParser.FirstTextContext ctx) { add(ItemKind.TEXT, ctx); }
    @Override public void exitParagraphLine(TelegramParser.ParagraphLineContext ctx) { add(ItemKind.PARAGRAPH, ctx); }
    @Override public void exitSectionMarkLine(TelegramParser.SectionMarkLineContext ctx) { add(ItemKind.SECTION_MARK, ctx); }
    @Override public void exitPageLine(TelegramParser.PageLineContext ctx) { add(ItemKind.PAGE, ctx); }
    @Override public void exitBodyBlank(TelegramParser.BodyBlankContext ctx) { add(ItemKind.BLANK, ctx); }
    @Override public void exitTextLine(TelegramParser.TextLineContext ctx) { add(ItemKind.TEXT, ctx); }
    @Override public void exitBodyDash(TelegramParser.BodyDashContext ctx) { add(ItemKind.DASH, ctx); }
    @Override public void exitBodyBanner(TelegramParser.BodyBannerContext ctx) { add(ItemKind.BANNER, ctx); }
    @Override public void exitHeaderSectionMark(TelegramParser.HeaderSectionMarkContext ctx) { add(ItemKind.SECTION_MARK, ctx); }

    @Override
    public void exitSectionHeader(TelegramParser.SectionHeaderContext ctx) {
        // the class line itself, before the header lines after it, which are items of their own
        // (labelled alternatives get no enter event: the item goes in behind them)
        closeBlock();
        SourceLine classLine = lineAt(ctx.getStart().getTokenIndex());
        int at = current.size();
        while (at > 0 && current.get(at - 1).first().number() > classLine.number()) {
            at--;
        }
        current.add(at, new Item(ItemKind.BODY_CLASS, List.of(classLine)));
    }
    @Override public void exitBodyCaption(TelegramParser.BodyCaptionContext ctx) { add(ItemKind.BODY_SIPDIS, ctx); }
    @Override public void exitBodyClassifiedBy(TelegramParser.BodyClassifiedByContext ctx) { add(ItemKind.BODY_CLASSIFIED_BY, ctx); }
    @Override public void exitBodyActionLine(TelegramParser.BodyActionLineContext ctx) { add(ItemKind.ACTION_OFFICE, ctx); }
    @Override public void exitBodyOfficeInfoLine(TelegramParser.BodyOfficeInfoLineContext ctx) { add(ItemKind.OFFICE_INFO, ctx); }
    @Override public void exitBodyOfficeLine(TelegramParser.BodyOfficeLineContext ctx) { add(ItemKind.OFFICES, ctx); }
    @Override public void exitBodyCopiesLine(TelegramParser.BodyCopiesLineContext ctx) { add(ItemKind.COPIES, ctx); }
    @Override public void exitBodyDashCounter(TelegramParser.BodyDashCounterContext ctx) { add(ItemKind.COUNTER, ctx); }
    @Override public void exitBtLine(TelegramParser.BtLineContext ctx) { add(ItemKind.BT, ctx); }
    @Override public void exitSerialLine(TelegramParser.SerialLineContext ctx) { add(ItemKind.SERIAL, ctx); }
    @Override public void exitEndLine(TelegramParser.EndLineContext ctx) { add(ItemKind.END, ctx); }
    @Override public void exitFooterLine(TelegramParser.FooterLineContext ctx) { add(ItemKind.FOOTER, ctx); }

    private void add(ItemKind kind, ParserRuleContext ctx) {
        closeBlock();
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        if (start == null || stop == null || start.getType() == Token.EOF) {
            return;
        }
        int from = start.getTokenIndex();
        int to = stop.getType() == Token.EOF ? stop.getTokenIndex() - 1 : stop.getTokenIndex();
        if (to < from) {
            return;
        }
        if (from == to) {
            current.add(new Item(kind, List.of(lineAt(from))));
            return;
        }
        List<SourceLine> lines = new ArrayList<>(to - from + 1);
        for (int i = from; i <= to; i++) {
            lines.add(lineAt(i));
        }
        current.add(new Item(kind, lines));
    }

    /** The line of a token, its text taken from the input (the lexer saw a folded copy). */
    static SourceLine line(String text, Token t) {
        int start = t.getStartIndex();
        int end = t.getStopIndex() + 1;
        String terminator = "";
        if (end > start) {
            char last = text.charAt(end - 1);
            if (last == '\n') {
                terminator = end - 1 > start && text.charAt(end - 2) == '\r' ? "\r\n" : "\n";
            } else if (last == '\r') {
                terminator = "\r";
            } else if (last == '\u2028') {
                terminator = "\u2028";
            }
        }
        // Every token is one physical line, so the line number is the token index; ANTLR's own
        // line count only knows LF, while telegrams also end lines with CR and U+2028.
        return new SourceLine(t.getTokenIndex() + 1, text.substring(start, end - terminator.length()), terminator);
    }
}
