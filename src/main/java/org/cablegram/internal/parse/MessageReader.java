package org.cablegram.internal.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.cablegram.internal.grammar.TelegramParser;
import org.cablegram.internal.grammar.TelegramParserBaseVisitor;

/**
 * Walks the parse tree and turns each labelled grammar alternative into an {@link Item}, grouped
 * by message and zone. It only records what the grammar recognised; the meaning of each item is
 * read later by {@link CableAssembler}.
 */
final class MessageReader extends TelegramParserBaseVisitor<Void> {

    private final List<ParsedMessage> messages = new ArrayList<>();
    private List<Item> restart = new ArrayList<>();
    private List<Item> lead;
    private List<Item> header;
    private List<Item> body;
    private List<Item> current;

    /** The messages, and every line of the input (one per token). */
    record Result(List<ParsedMessage> messages, List<SourceLine> lines) {
    }

    private final List<SourceLine> byIndex;

    private MessageReader(List<SourceLine> byIndex) {
        this.byIndex = byIndex;
    }

    static Result read(TelegramParser.TelegramContext tree, org.antlr.v4.runtime.BufferedTokenStream tokens,
            String text) {
        List<Token> all = tokens.getTokens();
        List<SourceLine> lines = new ArrayList<>(all.size());
        for (Token t : all) {
            if (t.getType() != Token.EOF) {
                lines.add(line(text, t));
            }
        }
        MessageReader r = new MessageReader(lines);
        r.visit(tree);
        return new Result(List.copyOf(r.messages), lines);
    }

    /** The line of a token, shared with the list of all lines (no second copy of its text). */
    private SourceLine lineOf(Token t) {
        int i = t.getTokenIndex();
        return byIndex.get(i);
    }

    @Override
    public Void visitRestart(TelegramParser.RestartContext ctx) {
        Token t = ((TerminalNode) ctx.getChild(0)).getSymbol();
        ItemKind k = t.getType() == TelegramParser.DTG_LINE ? ItemKind.DTG
                : t.getType() == TelegramParser.PREAMBLE_LINE ? ItemKind.PREAMBLE : ItemKind.SOM;
        restart = new ArrayList<>(List.of(new Item(k, List.of(lineOf(t)))));
        return visit(ctx.message());
    }

    @Override
    public Void visitMessage(TelegramParser.MessageContext ctx) {
        lead = new ArrayList<>();
        header = new ArrayList<>();
        body = new ArrayList<>();
        current = lead;
        visit(ctx.lead());
        current = header;
        if (ctx.header() != null) {
            visit(ctx.header());
        }
        current = body;
        if (ctx.body() != null) {
            visit(ctx.body());
        }
        messages.add(new ParsedMessage(restart, lead, header, body));
        restart = new ArrayList<>();
        return null;
    }

    // --- lead --------------------------------------------------------------------------

    @Override public Void visitLeadBlank(TelegramParser.LeadBlankContext ctx) { return add(ItemKind.BLANK, ctx); }
    @Override public Void visitPreambleLine(TelegramParser.PreambleLineContext ctx) { return add(ItemKind.PREAMBLE, ctx); }
    @Override public Void visitPublicationDateLine(TelegramParser.PublicationDateLineContext ctx) { return add(ItemKind.PUBDATE, ctx); }
    @Override public Void visitStartOfMessageLine(TelegramParser.StartOfMessageLineContext ctx) { return add(ItemKind.SOM, ctx); }
    @Override public Void visitRoutingBlock(TelegramParser.RoutingBlockContext ctx) { return add(ItemKind.ROUTING, ctx); }
    @Override public Void visitDeLine(TelegramParser.DeLineContext ctx) { return add(ItemKind.DE, ctx); }
    @Override public Void visitSecurityLine(TelegramParser.SecurityLineContext ctx) { return add(ItemKind.SECURITY, ctx); }
    @Override public Void visitDateTimeGroupLine(TelegramParser.DateTimeGroupLineContext ctx) { return add(ItemKind.DTG, ctx); }
    @Override public Void visitFromLine(TelegramParser.FromLineContext ctx) { return add(ItemKind.FROM, ctx); }
    @Override public Void visitToBlock(TelegramParser.ToBlockContext ctx) { return add(ItemKind.TO, ctx); }
    @Override public Void visitInfoBlock(TelegramParser.InfoBlockContext ctx) { return add(ItemKind.INFO, ctx); }
    @Override public Void visitXmtBlock(TelegramParser.XmtBlockContext ctx) { return add(ItemKind.XMT, ctx); }
    @Override public Void visitActionOfficeLine(TelegramParser.ActionOfficeLineContext ctx) { return add(ItemKind.ACTION_OFFICE, ctx); }
    @Override public Void visitOfficeInfoLine(TelegramParser.OfficeInfoLineContext ctx) { return add(ItemKind.OFFICE_INFO, ctx); }
    @Override public Void visitOfficeLine(TelegramParser.OfficeLineContext ctx) { return add(ItemKind.OFFICES, ctx); }
    @Override public Void visitCopiesLine(TelegramParser.CopiesLineContext ctx) { return add(ItemKind.COPIES, ctx); }
    @Override public Void visitDashCounterLine(TelegramParser.DashCounterLineContext ctx) { return add(ItemKind.COUNTER, ctx); }
    @Override public Void visitPrintPageLine(TelegramParser.PrintPageLineContext ctx) { return add(ItemKind.PRINT_PAGE, ctx); }
    @Override public Void visitPrintNoteLine(TelegramParser.PrintNoteLineContext ctx) { return add(ItemKind.PRINT_NOTE, ctx); }
    @Override public Void visitLeadBanner(TelegramParser.LeadBannerContext ctx) { return add(ItemKind.BANNER, ctx); }
    @Override public Void visitLeadCaption(TelegramParser.LeadCaptionContext ctx) { return add(ItemKind.CAPTION, ctx); }
    @Override public Void visitLeadDash(TelegramParser.LeadDashContext ctx) { return add(ItemKind.DASH, ctx); }
    @Override public Void visitStrayRoutingLine(TelegramParser.StrayRoutingLineContext ctx) { return add(ItemKind.STRAY_ROUTING, ctx); }
    @Override public Void visitLeadText(TelegramParser.LeadTextContext ctx) { return add(ItemKind.LEAD_TEXT, ctx); }

    // --- header ------------------------------------------------------------------------

    @Override public Void visitClassBlock(TelegramParser.ClassBlockContext ctx) { return add(ItemKind.CLASS, ctx); }
    @Override public Void visitEoLine(TelegramParser.EoLineContext ctx) { return add(ItemKind.EO, ctx); }
    @Override public Void visitTagsBlock(TelegramParser.TagsBlockContext ctx) { return add(ItemKind.TAGS, ctx); }
    @Override public Void visitSubjectBlock(TelegramParser.SubjectBlockContext ctx) { return add(ItemKind.SUBJECT, ctx); }
    @Override public Void visitRefBlock(TelegramParser.RefBlockContext ctx) { return add(ItemKind.REF, ctx); }
    @Override public Void visitClassifiedByBlock(TelegramParser.ClassifiedByBlockContext ctx) { return add(ItemKind.CLASSIFIED_BY, ctx); }
    @Override public Void visitHeaderBlank(TelegramParser.HeaderBlankContext ctx) { return add(ItemKind.BLANK, ctx); }
    @Override public Void visitHeaderBanner(TelegramParser.HeaderBannerContext ctx) { return add(ItemKind.BANNER, ctx); }
    @Override public Void visitCaptionLine(TelegramParser.CaptionLineContext ctx) { return add(ItemKind.CAPTION, ctx); }
    @Override public Void visitHeaderDash(TelegramParser.HeaderDashContext ctx) { return add(ItemKind.DASH, ctx); }
    @Override public Void visitHeaderText(TelegramParser.HeaderTextContext ctx) { return add(ItemKind.HEADER_TEXT, ctx); }

    // --- body --------------------------------------------------------------------------

    @Override public Void visitFirstParagraph(TelegramParser.FirstParagraphContext ctx) { return add(ItemKind.PARAGRAPH, ctx); }
    @Override public Void visitFirstSectionMark(TelegramParser.FirstSectionMarkContext ctx) { return add(ItemKind.SECTION_MARK, ctx); }
    @Override public Void visitFirstPageLine(TelegramParser.FirstPageLineContext ctx) { return add(ItemKind.PAGE, ctx); }
    @Override public Void visitParagraphLine(TelegramParser.ParagraphLineContext ctx) { return add(ItemKind.PARAGRAPH, ctx); }
    @Override public Void visitSectionMarkLine(TelegramParser.SectionMarkLineContext ctx) { return add(ItemKind.SECTION_MARK, ctx); }
    @Override public Void visitPageLine(TelegramParser.PageLineContext ctx) { return add(ItemKind.PAGE, ctx); }
    @Override public Void visitBodyBlank(TelegramParser.BodyBlankContext ctx) { return add(ItemKind.BLANK, ctx); }
    @Override public Void visitTextLine(TelegramParser.TextLineContext ctx) { return add(ItemKind.TEXT, ctx); }
    @Override public Void visitBodyDash(TelegramParser.BodyDashContext ctx) { return add(ItemKind.DASH, ctx); }
    @Override public Void visitBodyBanner(TelegramParser.BodyBannerContext ctx) { return add(ItemKind.BANNER, ctx); }
    @Override public Void visitHeaderSectionMark(TelegramParser.HeaderSectionMarkContext ctx) { return add(ItemKind.SECTION_MARK, ctx); }

    @Override
    public Void visitSectionHeader(TelegramParser.SectionHeaderContext ctx) {
        current.add(new Item(ItemKind.BODY_CLASS, List.of(lineOf(ctx.BODY_CLASS_LINE().getSymbol()))));
        for (TelegramParser.HeaderItemContext h : ctx.headerItem()) {
            visit(h);
        }
        return null;
    }
    @Override public Void visitBodyCaption(TelegramParser.BodyCaptionContext ctx) { return add(ItemKind.BODY_SIPDIS, ctx); }
    @Override public Void visitBodyClassifiedBy(TelegramParser.BodyClassifiedByContext ctx) { return add(ItemKind.BODY_CLASSIFIED_BY, ctx); }
    @Override public Void visitBodyActionLine(TelegramParser.BodyActionLineContext ctx) { return add(ItemKind.ACTION_OFFICE, ctx); }
    @Override public Void visitBodyOfficeInfoLine(TelegramParser.BodyOfficeInfoLineContext ctx) { return add(ItemKind.OFFICE_INFO, ctx); }
    @Override public Void visitBodyOfficeLine(TelegramParser.BodyOfficeLineContext ctx) { return add(ItemKind.OFFICES, ctx); }
    @Override public Void visitBodyCopiesLine(TelegramParser.BodyCopiesLineContext ctx) { return add(ItemKind.COPIES, ctx); }
    @Override public Void visitBodyDashCounter(TelegramParser.BodyDashCounterContext ctx) { return add(ItemKind.COUNTER, ctx); }
    @Override public Void visitBtLine(TelegramParser.BtLineContext ctx) { return add(ItemKind.BT, ctx); }
    @Override public Void visitSerialLine(TelegramParser.SerialLineContext ctx) { return add(ItemKind.SERIAL, ctx); }
    @Override public Void visitEndLine(TelegramParser.EndLineContext ctx) { return add(ItemKind.END, ctx); }
    @Override public Void visitFooterLine(TelegramParser.FooterLineContext ctx) { return add(ItemKind.FOOTER, ctx); }

    private Void add(ItemKind kind, ParserRuleContext ctx) {
        List<SourceLine> lines = new ArrayList<>(ctx.getChildCount());
        collect(ctx, lines);
        if (!lines.isEmpty()) {
            current.add(new Item(kind, lines));
        }
        return null;
    }

    private void collect(ParseTree node, List<SourceLine> out) {
        for (int i = 0; i < node.getChildCount(); i++) {
            ParseTree child = node.getChild(i);
            if (child instanceof TerminalNode) {
                Token t = ((TerminalNode) child).getSymbol();
                if (t.getType() != Token.EOF && t.getTokenIndex() >= 0) {
                    out.add(lineOf(t));
                }
            } else {
                collect(child, out);
            }
        }
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
