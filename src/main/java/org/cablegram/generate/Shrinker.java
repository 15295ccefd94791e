package org.cablegram.generate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

import org.cablegram.model.Addressee;
import org.cablegram.model.Break;
import org.cablegram.model.BreakKind;
import org.cablegram.model.Cable;
import org.cablegram.model.Classification;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.ClassifiedBy;
import org.cablegram.model.DateTimeGroup;
import org.cablegram.model.Envelope;
import org.cablegram.model.ExecutiveOrder;
import org.cablegram.model.Paragraph;
import org.cablegram.model.Reference;
import org.cablegram.model.ReferenceId;
import org.cablegram.model.SectionCount;
import org.cablegram.model.Subject;
import org.cablegram.model.Tag;
import org.cablegram.model.Trailer;

/** Size measure and shrink candidates of cables. */
final class Shrinker {

    private Shrinker() {
    }

    // ------------------------------------------------------------------------ size

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    static long size(Object o) {
        if (o == null) {
            return 0;
        }
        if (o instanceof CharSequence s) {
            return s.length();
        }
        if (o instanceof Optional<?> opt) {
            return opt.isPresent() ? 1 + size(opt.get()) : 0;
        }
        if (o instanceof OptionalInt oi) {
            return oi.isPresent() ? 1 : 0;
        }
        if (o instanceof Collection<?> c) {
            long n = 0;
            for (Object e : c) {
                n += 1 + size(e);
            }
            return n;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Record r) {
            long n = 0;
            for (RecordComponent rc : COMPONENTS.get(r.getClass())) {
                try {
                    n += size(rc.getAccessor().invoke(r));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + rc, e);
                }
            }
            return n;
        }
        return 0;
    }

    // ------------------------------------------------------------------------ editing

    /** A mutable copy of a cable's parts. */
    private static final class Edit {
        Optional<ReferenceId> referenceId;
        boolean partialExtract;
        Optional<Envelope> envelope;
        Optional<org.cablegram.model.Distribution> distribution;
        Optional<DateTimeGroup> dtg;
        Optional<String> from;
        List<Addressee> to;
        List<Addressee> info;
        Optional<Classification> classification;
        List<String> passing;
        Optional<ExecutiveOrder> eo;
        List<Tag> tags;
        Optional<Subject> subject;
        List<Reference> references;
        Optional<ClassifiedBy> classifiedBy;
        List<Paragraph> paragraphs;
        List<Break> breaks;
        Optional<String> summary;
        List<String> comments;
        List<String> signers;
        Optional<Trailer> trailer;
        List<org.cablegram.model.Unrecognized> unrecognized;

        Edit(Cable c) {
            referenceId = c.referenceId();
            partialExtract = c.partialExtract();
            envelope = c.envelope();
            distribution = c.distribution();
            dtg = c.dateTimeGroup();
            from = c.from();
            to = new ArrayList<>(c.to());
            info = new ArrayList<>(c.info());
            classification = c.classification();
            passing = new ArrayList<>(c.passing());
            eo = c.executiveOrder();
            tags = new ArrayList<>(c.tags());
            subject = c.subject();
            references = new ArrayList<>(c.references());
            classifiedBy = c.classifiedBy();
            paragraphs = new ArrayList<>(c.paragraphs());
            breaks = new ArrayList<>(c.breaks());
            summary = c.summary();
            comments = new ArrayList<>(c.comments());
            signers = new ArrayList<>(c.signers());
            trailer = c.trailer();
            unrecognized = new ArrayList<>(c.unrecognized());
        }

        Cable build() {
            Optional<ReferenceId> id = referenceId;
            Optional<Integer> year = dtg.flatMap(DateTimeGroup::instant).map(i -> i.atZone(ZoneOffset.UTC).getYear());
            Optional<String> origin = classification.flatMap(Classification::origin);
            Optional<String> serial = classification.flatMap(Classification::serial);
            if (year.isPresent() && origin.isPresent() && serial.isPresent()) {
                id = Optional.of(ReferenceId.of(year.get(), origin.get(), serial.get()));
            }
            return new Cable(id, partialExtract, envelope, distribution, dtg, from, to, info, classification, passing,
                    eo, tags, subject, references, classifiedBy, paragraphs, breaks, summary, comments, signers,
                    trailer, unrecognized);
        }
    }

    // ------------------------------------------------------------------------ candidates

    static List<Cable> shrink(Cable c) {
        long size = size(c);
        List<Cable> out = new ArrayList<>();
        java.util.Set<Cable> seen = new java.util.HashSet<>();
        java.util.function.Consumer<Edit> add = e -> {
            Cable x = e.build();
            if (size(x) < size && seen.add(x)) {
                out.add(x);
            }
        };
        int n = c.paragraphs().size();

        // big cuts first
        if (c.envelope().isPresent()) {
            Edit e = new Edit(c);
            e.envelope = Optional.empty();
            add.accept(e);
        }
        if (n > 1) {
            add.accept(keepParagraphs(c, List.of(0)));
            List<Integer> half = new ArrayList<>();
            for (int i = 0; i < (n + 1) / 2; i++) {
                half.add(i);
            }
            add.accept(keepParagraphs(c, half));
        }
        if (!c.breaks().isEmpty() || c.classification().flatMap(Classification::section).isPresent()) {
            add.accept(resection(new Edit(c), new TreeSet<>(), false));
        }
        if (c.trailer().isPresent()) {
            Edit e = new Edit(c);
            e.trailer = Optional.empty();
            add.accept(e);
        }
        if (!c.info().isEmpty()) {
            Edit e = new Edit(c);
            e.info.clear();
            add.accept(e);
        }
        if (!c.references().isEmpty()) {
            Edit e = new Edit(c);
            e.references.clear();
            add.accept(e);
        }
        if (c.tags().size() > 1) {
            Edit e = new Edit(c);
            e.tags = new ArrayList<>(c.tags().subList(0, 1));
            add.accept(e);
        }
        if (!c.signers().isEmpty()) {
            Edit e = new Edit(c);
            e.signers.clear();
            add.accept(e);
        }
        if (c.classifiedBy().isPresent()) {
            Edit e = new Edit(c);
            e.classifiedBy = Optional.empty();
            add.accept(e);
        }
        if (c.executiveOrder().isPresent()) {
            Edit e = new Edit(c);
            e.eo = Optional.empty();
            add.accept(e);
        }
        if (!c.passing().isEmpty()) {
            Edit e = new Edit(c);
            e.passing.clear();
            add.accept(e);
        }
        c.classification().ifPresent(k -> {
            if (!k.captions().isEmpty()) {
                Edit e = new Edit(c);
                e.classification = Optional.of(new Classification(k.level(), k.efto(), k.caveats(), k.section(),
                        k.origin(), k.serial(), List.of()));
                add.accept(e);
            }
            if (k.efto() || !k.caveats().isEmpty()) {
                Edit e = new Edit(c);
                e.classification = Optional.of(new Classification(k.level(), false, List.of(), k.section(),
                        k.origin(), k.serial(), k.captions()));
                e.envelope = c.envelope().map(env -> withSecurity(env, k.level()));
                add.accept(e);
            }
        });

        // one element less
        for (int i = 0; n > 1 && i < n && i < 40; i++) {
            List<Integer> keep = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    keep.add(j);
                }
            }
            add.accept(keepParagraphs(c, keep));
        }
        for (int i = 0; c.references().size() > 1 && i < c.references().size(); i++) {
            Edit e = new Edit(c);
            e.references.remove(i);
            e.references = reletter(e.references);
            add.accept(e);
        }
        for (int i = 0; c.info().size() > 1 && i < c.info().size(); i++) {
            Edit e = new Edit(c);
            e.info.remove(i);
            add.accept(e);
        }
        for (int i = 1; i < c.to().size(); i++) {
            Edit e = new Edit(c);
            e.to.remove(i);
            add.accept(e);
        }
        for (int i = 0; c.tags().size() > 1 && i < c.tags().size(); i++) {
            Edit e = new Edit(c);
            e.tags.remove(i);
            add.accept(e);
        }

        // simpler parts
        addresseeCandidates(c, add);
        c.subject().ifPresent(s -> {
            if (s.marking().isPresent()) {
                Edit e = new Edit(c);
                e.subject = Optional.of(new Subject(s.text(), Optional.empty()));
                add.accept(e);
            }
            int cut = s.text().lastIndexOf(' ');
            if (cut > 0) {
                Edit e = new Edit(c);
                String t = s.text().substring(0, cut).replaceAll("[:;,\\s]+$", "");
                if (!t.isEmpty()) {
                    e.subject = Optional.of(new Subject(t, s.marking()));
                    add.accept(e);
                }
            }
        });
        c.dateTimeGroup().ifPresent(d -> {
            if (d.infoPrecedence().isPresent() || !d.operatingSignals().isEmpty()) {
                Edit e = new Edit(c);
                e.dtg = Optional.of(new DateTimeGroup(d.precedence(), Optional.empty(), d.text(), d.instant(),
                        List.of()));
                add.accept(e);
            }
        });
        c.envelope().ifPresent(env -> {
            if (env.routingIndicators().size() > 1 || env.transmissionSection().isPresent()) {
                Edit e = new Edit(c);
                e.envelope = Optional.of(new Envelope(env.startOfMessage(), env.channel(), env.sequence(),
                        env.transmissionPrecedence(),
                        env.routingIndicators().isEmpty() ? List.of() : env.routingIndicators().subList(0, 1),
                        env.originatingStation(), env.stationSerial(), Optional.empty(), env.filingDayOfYear(),
                        env.filingTime(), env.securityProsign(), env.securityLevel(), env.operatingSignals()));
                add.accept(e);
            }
        });
        blockCandidates(c, add);
        for (int i = 0; i < n && i < 40; i++) {
            Paragraph p = c.paragraphs().get(i);
            if (p.heading().isPresent()) {
                Edit e = new Edit(c);
                e.paragraphs.set(i, new Paragraph(p.number(), p.marking(), Optional.empty(), p.text()));
                add.accept(e);
            }
            if (!holdsBlock(c, i)) {
                List<String> s = sentences(p.text());
                if (s.size() > 1) {
                    Edit e = new Edit(c);
                    e.paragraphs.set(i, new Paragraph(p.number(), p.marking(), p.heading(),
                            String.join(" ", s.subList(0, s.size() - 1))));
                    add.accept(e);
                }
            }
        }
        return out;
    }

    private static Envelope withSecurity(Envelope env, ClassificationLevel level) {
        boolean znr = level == ClassificationLevel.UNCLASSIFIED || level == ClassificationLevel.LIMITED_OFFICIAL_USE;
        ClassificationLevel l = level == ClassificationLevel.LIMITED_OFFICIAL_USE ? ClassificationLevel.UNCLASSIFIED
                : level;
        return new Envelope(env.startOfMessage(), env.channel(), env.sequence(), env.transmissionPrecedence(),
                env.routingIndicators(), env.originatingStation(), env.stationSerial(), env.transmissionSection(),
                env.filingDayOfYear(), env.filingTime(), Optional.of(znr ? "ZNR" : "ZNY"), Optional.of(l),
                env.operatingSignals());
    }

    private static void addresseeCandidates(Cable c, java.util.function.Consumer<Edit> add) {
        List<java.util.function.UnaryOperator<Addressee>> simplifications = List.of(
            a -> new Addressee(Optional.empty(), a.name(), a.precedence(), a.serial(), a.exempted()),
            a -> new Addressee(a.routingIndicator(), a.name(), Optional.empty(), a.serial(), a.exempted()),
            a -> new Addressee(a.routingIndicator(), a.name(), a.precedence(),
                    a.serial().map(s -> s.contains("-") ? s.substring(0, s.indexOf('-')) : s), a.exempted()),
            a -> new Addressee(a.routingIndicator(), a.name(), a.precedence(), Optional.empty(), a.exempted()));
        for (var f : simplifications) {
            Edit e = new Edit(c);
            e.to.replaceAll(f);
            e.info.replaceAll(f);
            add.accept(e);
        }
    }

    /** Unwraps or shortens the summary and comment blocks. */
    private static void blockCandidates(Cable c, java.util.function.Consumer<Edit> add) {
        List<String> blocks = new ArrayList<>();
        c.summary().ifPresent(blocks::add);
        blocks.addAll(c.comments());
        for (int b = 0; b < blocks.size(); b++) {
            String block = blocks.get(b);
            boolean isSummary = b == 0 && c.summary().isPresent();
            int p = paragraphHolding(c, block, isSummary);
            if (p < 0) {
                continue;
            }
            Paragraph para = c.paragraphs().get(p);
            // unwrap: the paragraph keeps only the block's text
            Edit e = new Edit(c);
            e.paragraphs.set(p, new Paragraph(para.number(), para.marking(), para.heading(), block));
            if (isSummary) {
                e.summary = Optional.empty();
            } else {
                e.comments.remove(block);
            }
            add.accept(e);
            // shorten: one sentence less inside the block
            List<String> s = sentences(block);
            if (s.size() > 1) {
                String shorter = String.join(" ", s.subList(0, s.size() - 1));
                int at = para.text().indexOf(block);
                String text = para.text().substring(0, at) + shorter + para.text().substring(at + block.length());
                Edit f = new Edit(c);
                f.paragraphs.set(p, new Paragraph(para.number(), para.marking(), para.heading(), text));
                if (isSummary) {
                    f.summary = Optional.of(shorter);
                } else {
                    f.comments.set(f.comments.indexOf(block), shorter);
                }
                add.accept(f);
            }
        }
    }

    /** The paragraph holding a block: it opens with the block's word and contains its text. */
    private static int paragraphHolding(Cable c, String block, boolean summary) {
        String word = summary ? "SUMMARY" : "COMMENT";
        for (int i = 0; i < c.paragraphs().size(); i++) {
            String t = c.paragraphs().get(i).text();
            if (!t.equals(block) && t.regionMatches(true, 0, word, 0, word.length()) && t.contains(block)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean holdsBlock(Cable c, int paragraph) {
        if (c.summary().isPresent() && paragraphHolding(c, c.summary().get(), true) == paragraph) {
            return true;
        }
        for (String x : c.comments()) {
            if (paragraphHolding(c, x, false) == paragraph) {
                return true;
            }
        }
        return false;
    }

    static List<String> sentences(String text) {
        return List.of(text.split("(?<=[.!?])\\s+(?=[A-Z\"])"));
    }

    private static List<Reference> reletter(List<Reference> refs) {
        List<Reference> out = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            Reference r = refs.get(i);
            Optional<String> letter = refs.size() > 1 ? Optional.of(String.valueOf((char) ('A' + i))) : Optional.empty();
            out.add(new Reference(letter, r.text(), r.kind(), r.cableIds()));
        }
        return out;
    }

    /** Keeps the given paragraphs (indices in order), renumbered, with breaks and blocks to match. */
    private static Edit keepParagraphs(Cable c, List<Integer> keep) {
        Edit e = new Edit(c);
        int n = c.paragraphs().size();
        int[] map = new int[n + 1];
        java.util.Arrays.fill(map, -1);
        List<Paragraph> ps = new ArrayList<>();
        for (int k = 0; k < keep.size(); k++) {
            int i = keep.get(k);
            map[i] = k;
            Paragraph p = c.paragraphs().get(i);
            Optional<String> heading = k == 0 ? Optional.empty() : p.heading();
            ps.add(new Paragraph(p.number().isPresent() ? OptionalInt.of(k + 1) : OptionalInt.empty(), p.marking(),
                    heading, p.text()));
        }
        e.paragraphs = ps;
        // the break before paragraph i moves to the first kept paragraph at or after i
        TreeSet<Integer> starts = new TreeSet<>();
        boolean firstMark = false;
        for (Break b : c.breaks()) {
            if (b.kind() != BreakKind.SECTION) {
                continue;
            }
            if (b.number() == 1 && b.paragraph() == 0) {
                firstMark = true;
                continue;
            }
            int at = -1;
            for (int i = b.paragraph(); i < n; i++) {
                if (map[i] >= 0) {
                    at = map[i];
                    break;
                }
            }
            if (at > 0) {
                starts.add(at);
            }
        }
        if (c.summary().isPresent()) {
            int at = paragraphHolding(c, c.summary().get(), true);
            if (at < 0 || map[at] < 0) {
                e.summary = Optional.empty();
            }
        }
        e.comments.removeIf(x -> {
            int at = paragraphHolding(c, x, false);
            return at < 0 || map[at] < 0;
        });
        return resection(e, starts, firstMark);
    }

    /** Sets the section breaks: sections start at the given paragraphs (none: one section). */
    private static Edit resection(Edit e, TreeSet<Integer> starts, boolean firstMark) {
        List<Break> breaks = new ArrayList<>();
        for (Break b : e.breaks) {
            if (b.kind() != BreakKind.SECTION) {
                breaks.add(b);
            }
        }
        int m = starts.size() + 1;
        Optional<SectionCount> section = Optional.empty();
        if (m > 1) {
            section = Optional.of(new SectionCount(1, m));
            if (firstMark) {
                breaks.add(new Break(BreakKind.SECTION, 1, OptionalInt.of(m), 0, 0));
            }
            int k = 2;
            for (int at : starts) {
                breaks.add(new Break(BreakKind.SECTION, k++, OptionalInt.of(m), at, 0));
            }
        }
        e.breaks = breaks;
        Optional<SectionCount> s = section;
        e.classification = e.classification.map(k -> new Classification(k.level(), k.efto(), k.caveats(), s,
                k.origin(), k.serial(), k.captions()));
        return e;
    }
}
