package org.cablegram.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cablegram.DiagnosticCode;
import org.cablegram.SourceSpan;
import org.cablegram.model.Paragraph;

/**
 * Finds SUMMARY ... END SUMMARY and COMMENT ... END COMMENT blocks in the paragraph texts. An
 * opener counts only at the start of a sentence or after an opening parenthesis, in capitals or
 * capitalised ("declined to comment." opens nothing); a summary may span paragraphs.
 */
final class Blocks {

    private static final Pattern SUMMARY_OPEN = Pattern.compile(
            "(?:^|(?<=[(\\s\"]))(?<!END )(?<!End )(?:BEGIN SUMMARY|Begin Summary|SUMMARY AND COMMENT|Summary and Comment"
            + "|Summary and comment|SUMMARY|Summary)(?:\\s*[:.\\-]+|\\s+(?=[A-Z]))");
    private static final Pattern SUMMARY_CLOSE = Pattern.compile(
            "(?i)\\bEND\\s+(?:OF\\s+)?SUMMARY(?:\\s+AND\\s+COMMENT)?\\b\\s*[.)]*");
    private static final Pattern COMMENT_OPEN = Pattern.compile(
            "(?:^|(?<=[(\\s\"]))(?<!END )(?<!End )(?<!AND )(?<!and )(?:BEGIN COMMENT|Begin Comment|COMMENT|Comment)\\s*[:.\\-]+");
    private static final Pattern COMMENT_CLOSE = Pattern.compile("(?i)\\bEND\\s+(?:OF\\s+)?COMMENT\\b\\s*[.)]*");

    private final Optional<String> summary;
    private final List<String> comments;

    private Blocks(Optional<String> summary, List<String> comments) {
        this.summary = summary;
        this.comments = comments;
    }

    Optional<String> summary() {
        return summary;
    }

    List<String> comments() {
        return comments;
    }

    static Blocks find(List<Paragraph> paragraphs, Diagnostics diags, SideTable side) {
        StringBuilder all = new StringBuilder();
        List<int[]> bounds = new ArrayList<>();
        java.util.Set<Integer> fromHeading = new java.util.HashSet<>();
        for (Paragraph p : paragraphs) {
            if (all.length() > 0) {
                all.append("\n\n");
            }
            int start = all.length();
            // a heading "Summary" or "Comment" opens the block of the paragraph under it
            String h = p.heading().map(x -> x.strip().toUpperCase(java.util.Locale.ROOT)).orElse("");
            String body = p.text().stripLeading().toUpperCase(java.util.Locale.ROOT);
            boolean opensItself = body.startsWith("SUMMARY") || body.startsWith("COMMENT") || body.startsWith("(COMMENT");
            if (!opensItself && h.matches("^(?:SUMMARY|COMMENTS?)\\b.*") && h.length() < 40) {
                fromHeading.add(all.length());
                all.append(h.startsWith("SUMMARY") ? "SUMMARY" : "COMMENT").append(": ");
            }
            all.append(p.text());
            bounds.add(new int[] {start, all.length()});
        }
        String text = all.toString();
        Optional<String> summary = Optional.empty();
        Matcher open = SUMMARY_OPEN.matcher(text);
        Matcher close = SUMMARY_CLOSE.matcher(text);
        if (open.find() && atSentenceStart(text, open.start())) {
            int from = open.end();
            if (close.find(from)) {
                summary = Optional.of(text.substring(from, close.start()).strip());
            } else {
                int end = paragraphEnd(bounds, open.start(), text.length());
                summary = Optional.of(text.substring(from, end).strip());
                if (!fromHeading.contains(open.start())) diags.add(DiagnosticCode.UNCLOSED_BLOCK, "SUMMARY has no END SUMMARY; it runs to the end of its paragraph",
                        spanOf(paragraphs, bounds, open.start(), side));
            }
        } else if (close.find()) {
            int start = bounds.isEmpty() ? 0 : bounds.get(0)[0];
            summary = Optional.of(text.substring(start, close.start()).strip());
        }
        summary = summary.filter(s -> !s.isEmpty());

        List<String> comments = new ArrayList<>();
        Matcher c = COMMENT_OPEN.matcher(text);
        int pos = 0;
        while (pos < text.length() && c.find(pos)) {
            if (!atSentenceStart(text, c.start())) {
                pos = c.end();
                continue;
            }
            int from = c.end();
            int paraEnd = paragraphEnd(bounds, c.start(), text.length());
            Matcher cc = COMMENT_CLOSE.matcher(text);
            Matcher next = COMMENT_OPEN.matcher(text);
            int nextOpen = next.find(from) ? next.start() : text.length();
            if (cc.find(from) && cc.start() <= nextOpen) {
                String body = text.substring(from, cc.start()).strip();
                if (!body.isEmpty()) {
                    comments.add(body);
                }
                pos = cc.end();
            } else {
                String body = text.substring(from, Math.min(paraEnd, nextOpen)).strip();
                if (c.start() > 0 && text.charAt(c.start() - 1) == '(' && body.endsWith(")")) {
                    body = body.substring(0, body.length() - 1).strip();
                }
                if (!body.isEmpty()) {
                    comments.add(body);
                }
                if (!fromHeading.contains(c.start())) diags.add(DiagnosticCode.UNCLOSED_BLOCK, "COMMENT has no END COMMENT; it runs to the end of its paragraph",
                        spanOf(paragraphs, bounds, c.start(), side));
                pos = Math.max(from, Math.min(paraEnd, nextOpen));
            }
        }
        return new Blocks(summary, List.copyOf(comments));
    }

    /** The opener starts the paragraph, follows an opening parenthesis or ends a sentence. */
    private static boolean atSentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return c == '\n' || c == '(' || c == '.' || c == '!' || c == '?' || c == '"' || c == '-' || c == ':'
                || c == '\u201D' || c == ')' || c == '[';
    }

    private static int paragraphEnd(List<int[]> bounds, int at, int fallback) {
        for (int[] b : bounds) {
            if (at >= b[0] && at <= b[1]) {
                return b[1];
            }
        }
        return fallback;
    }

    private static SourceSpan spanOf(List<Paragraph> paragraphs, List<int[]> bounds, int at, SideTable side) {
        for (int i = 0; i < bounds.size(); i++) {
            if (at >= bounds.get(i)[0] && at <= bounds.get(i)[1]) {
                SourceSpan s = side.span(paragraphs.get(i));
                if (s != null) {
                    return s;
                }
            }
        }
        return SourceSpan.at(1, 1);
    }
}
