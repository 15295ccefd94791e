package org.cablegram.examples.citations;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Graph} as GraphML (http://graphml.graphdrawing.org/), which yEd, Gephi,
 * Cytoscape, NetworkX and igraph read. Node data: {@code label}, {@code subject}, {@code date}
 * (ISO), {@code classification}, {@code inSet}, {@code idSource} ({@code text} or
 * {@code file name}) and {@code file}; edge data: {@code refs}, the REF letters.
 */
final class GraphMl {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMl() {
    }

    /**
     * @param graph the graph
     * @param out   where to write; flushed, not closed
     * @throws XMLStreamException when writing fails
     */
    static void write(Graph graph, Writer out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        nl(x, 0);
        x.writeStartElement("graphml");
        x.writeDefaultNamespace(NS);
        x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        x.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        key(x, "label", "node", "string", null);
        key(x, "subject", "node", "string", null);
        key(x, "date", "node", "string", null);
        key(x, "classification", "node", "string", null);
        key(x, "inSet", "node", "boolean", "false");
        key(x, "idSource", "node", "string", null);
        key(x, "file", "node", "string", null);
        key(x, "refs", "edge", "string", null);
        nl(x, 1);
        x.writeStartElement("graph");
        x.writeAttribute("id", "citations");
        x.writeAttribute("edgedefault", "directed");
        for (Graph.Node n : graph.nodes()) {
            nl(x, 2);
            x.writeStartElement("node");
            x.writeAttribute("id", xml(n.id()));
            data(x, "label", String.join("\n", n.labelLines()));
            if (n.inSet()) {
                n.subject().ifPresent(s -> data(x, "subject", s));
                n.date().ifPresent(d -> data(x, "date", d.toString()));
                n.classification().ifPresent(c -> data(x, "classification", c.name()));
                data(x, "inSet", "true");
                data(x, "idSource", n.idFromFileName() ? "file name" : "text");
                n.file().ifPresent(f -> data(x, "file", f.toString()));
            }
            nl(x, 2);
            x.writeEndElement();
        }
        int i = 0;
        for (Graph.Edge e : graph.edges()) {
            nl(x, 2);
            x.writeStartElement("edge");
            x.writeAttribute("id", "e" + ++i);
            x.writeAttribute("source", xml(e.source()));
            x.writeAttribute("target", xml(e.target()));
            if (!e.letters().isEmpty()) {
                data(x, "refs", String.join(",", e.letters()));
                nl(x, 2);
            }
            x.writeEndElement();
        }
        nl(x, 1);
        x.writeEndElement();
        nl(x, 0);
        x.writeEndElement();
        nl(x, 0);
        x.writeEndDocument();
        x.flush();
    }

    private static void key(XMLStreamWriter x, String name, String domain, String type, String dflt)
            throws XMLStreamException {
        nl(x, 1);
        if (dflt == null) {
            x.writeEmptyElement("key");
        } else {
            x.writeStartElement("key");
        }
        x.writeAttribute("id", name);
        x.writeAttribute("for", domain);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
        if (dflt != null) {
            x.writeStartElement("default");
            x.writeCharacters(dflt);
            x.writeEndElement();
            x.writeEndElement();
        }
    }

    private static void data(XMLStreamWriter x, String key, String value) {
        try {
            nl(x, 3);
            x.writeStartElement("data");
            x.writeAttribute("key", key);
            x.writeCharacters(xml(value));
            x.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }

    /**
     * Drops the characters XML 1.0 cannot carry (control characters other than tab, line feed
     * and carriage return, unpaired surrogates, U+FFFE and U+FFFF); the stream writer escapes
     * the rest.
     *
     * @param s any text
     * @return the text without those characters
     */
    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

}
