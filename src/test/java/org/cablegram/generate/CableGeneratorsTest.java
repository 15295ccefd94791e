package org.cablegram.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.cablegram.CableParser;
import org.cablegram.model.Addressee;
import org.cablegram.model.Break;
import org.cablegram.model.BreakKind;
import org.cablegram.model.Cable;
import org.cablegram.model.Classification;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.DateTimeGroup;
import org.cablegram.model.Envelope;
import org.cablegram.model.ExecutiveOrder;
import org.cablegram.model.Paragraph;
import org.cablegram.model.Precedence;
import org.cablegram.model.Reference;
import org.cablegram.model.ReferenceId;
import org.cablegram.model.ReferenceKind;
import org.cablegram.model.Tag;
import org.cablegram.model.TagKind;
import org.junit.jupiter.api.Test;

/** Determinism, internal consistency and knobs of the generators, and their parts. */
class CableGeneratorsTest {

    static final int SEEDS = Integer.getInteger("QT_EXAMPLES", 200) * 2;

    // ------------------------------------------------------------------------ determinism

    @Test
    void sameSeedGivesTheSameCableAndText() {
        for (long seed = 0; seed < 50; seed++) {
            assertEquals(CableGenerators.cable(seed), CableGenerators.cable(seed));
            assertEquals(CableGenerators.cable(seed), CableGenerators.cable(CableGenerators.random(seed)));
            assertEquals(TelegramTexts.telegram(seed), TelegramTexts.telegram(seed));
            assertEquals(TelegramTexts.text(CableGenerators.cable(seed), CableGenerators.random(9)),
                    TelegramTexts.text(CableGenerators.cable(seed), CableGenerators.random(9)));
        }
    }

    @Test
    void aSeedIsStableAcrossRuns() {
        // SplittableRandom's sequence is specified: these values must never change
        Cable c = CableGenerators.cable(2256);
        assertEquals(c, CableGenerators.cable(new java.util.SplittableRandom(2256)));
        assertEquals(TelegramTexts.text(c), TelegramTexts.text(CableGenerators.cable(2256)));
    }

    @Test
    void differentSeedsGiveDifferentCables() {
        Set<Cable> seen = new HashSet<>();
        for (long seed = 0; seed < 100; seed++) {
            seen.add(CableGenerators.cable(seed));
        }
        assertEquals(100, seen.size());
    }

    // ------------------------------------------------------------------------ consistency

    static final Set<String> LINE_BREAKS = Set.of("\n", "\r", "\u2028");

    static void allStrings(Object o, List<String> out) {
        if (o instanceof String s) {
            out.add(s);
        } else if (o instanceof Optional<?> opt) {
            opt.ifPresent(v -> allStrings(v, out));
        } else if (o instanceof java.util.Collection<?> c) {
            c.forEach(v -> allStrings(v, out));
        } else if (o instanceof Record r) {
            for (var rc : r.getClass().getRecordComponents()) {
                try {
                    allStrings(rc.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    static int rank(String marking) {
        String level = marking.split("/")[0];
        switch (level) {
            case "U":
            case "SBU":
                return 0;
            case "LOU":
                return 1;
            case "C":
                return 2;
            case "S":
                return 3;
            default:
                return 4;
        }
    }

    /** Every consistency rule the generator promises. */
    static void assertConsistent(Cable c) {
        String where = TelegramTexts.text(c);
        DateTimeGroup dtg = c.dateTimeGroup().orElseThrow();
        LocalDateTime when = LocalDateTime.ofInstant(dtg.instant().orElseThrow(), ZoneOffset.UTC);
        int year = when.getYear();
        Era era = Era.of(year);
        assertTrue(year >= era.firstYear() && year <= era.lastYear(), where);
        assertEquals(0, when.getSecond());
        assertTrue(dtg.text().matches("\\d{6}Z [A-Z]{3} \\d{2}"), dtg.text());
        assertEquals(String.format("%02d%02d%02dZ", when.getDayOfMonth(), when.getHour(), when.getMinute()),
                dtg.text().substring(0, 7));
        assertEquals(year % 100, Integer.parseInt(dtg.text().substring(12)));
        Classification k = c.classification().orElseThrow();
        assertEquals(Optional.of(ReferenceId.of(year, k.origin().orElseThrow(), k.serial().orElseThrow())),
                c.referenceId(), where);
        assertTrue(k.serial().orElseThrow().matches("\\d{3,6}"));

        // envelope
        if (c.envelope().isPresent()) {
            Envelope e = c.envelope().get();
            assertEquals(when.getDayOfYear(), e.filingDayOfYear().getAsInt());
            assertEquals(when.toLocalTime(), e.filingTime().orElseThrow());
            String digits = k.serial().orElseThrow();
            assertEquals(String.format("%04d", Long.parseLong(digits) % 10_000), e.stationSerial().orElseThrow());
            ClassificationLevel expected = k.level() == ClassificationLevel.LIMITED_OFFICIAL_USE
                    ? ClassificationLevel.UNCLASSIFIED : k.level();
            assertEquals(expected, e.securityLevel().orElseThrow());
            boolean znr = k.level() == ClassificationLevel.LIMITED_OFFICIAL_USE
                    || k.level() == ClassificationLevel.UNCLASSIFIED && !k.efto();
            assertEquals(znr ? "ZNR" : "ZNY", e.securityProsign().orElseThrow());
            assertEquals(Drafter.highest(dtg.precedence().orElseThrow(), dtg.infoPrecedence()),
                    e.transmissionPrecedence().orElseThrow());
            assertTrue(e.startOfMessage().orElseThrow().matches("VZCZC(XRO|XYZ)\\d{4}"));
            e.routingIndicators().forEach(ri -> assertTrue(ri.matches("R[A-Z]{3,7}"), ri));
        } else {
            assertTrue(era == Era.SEVENTIES || c.to().stream().allMatch(a -> a.routingIndicator().isEmpty()));
        }

        // addressees
        assertFalse(c.to().isEmpty());
        Set<String> names = new HashSet<>();
        for (Addressee a : concat(c.to(), c.info())) {
            assertTrue(names.add(a.name()), "duplicate addressee " + a.name());
            a.serial().ifPresent(s -> assertTrue(s.matches("\\d{4}(-\\d{4})?"), s));
            a.routingIndicator().ifPresent(ri -> assertTrue(ri.matches("R[A-Z]{3,7}"), ri));
        }
        assertFalse(names.contains(c.from().orElseThrow()));

        // paragraphs and markings
        List<Paragraph> ps = c.paragraphs();
        int top = k.level().ordinal(); // the levels in order have the ranks of their markings
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            assertEquals(i + 1, p.number().getAsInt());
            p.marking().ifPresent(m -> assertTrue(rank(m) <= top, m + " above " + k.level()));
            assertTrue(era == Era.TWO_THOUSANDS || p.marking().isEmpty());
            assertTrue(p.text().endsWith("."));
            assertTrue(i > 0 || p.heading().isEmpty());
            if (era == Era.SEVENTIES) {
                assertEquals(p.text().toUpperCase(Locale.ROOT), p.text());
            }
        }

        // sections
        int total = k.section().map(s -> s.total()).orElse(1);
        assertEquals(1, k.section().map(s -> s.number()).orElse(1));
        int expectedNumber = 2;
        int lastAt = 0;
        for (Break b : c.breaks()) {
            assertEquals(BreakKind.SECTION, b.kind());
            assertEquals(total, b.total().getAsInt());
            assertEquals(0, b.offset());
            if (b.number() == 1) {
                assertEquals(0, b.paragraph());
                continue;
            }
            assertEquals(expectedNumber++, b.number());
            assertTrue(b.paragraph() > lastAt && b.paragraph() < ps.size());
            lastAt = b.paragraph();
        }
        assertEquals(total, expectedNumber - 1);

        // blocks
        c.summary().ifPresent(s -> {
            String t = ps.get(0).text();
            boolean closed = t.endsWith(" " + s + " END SUMMARY.") || t.endsWith(" " + s + " End summary.")
                    || t.endsWith(" " + s + " End Summary.");
            assertTrue(t.toUpperCase(Locale.ROOT).startsWith("SUMMARY") && closed, t);
        });
        for (String x : c.comments()) {
            String t = ps.get(ps.size() - 1).text();
            assertTrue(t.toUpperCase(Locale.ROOT).startsWith("COMMENT:") && t.contains(" " + x + " "), t);
        }

        // header
        Set<String> codes = new HashSet<>();
        for (Tag t : c.tags()) {
            assertTrue(codes.add(t.code()));
            switch (t.kind()) {
                case PROGRAM -> assertTrue(t.code().matches("K[A-Z]{3}"));
                case COUNTRY -> assertTrue(t.code().matches("[A-Z]{2}"));
                case PERSON -> assertTrue(t.code().matches("OVIP \\([A-Z]+, [A-Z]+\\)"));
                case SUBJECT, ORGANIZATION -> assertTrue(t.code().matches("[A-Z]{2,8}"));
                default -> throw new AssertionError("unknown kind " + t);
            }
        }
        assertTrue(c.tags().stream().anyMatch(t -> t.kind() == TagKind.SUBJECT));
        List<Reference> refs = c.references();
        for (int i = 0; i < refs.size(); i++) {
            Reference r = refs.get(i);
            assertEquals(refs.size() > 1 ? Optional.of(String.valueOf((char) ('A' + i))) : Optional.empty(), r.letter());
            assertEquals(r.kind() == ReferenceKind.CABLE, r.cableId().isPresent());
            r.cableId().ifPresent(id -> assertTrue(id.matches("\\d{2}[A-Z]+\\d+"), id));
        }
        ExecutiveOrder eo = c.executiveOrder().orElseThrow();
        boolean classified = k.level().compareTo(ClassificationLevel.CONFIDENTIAL) >= 0;
        assertEquals(!classified, eo.notApplicable());
        assertTrue(era == Era.SEVENTIES ? Set.of("11652", "12065").contains(eo.order().orElseThrow())
                : eo.order().orElseThrow().equals("12958"));
        eo.declassifyOn().ifPresent(d -> assertTrue(d.isAfter(when.toLocalDate())));
        c.classifiedBy().ifPresent(cb -> {
            assertTrue(classified && era == Era.TWO_THOUSANDS);
            String section = year <= 2003 ? "1.5" : "1.4";
            cb.reasons().forEach(x -> assertTrue(x.matches(section.replace(".", "\\.") + "\\([a-h]\\)"), x));
        });
        c.signers().forEach(s -> assertTrue(s.matches("[A-Z]{2,}"), s));
        c.trailer().ifPresent(t -> assertFalse(t.lines().isEmpty()));
        assertTrue(c.unrecognized().isEmpty() && c.distribution().isEmpty() && !c.partialExtract());

        // one-line fields: no line breaks anywhere
        List<String> strings = new ArrayList<>();
        allStrings(c, strings);
        for (String s : strings) {
            for (String nl : LINE_BREAKS) {
                assertFalse(s.contains(nl), "line break in " + s);
            }
            assertEquals(s.strip(), s, "blank at the edge of '" + s + "'");
        }
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void generatedCablesAreInternallyConsistent() {
        for (long seed = 0; seed < SEEDS; seed++) {
            assertConsistent(CableGenerators.cable(seed));
        }
    }

    @Test
    void richAndPoorCablesAreInternallyConsistent() {
        CableGenerators.Options rich = CableGenerators.Options.builder().envelope(Presence.ALWAYS)
                .summary(Presence.ALWAYS).comment(Presence.ALWAYS).headings(Presence.ALWAYS)
                .sections(Presence.ALWAYS).trailer(Presence.ALWAYS).paragraphs(2, 30).build();
        CableGenerators.Options poor = CableGenerators.Options.builder().envelope(Presence.NEVER)
                .summary(Presence.NEVER).comment(Presence.NEVER).headings(Presence.NEVER).sections(Presence.NEVER)
                .signature(Presence.NEVER).paragraphs(1, 1).maxAddressees(1).maxTags(1).maxReferences(0).build();
        for (long seed = 0; seed < SEEDS / 2; seed++) {
            assertConsistent(CableGenerators.cable(seed, rich));
            assertConsistent(CableGenerators.cable(seed, poor));
        }
    }

    // ------------------------------------------------------------------------ knobs

    @Test
    void seventiesLookLikeNaraTelegrams() {
        CableGenerators.Options o = CableGenerators.Options.builder().era(Era.SEVENTIES).build();
        for (long seed = 0; seed < 100; seed++) {
            Cable c = CableGenerators.cable(seed, o);
            String text = TelegramTexts.text(c);
            assertTrue(c.envelope().isEmpty());
            assertTrue(c.to().stream().allMatch(a -> a.routingIndicator().isEmpty()));
            assertTrue(text.matches("(?s)[ZOPR]( [ZOPR])? \\d{6}Z [A-Z]{3} 7[3-9]( ZDK)?\n.*"), text);
            assertEquals(text.toUpperCase(Locale.ROOT), text);
            assertTrue(text.contains("\nE.O. 11652: ") || text.contains("\nE.O. 12065: "), text);
            assertFalse(text.contains("C O N F"));
            assertTrue(c.paragraphs().stream().allMatch(p -> p.marking().isEmpty()));
            String body = text.substring(text.indexOf("\n1. ") + 1);
            // about 60 columns; a little more where the next word may not start a line (END, SECRET...)
            assertTrue(body.lines().allMatch(l -> l.length() <= 80 || !l.contains(" ")), text);
        }
    }

    @Test
    void twoThousandsLookLikeCablegateTelegrams() {
        CableGenerators.Options o = CableGenerators.Options.builder().era(Era.TWO_THOUSANDS)
                .envelope(Presence.ALWAYS).level(ClassificationLevel.CONFIDENTIAL).sections(Presence.ALWAYS)
                .paragraphs(3, 6).build();
        for (long seed = 0; seed < 100; seed++) {
            Cable c = CableGenerators.cable(seed, o);
            String text = TelegramTexts.text(c);
            Classification k = c.classification().orElseThrow();
            assertTrue(text.startsWith("VZCZC"), text);
            assertTrue(text.contains("\nDE R"), text);
            assertTrue(text.contains("\nZNY CCCCC ZZH\n"), text);
            assertTrue(text.contains("\nC O N F I D E N T I A L SECTION 01 OF 0") || text.contains("CONFIDENTIAL//"),
                    text);
            assertTrue(text.contains("\nE.O. 12958: DECL: "), text);
            int total = k.section().orElseThrow().total();
            String mark = String.format("%s %08d 002 OF %03d", k.origin().orElseThrow(),
                    Long.parseLong(k.serial().orElseThrow()), total);
            assertTrue(text.contains("\n" + mark + "\n"), mark + " in\n" + text);
            assertTrue(c.paragraphs().stream().allMatch(p -> p.marking().isPresent()));
        }
    }

    @Test
    void knobsAreHonoured() {
        CableGenerators.Options o = CableGenerators.Options.builder().envelope(Presence.NEVER)
                .level(ClassificationLevel.SECRET).paragraphs(3, 5).sentences(2, 2).maxAddressees(2).maxTags(2)
                .maxReferences(0).summary(Presence.ALWAYS).comment(Presence.ALWAYS).headings(Presence.NEVER)
                .sections(Presence.NEVER).signature(Presence.NEVER).trailer(Presence.ALWAYS).build();
        for (long seed = 0; seed < 100; seed++) {
            Cable c = CableGenerators.cable(seed, o);
            assertTrue(c.envelope().isEmpty());
            assertEquals(ClassificationLevel.SECRET, c.classification().orElseThrow().level());
            assertTrue(c.paragraphs().size() >= 3 && c.paragraphs().size() <= 5);
            assertTrue(c.to().size() + c.info().size() <= 2);
            assertTrue(c.tags().size() <= 2);
            assertTrue(c.references().isEmpty());
            assertTrue(c.summary().isPresent());
            assertEquals(1, c.comments().size());
            assertTrue(c.paragraphs().stream().allMatch(p -> p.heading().isEmpty()));
            assertTrue(c.breaks().isEmpty() && c.classification().orElseThrow().section().isEmpty());
            assertTrue(c.signers().isEmpty());
            assertTrue(c.trailer().isPresent());
            Paragraph middle = c.paragraphs().get(1);
            assertEquals(2, Shrinker.sentences(middle.text()).size(), middle.text());
        }
        for (long seed = 0; seed < 50; seed++) {
            Cable c = CableGenerators.cable(seed, o.toBuilder().envelope(Presence.ALWAYS).era(Era.SEVENTIES).build());
            assertTrue(c.envelope().isPresent(), "ALWAYS gives 1970s cables an envelope too");
        }
    }

    @Test
    void badOptionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CableGenerators.Options.builder().paragraphs(0, 3).build());
        assertThrows(IllegalArgumentException.class, () -> CableGenerators.Options.builder().paragraphs(4, 3).build());
        assertThrows(IllegalArgumentException.class, () -> CableGenerators.Options.builder().paragraphs(1, 100).build());
        assertThrows(IllegalArgumentException.class, () -> CableGenerators.Options.builder().sentences(0, 1).build());
        assertThrows(IllegalArgumentException.class, () -> CableGenerators.Options.builder().maxTags(0).build());
        assertThrows(IllegalArgumentException.class, () -> CableGenerators.Options.builder().maxReferences(-1).build());
        assertThrows(IllegalArgumentException.class, () -> CableGenerators.Options.builder().levels(Set.of()).build());
        assertEquals(CableGenerators.Options.defaults(), CableGenerators.Options.defaults().toBuilder().build());
        assertEquals(List.of(Era.SEVENTIES, Era.TWO_THOUSANDS), List.copyOf(CableGenerators.Options.defaults().eras()));
    }

    // ------------------------------------------------------------------------ parts

    @Test
    void partsAreValidOnTheirOwn() {
        CableParser parser = CableParser.create();
        for (long seed = 0; seed < 200; seed++) {
            RandomGenerator r = CableGenerators.random(seed);
            Era era = seed % 2 == 0 ? Era.SEVENTIES : Era.TWO_THOUSANDS;

            DateTimeGroup d = CableGenerators.dateTimeGroup(r, era);
            int year = d.instant().orElseThrow().atZone(ZoneOffset.UTC).getYear();
            assertTrue(year >= era.firstYear() && year <= era.lastYear());
            assertTrue(CableGenerators.routingIndicator(r).matches("R[A-Z]{3,7}"));
            assertFalse(CableGenerators.plainLanguageAddress(r).isBlank());
            Addressee a = CableGenerators.addressee(r);
            a.serial().ifPresent(s -> assertTrue(s.matches("\\d{4}(-\\d{4})?"), s));

            Classification k = CableGenerators.classification(r, era, ClassificationLevel.CONFIDENTIAL);
            assertEquals(ClassificationLevel.CONFIDENTIAL, k.level());
            Envelope e = CableGenerators.envelope(r, d, k);
            LocalDateTime when = LocalDateTime.ofInstant(d.instant().orElseThrow(), ZoneOffset.UTC);
            assertEquals(when.getDayOfYear(), e.filingDayOfYear().getAsInt());
            assertEquals(when.toLocalTime(), e.filingTime().orElseThrow());
            assertEquals(ClassificationLevel.CONFIDENTIAL, e.securityLevel().orElseThrow());
            assertTrue(k.serial().orElseThrow().endsWith(e.stationSerial().orElseThrow().replaceFirst("^0+(?=\\d)", "")));

            for (TagKind kind : List.of(TagKind.SUBJECT, TagKind.PROGRAM, TagKind.COUNTRY, TagKind.ORGANIZATION,
                    TagKind.PERSON)) {
                Tag t = CableGenerators.tag(r, kind);
                assertEquals(List.of(t), parser.parse("TAGS: " + t.code() + "\n").cable().tags(), t.toString());
            }
            List<Tag> tags = CableGenerators.tags(r, era);
            assertEquals(tags, parser.parse("TAGS: " + String.join(", ", tags.stream().map(Tag::code).toList())
                    + "\n").cable().tags());

            for (ReferenceKind kind : ReferenceKind.values()) {
                Reference ref = CableGenerators.reference(r, kind, 2008);
                assertEquals(kind, ref.kind());
                assertEquals(List.of(ref), parser.parse("P 010101Z JAN 08\n\nUNCLAS ROME 999999\n\nREF: "
                        + ref.text() + "\n").cable().references(), ref.toString());
            }
            CableGenerators.references(r, 2005).forEach(x -> assertTrue(x.text().matches("[A-Z0-9 ()'/\\-]+"), x.text()));

            LocalDate date = when.toLocalDate();
            ExecutiveOrder eo = CableGenerators.executiveOrder(r, ClassificationLevel.SECRET, date);
            assertFalse(eo.notApplicable());
            assertTrue(CableGenerators.executiveOrder(r, ClassificationLevel.UNCLASSIFIED, date).notApplicable());
            assertTrue(CableGenerators.subject(r, era).text().matches("[A-Z][A-Z :\\-]+"));
            var cb = CableGenerators.classifiedBy(r, 2002);
            assertTrue(cb.reasons().stream().allMatch(x -> x.startsWith("1.5(")));
            assertTrue(cb.name().isPresent() && cb.title().isPresent());
            List<Paragraph> ps = CableGenerators.paragraphs(r, era, ClassificationLevel.SECRET, 4);
            assertEquals(4, ps.size());
            assertTrue(CableGenerators.sentence(r, era).endsWith("."));
            assertTrue(CableGenerators.signer(r).matches("[A-Z]+"));
            assertFalse(CableGenerators.trailer(r, era).lines().isEmpty());
        }
        assertThrows(IllegalArgumentException.class,
                () -> CableGenerators.tag(CableGenerators.random(1), TagKind.UNKNOWN));
        assertThrows(IllegalArgumentException.class,
                () -> CableGenerators.paragraphs(CableGenerators.random(1), null, ClassificationLevel.SECRET, 0));
    }

    @Test
    void sizeCountsCharactersElementsAndPresentParts() {
        Cable empty = Cable.empty();
        assertEquals(0, CableGenerators.size(empty));
        Cable one = new Cable(Optional.empty(), true, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("FM X"), List.of(), List.of(), Optional.empty(), List.of("AB"), Optional.empty(),
                List.of(), Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(), Optional.empty(),
                List.of(), List.of(), Optional.empty(), List.of());
        // flag 1 + optional 1 + 4 chars + list element 1 + 2 chars
        assertEquals(9, CableGenerators.size(one));
        assertNotEquals(0, CableGenerators.size(CableGenerators.cable(1)));
    }

    @Test
    void precedenceRankingPutsFlashFirst() {
        assertEquals(Precedence.IMMEDIATE, Drafter.highest(Precedence.PRIORITY, Optional.of(Precedence.IMMEDIATE)));
        assertEquals(Precedence.FLASH, Drafter.highest(Precedence.FLASH, Optional.of(Precedence.ROUTINE)));
    }
}
