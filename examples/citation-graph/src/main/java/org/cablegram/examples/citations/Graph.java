package org.cablegram.examples.citations;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.cablegram.model.Cable;
import org.cablegram.model.Classification;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.Reference;
import org.cablegram.model.ReferenceId;
import org.cablegram.model.Subject;

/**
 * The citation graph of a set of cables: a node per cable of the set and per cable they cite,
 * an edge from each cable to each cable its REF block cites.
 *
 * @param nodes      the cables of the set in input order, then the cited cables outside the set
 *                   in id order
 * @param edges      one edge per citing and cited cable, in input and reference order
 * @param duplicates files skipped because an earlier file had the same id
 * @param otherRefs  references that name no cable (memos, e-mails, unreadable items)
 */
record Graph(List<Node> nodes, List<Edge> edges, List<String> duplicates, int otherRefs) {

    /**
     * A cable.
     *
     * @param id             the Cablegate id: from the text, or from the file name when the text
     *                       gives none ({@code idFromFileName})
     * @param inSet          whether the cable is one of the input files (else it is only cited)
     * @param idFromFileName whether the id is the file name, the text giving none
     * @param subject        the SUBJECT line (cables of the set only)
     * @param date           the UTC date of the date-time group (cables of the set only)
     * @param classification the classification level (cables of the set only)
     * @param file           the file it was read from (cables of the set only)
     */
    record Node(String id, boolean inSet, boolean idFromFileName, Optional<String> subject, Optional<LocalDate> date,
                Optional<ClassificationLevel> classification, Optional<Path> file) {

        /**
         * @param id a cited cable's id
         * @return a node for a cable that is cited but not in the set
         */
        static Node cited(String id) {
            return new Node(id, false, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        /**
         * The text shown for the node: its id, then (for a cable of the set) its date and
         * classification, then its subject.
         *
         * @return one to three lines
         */
        List<String> labelLines() {
            List<String> lines = new ArrayList<>();
            lines.add(id);
            String when = (date.map(LocalDate::toString).orElse("") + " "
                    + classification.map(ClassificationLevel::words).orElse("")).trim();
            if (!when.isEmpty()) {
                lines.add(when);
            }
            subject.ifPresent(lines::add);
            return lines;
        }
    }

    /**
     * A citation.
     *
     * @param source  the citing cable
     * @param target  the cited cable
     * @param letters the letters of the REF items that cite it ({@code A}), in order; empty for
     *                an unlettered reference
     */
    record Edge(String source, String target, List<String> letters) {
    }

    Graph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        duplicates = List.copyOf(duplicates);
    }

    /** @return the nodes of the cables of the set */
    List<Node> inSet() {
        return nodes.stream().filter(Node::inSet).toList();
    }

    /**
     * @param id a cable id
     * @return the node with that id
     */
    Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** @return the edges whose both ends are cables of the set */
    List<Edge> internalEdges() {
        Set<String> ids = inSet().stream().map(Node::id).collect(Collectors.toSet());
        return edges.stream().filter(e -> ids.contains(e.target())).toList();
    }

    /** Collects cables in input order and builds the graph. */
    static final class Builder {

        private final Map<String, Node> cables = new LinkedHashMap<>();
        private final Map<List<String>, List<String>> citations = new LinkedHashMap<>();
        private final List<String> duplicates = new ArrayList<>();
        private int otherRefs;

        /**
         * Adds a cable of the set. A cable whose id was already added is skipped and recorded
         * as a duplicate.
         *
         * @param file  where it was read from
         * @param cable the parsed cable
         * @return this builder
         */
        Builder add(Path file, Cable cable) {
            Optional<String> fromText = cable.referenceId().map(ReferenceId::id);
            String id = fromText.orElseGet(() -> stem(file));
            if (cables.containsKey(id)) {
                duplicates.add(file + " (" + id + ", already read from " + cables.get(id).file().orElseThrow() + ")");
                return this;
            }
            cables.put(id, new Node(id, true, fromText.isEmpty(), cable.subject().map(Subject::text),
                    cable.dateTimeGroup().flatMap(d -> d.instant()).map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC)),
                    cable.classification().map(Classification::level), Optional.of(file)));
            for (Reference ref : cable.references()) {
                if (ref.cableIds().isEmpty()) {
                    otherRefs++;
                    continue;
                }
                // an item may cite several cables (LIMA 1201 AND 1187): an edge to each
                for (String cited : ref.cableIds()) {
                    List<String> letters = citations.computeIfAbsent(List.of(id, cited), k -> new ArrayList<>());
                    ref.letter().ifPresent(letters::add);
                }
            }
            return this;
        }

        /**
         * @param internalOnly keep only the citations between cables of the set
         * @return the graph
         */
        Graph build(boolean internalOnly) {
            List<Node> nodes = new ArrayList<>(cables.values());
            Map<String, Node> outside = new TreeMap<>();
            List<Edge> edges = new ArrayList<>();
            for (Map.Entry<List<String>, List<String>> c : citations.entrySet()) {
                String target = c.getKey().get(1);
                if (!cables.containsKey(target)) {
                    if (internalOnly) {
                        continue;
                    }
                    outside.computeIfAbsent(target, Node::cited);
                }
                edges.add(new Edge(c.getKey().get(0), target, List.copyOf(c.getValue())));
            }
            nodes.addAll(outside.values());
            return new Graph(nodes, edges, duplicates, otherRefs);
        }

        private static String stem(Path file) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }
    }
}
