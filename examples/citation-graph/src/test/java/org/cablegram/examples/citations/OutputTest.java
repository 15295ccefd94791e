package org.cablegram.examples.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** GraphML and DOT output of the fixture graph. */
class OutputTest {

    static Document graphml() throws Exception {
        StringWriter out = new StringWriter();
        GraphMl.write(GraphTest.fixtures(false), out);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(out.toString())));
    }

    static Map<String, String> data(Element e) {
        Map<String, String> m = new HashMap<>();
        NodeList ds = e.getElementsByTagNameNS(GraphMl.NS, "data");
        for (int i = 0; i < ds.getLength(); i++) {
            Element d = (Element) ds.item(i);
            m.put(d.getAttribute("key"), d.getTextContent());
        }
        return m;
    }

    static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(GraphMl.NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    @Test
    void graphmlIsWellFormedWithDeclaredKeys() throws Exception {
        Document doc = graphml();
        assertEquals("graphml", doc.getDocumentElement().getLocalName());
        assertEquals(List.of("label", "subject", "date", "classification", "inSet", "idSource", "file", "refs"),
                elements(doc, "key").stream().map(k -> k.getAttribute("id")).toList());
        Element graph = elements(doc, "graph").get(0);
        assertEquals("directed", graph.getAttribute("edgedefault"));
        assertEquals(6, elements(doc, "node").size());
        assertEquals(6, elements(doc, "edge").size());
    }

    @Test
    void graphmlNodesAndEdges() throws Exception {
        Document doc = graphml();
        Element paris = elements(doc, "node").stream().filter(n -> n.getAttribute("id").equals("09PARIS200"))
                .findFirst().orElseThrow();
        Map<String, String> d = data(paris);
        assertEquals("FRENCH VIEW OF THE SWISS BANKING TALKS", d.get("subject"));
        assertEquals("2009-03-06", d.get("date"));
        assertEquals("SECRET", d.get("classification"));
        assertEquals("true", d.get("inSet"));
        assertEquals("text", d.get("idSource"));
        assertEquals("09PARIS200\n2009-03-06 SECRET\nFRENCH VIEW OF THE SWISS BANKING TALKS", d.get("label"));

        Element outside = elements(doc, "node").stream().filter(n -> n.getAttribute("id").equals("09PARIS150"))
                .findFirst().orElseThrow();
        assertEquals(Map.of("label", "09PARIS150"), data(outside), "inSet falls back to the key's default, false");

        List<String> edges = elements(doc, "edge").stream()
                .map(e -> e.getAttribute("source") + ">" + e.getAttribute("target") + ":" + data(e).get("refs")).toList();
        assertTrue(edges.contains("09STATE300>09PARIS200:B"), edges.toString());
        assertTrue(edges.contains("09BERN100>08STATE12345:B"), edges.toString());
    }

    @Test
    void xmlDropsCharactersXmlCannotCarry() {
        assertEquals("ab\tc\u00b6d", GraphMl.xml("a\u0000b\tc\u00b6\u0007d\uFFFE"));
        assertEquals("x\uD83D\uDE00", GraphMl.xml("x\uD83D\uDE00\uD83D"), "pairs stay, a lone surrogate goes");
    }

    @Test
    void dot() throws Exception {
        StringWriter out = new StringWriter();
        Dot.write(GraphTest.fixtures(false), out);
        String dot = out.toString();
        assertTrue(dot.startsWith("digraph citations {\n"), dot);
        assertTrue(dot.endsWith("}\n"), dot);
        assertTrue(dot.contains("  \"09STATE300\" [label=\"09STATE300\\n2009-03-11 UNCLASSIFIED\\n"
                + "GUIDANCE FOR THE SECOND ROUND OF BANKING\\nTALKS\", fillcolor=\"#ffffff\"];\n"), dot);
        assertTrue(dot.contains("  \"08STATE12345\" [label=\"08STATE12345\", style=dashed, color=gray50, fontcolor=gray40];\n"), dot);
        assertTrue(dot.contains("  \"09PARIS200\" -> \"09BERN100\" [label=\"A\"];\n"), dot);
        assertEquals(6, dot.lines().filter(l -> l.contains(" -> ")).count());
    }

    @Test
    void dotQuoting() {
        assertEquals("\"a \\\"b\\\" c\\\\d\\ne\"", Dot.quote("a \"b\" c\\d\ne\u0001"));
        assertEquals(List.of("ONE TWO", "THREE"), Dot.wrap("ONE TWO THREE", 8));
        assertEquals(List.of("SUPERCALIFRAGILISTIC", "X"), Dot.wrap("SUPERCALIFRAGILISTIC X", 8));
    }
}
