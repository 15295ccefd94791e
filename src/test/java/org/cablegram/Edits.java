package org.cablegram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.cablegram.internal.assemble.SideTable;
import org.cablegram.model.Addressee;
import org.cablegram.model.Break;
import org.cablegram.model.BreakKind;
import org.cablegram.model.Cable;
import org.cablegram.model.Classification;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.DateTimeGroup;
import org.cablegram.model.Distribution;
import org.cablegram.model.OfficeCopies;
import org.cablegram.model.Paragraph;
import org.cablegram.model.Precedence;
import org.cablegram.model.Reference;
import org.cablegram.model.Subject;
import org.cablegram.model.Tag;
import org.cablegram.model.Trailer;

/**
 * The edits the lossless-editing property makes on a parsed cable: for each element kind,
 * replacing, removing and adding an element, with values the parser reads back from their
 * canonical form (taken from a small donor telegram, or the element itself slightly changed).
 */
final class Edits {

    enum Op { REPLACE, REMOVE, ADD }

    /**
     * One edit of a parsed cable.
     *
     * @param kind    the cable component edited
     * @param op      what is done
     * @param target  the element of the original replaced or removed (for an addition, the one it
     *                follows), null when there is none
     * @param shared  whether that element shares a line with an element of another component
     * @param apply   makes the changed cable
     */
    record Edit(String kind, Op op, Object target, boolean shared, UnaryOperator<Cable> apply) {
    }

    /** A telegram whose parts serve as replacements and additions. */
    private static final String DONOR = """
            VZCZCXRO0001
            RR RUEHAG RUEHROV
            DE RUEHFR #0001/01 0011201
            ZNY CCCCC ZZH
            R 011201Z JAN 08
            FM AMEMBASSY PARIS
            TO RUEHC/SECSTATE WASHDC PRIORITY 1234
            INFO RUEHLO/AMEMBASSY LONDON PRIORITY 0567

            C O N F I D E N T I A L PARIS 000001

            SIPDIS

            DEPT FOR EUR/WE

            E.O. 12958: DECL: 12/31/2018
            TAGS: PREL FR
            SUBJECT: A SUBJECT FROM THE DONOR
            REF: STATE 12345

            Classified By: Ambassador John Doe for reasons 1.4 (b) and (d).

            1. (C) The donor's paragraph.

            DOE

            BT
            #0001

            NNNN
            """;

    static final Cable DONOR_CABLE = CableParser.create().parse(DONOR).cable();

    private Edits() {
    }

    /** Every edit this generator can make on the cable of a parse. */
    static List<Edit> candidates(ParseResult r) {
        Cable c = r.cable();
        Sharing sh = new Sharing(r);
        List<Edit> out = new ArrayList<>();
        Cable d = DONOR_CABLE;
        if (c.partialExtract()) {
            out.add(new Edit("partialExtract", Op.REMOVE, c, sh.shared(c), x -> x.toBuilder().partialExtract(false).build()));
        } else {
            out.add(new Edit("partialExtract", Op.ADD, null, false, x -> x.toBuilder().partialExtract(true).build()));
        }
        single(out, sh, "envelope", c.envelope().orElse(null), d.envelope().orElseThrow(),
                (x, v) -> x.toBuilder().envelope(Optional.ofNullable(v)).build());
        c.distribution().ifPresent(dist -> single(out, sh, "distribution", dist, recount(dist),
                (x, v) -> x.toBuilder().distribution(Optional.ofNullable(v)).build()));
        c.dateTimeGroup().ifPresent(dtg -> out.add(new Edit("dateTimeGroup", Op.REPLACE, dtg, sh.shared(dtg),
                x -> x.toBuilder().dateTimeGroup(otherPrecedence(dtg)).build())));
        single(out, sh, "from", c.from().orElse(null), "AMEMBASSY EDITVILLE",
                (x, v) -> x.toBuilder().from(Optional.ofNullable(v)).build());
        list(out, sh, "to", c.to(), List.of(d.to().get(0)), (x, v) -> x.toBuilder().to(v).build());
        list(out, sh, "info", c.info(), List.of(d.info().get(0)), (x, v) -> x.toBuilder().info(v).build());
        c.classification().ifPresent(k -> out.add(new Edit("classification", Op.REPLACE, k, sh.shared(k),
                x -> x.toBuilder().classification(otherLevel(k)).build())));
        list(out, sh, "passing", c.passing(), List.of(d.passing().get(0), "DEPT FOR NEA/ELA", "PASS TO USTR"),
                (x, v) -> x.toBuilder().passing(v).build());
        single(out, sh, "executiveOrder", c.executiveOrder().orElse(null), d.executiveOrder().orElseThrow(),
                (x, v) -> x.toBuilder().executiveOrder(Optional.ofNullable(v)).build());
        list(out, sh, "tags", c.tags(), List.of(Tag.of("KPAO"), Tag.of("PTER"), Tag.of("ECON")),
                (x, v) -> x.toBuilder().tags(v).build());
        for (String word : List.of(" EDITED", " REVISED", " AMENDED")) {
            single(out, sh, "subject", c.subject().orElse(null),
                    new Subject(c.subject().map(s -> (s.text() + word).strip()).orElse("AN ADDED SUBJECT" + word),
                            c.subject().flatMap(Subject::marking)),
                    (x, v) -> x.toBuilder().subject(Optional.ofNullable(v)).build());
        }
        references(out, sh, c);
        single(out, sh, "classifiedBy", c.classifiedBy().orElse(null), d.classifiedBy().orElseThrow(),
                (x, v) -> x.toBuilder().classifiedBy(Optional.ofNullable(v)).build());
        ParagraphEdits.add(out, sh, c);
        breaks(out, sh, c);
        list(out, sh, "signers", c.signers(), List.of("EDITOR", "REVISER", "AMENDER"),
                (x, v) -> x.toBuilder().signers(v).build());
        single(out, sh, "trailer", c.trailer().orElse(null), new Trailer(List.of("BT", "#0001", "NNNN")),
                (x, v) -> x.toBuilder().trailer(Optional.ofNullable(v)).build());
        for (int i = 0; i < c.unrecognized().size(); i++) {
            int k = i;
            out.add(new Edit("unrecognized", Op.REMOVE, c.unrecognized().get(i), sh.shared(c.unrecognized().get(i)),
                    x -> x.toBuilder().unrecognized(without(x.unrecognized(), k)).build()));
        }
        return out;
    }

    /** The edits of elements that share a line with another. */
    static List<Edit> sharedCandidates(List<Edit> candidates) {
        return candidates.stream().filter(Edit::shared).toList();
    }

    /** The edits of elements that share a line with another, of the cable of a parse. */
    static List<Edit> sharedCandidates(ParseResult r) {
        return sharedCandidates(candidates(r));
    }

    interface With<T> {
        Cable with(Cable c, T value);
    }

    private static <T> void single(List<Edit> out, Sharing sh, String kind, T present, T other, With<T> with) {
        if (present == null) {
            out.add(new Edit(kind, Op.ADD, null, false, x -> with.with(x, other)));
            return;
        }
        if (!present.equals(other)) {
            out.add(new Edit(kind, Op.REPLACE, present, sh.shared(present), x -> with.with(x, other)));
        }
        out.add(new Edit(kind, Op.REMOVE, present, sh.shared(present), x -> with.with(x, null)));
    }

    private static <T> void list(List<Edit> out, Sharing sh, String kind, List<T> items, List<T> others,
            With<List<T>> with) {
        T other = others.get(0);
        if (items.isEmpty()) {
            out.add(new Edit(kind, Op.ADD, null, false, x -> with.with(x, List.of(other))));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            int k = i;
            T e = items.get(i);
            for (T o : others) {
                if (!e.equals(o)) {
                    out.add(new Edit(kind, Op.REPLACE, e, sh.shared(e), x -> with.with(x, replaced(items, k, o))));
                }
            }
            out.add(new Edit(kind, Op.REMOVE, e, sh.shared(e), x -> with.with(x, without(items, k))));
            for (T o : others) {
                out.add(new Edit(kind, Op.ADD, e, sh.shared(e), x -> with.with(x, inserted(items, k + 1, o))));
            }
        }
    }

    private static void references(List<Edit> out, Sharing sh, Cable c) {
        for (String citation : List.of("STATE 12345", "STATE 23456", "STATE 34567")) {
            references(out, sh, c, Reference.of(citation, c));
        }
    }

    private static void references(List<Edit> out, Sharing sh, Cable c, Reference cited) {
        List<Reference> refs = c.references();
        if (refs.isEmpty()) {
            out.add(new Edit("references", Op.ADD, null, false, x -> x.toBuilder().references(List.of(cited)).build()));
            return;
        }
        // the parser reads the letters of a block from A on: a lettered block stays lettered so
        boolean lettered = refs.get(0).letter().isPresent();
        for (int i = 0; i < refs.size(); i++) {
            int k = i;
            Reference e = refs.get(i);
            Reference other = new Reference(e.letter(), cited.text(), cited.kind(), cited.cableId());
            if (!e.equals(other)) {
                out.add(new Edit("references", Op.REPLACE, e, sh.shared(e),
                        x -> x.toBuilder().references(replaced(refs, k, other)).build()));
            }
            out.add(new Edit("references", Op.REMOVE, e, sh.shared(e),
                    x -> x.toBuilder().references(lettered ? relettered(without(refs, k)) : without(refs, k)).build()));
        }
        Reference last = refs.get(refs.size() - 1);
        List<Reference> more = inserted(refs, refs.size(), cited);
        out.add(new Edit("references", Op.ADD, last, sh.shared(last),
                x -> x.toBuilder().references(lettered ? relettered(more) : more).build()));
    }

    /** The references lettered A, B, C... in order, as a REF block writes them. */
    private static List<Reference> relettered(List<Reference> refs) {
        List<Reference> out = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            Reference r = refs.get(i);
            out.add(new Reference(Optional.of(String.valueOf((char) ('A' + Math.min(i, 25)))), r.text(), r.kind(),
                    r.cableId()));
        }
        return out;
    }

    private static void breaks(List<Edit> out, Sharing sh, Cable c) {
        List<Break> bs = c.breaks();
        for (int i = 0; i < bs.size(); i++) {
            int k = i;
            Break b = bs.get(i);
            for (int by = 1; by <= 3; by++) {
                Break other = new Break(b.kind(), b.number() + by, b.total(), b.paragraph(), b.offset());
                out.add(new Edit("breaks", Op.REPLACE, b, sh.shared(b),
                        x -> x.toBuilder().breaks(replaced(bs, k, other)).build()));
            }
            out.add(new Edit("breaks", Op.REMOVE, b, sh.shared(b), x -> x.toBuilder().breaks(without(bs, k)).build()));
        }
        // a page line before a paragraph that has no break before it
        for (int j = 1; j < c.paragraphs().size(); j++) {
            int p = j;
            if (bs.stream().noneMatch(b -> b.paragraph() == p && b.offset() == 0)) {
                Break added = new Break(BreakKind.PAGE, 2, OptionalInt.empty(), p, 0);
                List<Break> more = new ArrayList<>(bs);
                int at = 0;
                while (at < more.size() && (more.get(at).paragraph() < p)) {
                    at++;
                }
                more.add(at, added);
                Paragraph before = c.paragraphs().get(p - 1);
                out.add(new Edit("breaks", Op.ADD, before, sh.shared(before), x -> x.toBuilder().breaks(more).build()));
                break;
            }
        }
    }

    private static Distribution recount(Distribution d) {
        List<OfficeCopies> info = new ArrayList<>(d.info());
        if (!info.isEmpty()) {
            OfficeCopies o = info.get(0);
            info.set(0, new OfficeCopies(o.office(), o.copies().equals("01") ? "02" : "01"));
        }
        return new Distribution(info.isEmpty() ? d.action().map(o -> new OfficeCopies(o.office(),
                o.copies().equals("01") ? "02" : "01")) : d.action(), info, d.totalCopies(), d.counters(), d.notes());
    }

    private static DateTimeGroup otherPrecedence(DateTimeGroup d) {
        Precedence p = d.precedence().orElse(Precedence.ROUTINE) == Precedence.PRIORITY ? Precedence.ROUTINE
                : Precedence.PRIORITY;
        return new DateTimeGroup(Optional.of(p), d.infoPrecedence(), d.text(), d.instant(), d.operatingSignals());
    }

    private static Classification otherLevel(Classification k) {
        ClassificationLevel l = k.level() == ClassificationLevel.SECRET ? ClassificationLevel.CONFIDENTIAL
                : ClassificationLevel.SECRET;
        return new Classification(l, k.efto(), k.caveats(), k.section(), k.origin(), k.serial(), k.captions());
    }

    static <T> List<T> replaced(List<T> l, int i, T v) {
        List<T> out = new ArrayList<>(l);
        out.set(i, v);
        return out;
    }

    static <T> List<T> without(List<T> l, int i) {
        List<T> out = new ArrayList<>(l);
        out.remove(i);
        return out;
    }

    static <T> List<T> inserted(List<T> l, int i, T v) {
        List<T> out = new ArrayList<>(l);
        out.add(i, v);
        return out;
    }

    /** Which elements share a line with an element of another component (or the same block). */
    static final class Sharing {
        private final Set<Object> shared = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<Object, String> kinds;

        Sharing(ParseResult r) {
            kinds = LineOwnershipTest.elements(r.cable());
            SideTable side = r.side();
            for (int line = 1; line <= side.rawLines().size(); line++) {
                List<Object> owners = side.ownersOf(line);
                Set<String> ks = new HashSet<>();
                for (Object o : owners) {
                    ks.add(kinds.getOrDefault(o, "?") + (isBlock(o) ? "" : "#" + System.identityHashCode(o)));
                }
                if (ks.size() > 1) {
                    shared.addAll(owners);
                }
            }
        }

        private static boolean isBlock(Object o) {
            return o instanceof Tag || o instanceof Reference;
        }

        boolean shared(Object element) {
            return element != null && shared.contains(element);
        }
    }
}
