package org.cablegram.internal.engine;

import java.util.List;

/**
 * The items of one telegram in the input, by zone. An input normally holds one; a repeated or
 * appended telegram makes more.
 *
 * @param restart the line that started this message again (empty list for the first message)
 * @param lead    envelope, print header and address items
 * @param header  text-header items
 * @param body    body items
 */
public record ParsedMessage(List<Item> restart, List<Item> lead, List<Item> header, List<Item> body) {

    public ParsedMessage {
        restart = List.copyOf(restart);
        lead = List.copyOf(lead);
        header = List.copyOf(header);
        body = List.copyOf(body);
    }

    /** @return every item in source order */
    public List<Item> all() {
        java.util.ArrayList<Item> out = new java.util.ArrayList<>(restart);
        out.addAll(lead);
        out.addAll(header);
        out.addAll(body);
        return out;
    }

    /** @return whether the message has a text header */
    public boolean hasHeader() {
        return !header.isEmpty();
    }

    /** @return whether the message has any body paragraph or text */
    public boolean hasBody() {
        for (Item i : body) {
            if (i.kind() == ItemKind.PARAGRAPH || i.kind() == ItemKind.TEXT) {
                return true;
            }
        }
        return false;
    }
}
