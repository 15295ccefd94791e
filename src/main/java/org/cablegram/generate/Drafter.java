package org.cablegram.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.random.RandomGenerator;

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
import org.cablegram.model.Precedence;
import org.cablegram.model.Reference;
import org.cablegram.model.ReferenceId;
import org.cablegram.model.ReferenceKind;
import org.cablegram.model.SectionCount;
import org.cablegram.model.Subject;
import org.cablegram.model.Tag;
import org.cablegram.model.TagKind;
import org.cablegram.model.Trailer;

/**
 * Draws one telegram (or one part of it) from a random generator. A drafter first fixes the
 * context every part must agree with (era, year, post, level, letter case, date-time group),
 * then draws the parts in a fixed order, so that one seed always gives the same cable.
 */
final class Drafter {

    static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV",
        "DEC"};

    private final RandomGenerator r;
    private final CableGenerators.Options o;

    // context
    Era era;
    int year;
    Vocab.Post post;
    /** The post the cable is about: the sender itself, or for a Department cable the post it goes to. */
    Vocab.Post topic;
    ClassificationLevel level;
    boolean upper;
    LocalDateTime when;
    Precedence action;
    Optional<Precedence> infoPrecedence = Optional.empty();
    int serialNumber;
    String serialWritten;
    boolean sensitive;
    boolean noforn;
    boolean withRoutingIndicators;

    Drafter(RandomGenerator r, CableGenerators.Options o) {
        this.r = r;
        this.o = o;
    }

    // ------------------------------------------------------------------------ helpers

    int between(int lo, int hi) {
        return lo >= hi ? lo : r.nextInt(lo, hi + 1);
    }

    boolean chance(double p) {
        return r.nextDouble() < p;
    }

    <T> T pick(List<T> l) {
        return l.get(r.nextInt(l.size()));
    }

    boolean present(Presence p, double sometimes) {
        switch (p) {
            case ALWAYS:
                return true;
            case NEVER:
                return false;
            default:
                return chance(sometimes);
        }
    }

    String cased(String s) {
        return upper ? s.toUpperCase(Locale.ROOT) : s;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ------------------------------------------------------------------------ context

    /** Fixes era, year, post, level, case and the date-time group. */
    Drafter context(Era fixedEra, ClassificationLevel fixedLevel) {
        List<Era> eras = List.copyOf(o.eras());
        era = fixedEra != null ? fixedEra : pick(eras);
        year = between(era.firstYear(), era.lastYear());
        List<Vocab.Post> posts = Vocab.POSTS.stream().filter(p -> p.in(era)).toList();
        post = pick(posts);
        topic = post.isState() ? pick(posts.stream().filter(p -> !p.isState()).toList()) : post;
        level = fixedLevel != null ? fixedLevel : level();
        upper = era == Era.SEVENTIES || year <= 2002 && chance(0.6) || chance(0.04);
        int day = between(1, LocalDate.ofYearDay(year, 1).lengthOfYear());
        when = LocalDate.ofYearDay(year, day).atTime(between(0, 23), between(0, 59));
        double p = r.nextDouble();
        action = p < 0.02 ? Precedence.FLASH : p < 0.3 ? Precedence.IMMEDIATE : p < 0.68 ? Precedence.PRIORITY
                : Precedence.ROUTINE;
        infoPrecedence = Optional.empty();
        if (action != Precedence.ROUTINE && action != Precedence.FLASH && chance(0.1)) {
            infoPrecedence = Optional.of(action == Precedence.IMMEDIATE && chance(0.5) ? Precedence.PRIORITY
                    : Precedence.ROUTINE);
        }
        if (post.isState()) {
            serialNumber = era == Era.SEVENTIES ? between(1, 320_000) : between(1, 135_000);
            serialWritten = String.format("%06d", serialNumber);
        } else if (era == Era.SEVENTIES) {
            serialNumber = between(100, 12_000);
            serialWritten = chance(0.5) ? String.format("%05d", serialNumber) : Integer.toString(serialNumber);
        } else {
            serialNumber = between(1, 3_500);
            serialWritten = String.format("%06d", serialNumber);
        }
        return this;
    }

    private ClassificationLevel level() {
        double[] weights = {30, 8, 40, 20, 2};
        double total = 0;
        for (ClassificationLevel l : o.levels()) {
            total += weights[l.ordinal()];
        }
        double x = r.nextDouble() * total;
        ClassificationLevel last = null;
        for (ClassificationLevel l : o.levels()) {
            last = l;
            x -= weights[l.ordinal()];
            if (x < 0) {
                return l;
            }
        }
        return last;
    }

    boolean classified() {
        return level.compareTo(ClassificationLevel.CONFIDENTIAL) >= 0;
    }

    // ------------------------------------------------------------------------ the cable

    Cable cable() {
        context(null, null);
        DateTimeGroup dtg = dateTimeGroup();
        int n = between(o.minParagraphs(), o.maxParagraphs());
        int sections = n >= 2 && present(o.sections(), 0.3) ? between(2, Math.min(4, n)) : 1;
        boolean envelope = era == Era.TWO_THOUSANDS ? present(o.envelope(), 0.9) : o.envelope() == Presence.ALWAYS;
        withRoutingIndicators = envelope;
        Classification classification = classification(sections);
        List<Addressee> to = new ArrayList<>();
        List<Addressee> info = new ArrayList<>();
        addressees(to, info, sections);
        Optional<Envelope> env = envelope
                ? Optional.of(envelope(dtg, classification, post.ri(), sections > 1)) : Optional.empty();
        List<String> passing = passing();
        ExecutiveOrder eo = executiveOrder(when.toLocalDate());
        List<Tag> tags = tags();
        Subject subject = subject();
        List<Reference> references = references();
        Optional<ClassifiedBy> classifiedBy = era == Era.TWO_THOUSANDS && classified() && chance(0.95)
                ? Optional.of(classifiedBy()) : Optional.empty();
        Body body = body(n, sections);
        List<String> signers = present(o.signature(), 0.92) ? List.of(signer()) : List.of();
        Optional<Trailer> trailer = present(o.trailer(), 0.15) ? Optional.of(trailer(env)) : Optional.empty();
        ReferenceId id = ReferenceId.of(year, classification.origin().orElseThrow(),
                classification.serial().orElseThrow());
        return new Cable(Optional.of(id), false, env, Optional.empty(), Optional.of(dtg),
                Optional.of(post.plad()), to, info, Optional.of(classification), passing, Optional.of(eo), tags,
                Optional.of(subject), references, classifiedBy, body.paragraphs(), body.breaks(), body.summary(),
                body.comments(), signers, trailer, List.of());
    }

    // ------------------------------------------------------------------------ FL5

    DateTimeGroup dateTimeGroup() {
        String text = String.format("%02d%02d%02dZ %s %02d", when.getDayOfMonth(), when.getHour(), when.getMinute(),
                MONTHS[when.getMonthValue() - 1], year % 100);
        Instant instant = when.toInstant(ZoneOffset.UTC);
        List<String> signals = chance(0.04) ? List.of("ZDK") : List.of();
        return new DateTimeGroup(Optional.of(action), infoPrecedence, text, Optional.of(instant), signals);
    }

    static Precedence highest(Precedence a, Optional<Precedence> b) {
        if (b.isEmpty()) {
            return a;
        }
        return rank(b.get()) > rank(a) ? b.get() : a;
    }

    static int rank(Precedence p) {
        switch (p) {
            case EMERGENCY: return 5;
            case FLASH: return 4;
            case NIACT_IMMEDIATE:
            case IMMEDIATE: return 3;
            case PRIORITY: return 2;
            default: return 1;
        }
    }

    // ------------------------------------------------------------------------ FL1-FL4

    String routingIndicator() {
        List<String> pool = riPool();
        return pick(pool);
    }

    private static List<String> riPool() {
        Set<String> s = new LinkedHashSet<>();
        Vocab.POSTS.forEach(p -> s.add(p.ri()));
        Vocab.OFFICES.forEach(x -> s.add(x.ri()));
        return List.copyOf(s);
    }

    Envelope envelope(DateTimeGroup dtg, Classification c, String station, boolean sectioned) {
        boolean xyz = chance(0.4);
        String channel = xyz ? "XYZ" : "XRO";
        String sequence = String.format("%04d", between(0, 9999));
        Precedence tp = highest(dtg.precedence().orElse(Precedence.ROUTINE), dtg.infoPrecedence());
        List<String> ris = new ArrayList<>();
        if (xyz) {
            ris.add("RUEHWEB");
        } else {
            List<String> pool = new ArrayList<>(riPool());
            int k = between(1, Math.min(24, pool.size()));
            for (int i = 0; i < k; i++) {
                ris.add(pool.remove(r.nextInt(pool.size())));
            }
        }
        String digits = c.serial().orElse("").replaceAll("\\D", "");
        long number = digits.isEmpty() ? 0 : Long.parseLong(digits.length() > 9 ? digits.substring(digits.length() - 9) : digits);
        String stationSerial = String.format("%04d", number % 10_000);
        Optional<String> section = sectioned || chance(0.6) ? Optional.of("01") : Optional.empty();
        LocalDateTime t = LocalDateTime.ofInstant(dtg.instant().orElse(Instant.EPOCH), ZoneOffset.UTC);
        boolean znr = c.level() == ClassificationLevel.LIMITED_OFFICIAL_USE
                || c.level() == ClassificationLevel.UNCLASSIFIED && !c.efto();
        ClassificationLevel securityLevel = c.level() == ClassificationLevel.LIMITED_OFFICIAL_USE
                ? ClassificationLevel.UNCLASSIFIED : c.level();
        return new Envelope(Optional.of("VZCZC" + channel + sequence), Optional.of(channel), Optional.of(sequence),
                Optional.of(tp), ris, Optional.of(station), Optional.of(stationSerial), section,
                OptionalInt.of(t.getDayOfYear()), Optional.of(t.toLocalTime()), Optional.of(znr ? "ZNR" : "ZNY"),
                Optional.of(securityLevel), List.of("ZZH"));
    }

    // ------------------------------------------------------------------------ FL6-FL8

    String plad() {
        if (chance(0.7)) {
            return pick(Vocab.POSTS.stream().filter(p -> p.in(era)).toList()).plad();
        }
        return pick(Vocab.OFFICES.stream().filter(x -> era == Era.TWO_THOUSANDS || x.seventies()).toList()).name();
    }

    String addresseeSerial(int sections) {
        if (sections > 1 && chance(0.35)) {
            int s = between(1, 9999 - sections);
            return String.format("%04d-%04d", s, s + sections - 1);
        }
        return String.format("%04d", between(0, 9999));
    }

    /** One addressee of no particular cable. */
    Addressee addressee() {
        boolean ri = chance(0.7);
        Precedence word = chance(0.5) ? pick(List.of(Precedence.IMMEDIATE, Precedence.PRIORITY, Precedence.FLASH,
                Precedence.NIACT_IMMEDIATE)) : null;
        if (chance(0.7)) {
            Vocab.Post p = pick(Vocab.POSTS.stream().filter(x -> x.in(era)).toList());
            return new Addressee(ri ? Optional.of(p.ri()) : Optional.empty(), p.plad(), Optional.ofNullable(word),
                    chance(0.8) ? Optional.of(addresseeSerial(chance(0.2) ? 3 : 1)) : Optional.empty(), List.of());
        }
        Vocab.Office x = pick(Vocab.OFFICES.stream().filter(f -> era == Era.TWO_THOUSANDS || f.seventies()).toList());
        return new Addressee(ri ? Optional.of(x.ri()) : Optional.empty(), x.name(), Optional.ofNullable(word),
                chance(0.3) ? Optional.of(addresseeSerial(1)) : Optional.empty(), List.of());
    }

    void addressees(List<Addressee> to, List<Addressee> info, int sections) {
        int max = Math.max(1, o.maxAddressees());
        Set<String> used = new LinkedHashSet<>();
        used.add(post.plad());
        List<Vocab.Post> others = Vocab.POSTS.stream().filter(p -> p.in(era) && !p.isState()).toList();
        Optional<Precedence> toWord = action == Precedence.ROUTINE || chance(0.08) ? Optional.empty()
                : Optional.of(action == Precedence.IMMEDIATE && chance(0.04) ? Precedence.NIACT_IMMEDIATE : action);
        Precedence infoLevel = infoPrecedence.orElse(action);
        Optional<Precedence> infoWord = infoLevel == Precedence.ROUTINE || !infoPrecedence.isPresent() && chance(0.6)
                ? Optional.empty() : Optional.of(infoLevel);
        List<Object> toTargets = new ArrayList<>();
        if (post.isState()) {
            toTargets.add(topic);
            int k = between(1, Math.min(3, max));
            for (int i = 1; i < k; i++) {
                toTargets.add(pick(others));
            }
        } else {
            toTargets.add(Vocab.POSTS.get(0));
            if (max > 1 && chance(0.15)) {
                toTargets.add(pick(others));
            }
        }
        for (Object t : toTargets) {
            addTarget(t, to, used, toWord, sections);
        }
        int k = chance(0.2) ? 0 : between(0, max - to.size());
        List<Object> pool = new ArrayList<>(others);
        Vocab.OFFICES.stream().filter(x -> era == Era.TWO_THOUSANDS || x.seventies()).forEach(pool::add);
        for (int i = 0; i < k; i++) {
            addTarget(pick(pool), info, used, infoWord, sections);
        }
    }

    private void addTarget(Object target, List<Addressee> list, Set<String> used, Optional<Precedence> word,
            int sections) {
        String name;
        String ri;
        Optional<String> serial;
        if (target instanceof Vocab.Post p) {
            name = p.plad();
            ri = p.ri();
            boolean numbered = list.isEmpty() && !post.isState() ? chance(0.9) : chance(era == Era.SEVENTIES ? 0.3 : 0.8);
            serial = numbered ? Optional.of(addresseeSerial(sections)) : Optional.empty();
        } else {
            Vocab.Office x = (Vocab.Office) target;
            name = x.name();
            ri = x.ri();
            serial = chance(x.collective() ? 0.3 : 0.4) ? Optional.of(addresseeSerial(sections)) : Optional.empty();
        }
        if (!used.add(name)) {
            return;
        }
        list.add(new Addressee(withRoutingIndicators ? Optional.of(ri) : Optional.empty(), name, word, serial,
                List.of()));
    }

    // ------------------------------------------------------------------------ classification

    Classification classification(int sections) {
        boolean efto = level == ClassificationLevel.UNCLASSIFIED && era == Era.TWO_THOUSANDS && chance(0.03);
        List<String> captions = new ArrayList<>();
        List<String> caveats = new ArrayList<>();
        sensitive = false;
        noforn = false;
        if (era == Era.TWO_THOUSANDS) {
            if (level == ClassificationLevel.UNCLASSIFIED && chance(0.35)) {
                captions.add("SENSITIVE");
                sensitive = true;
            }
            boolean sipdis = chance(0.8);
            boolean nf = classified() && chance(0.2);
            if (sipdis && nf && chance(0.5)) {
                captions.add("NOFORN");
                captions.add("SIPDIS");
            } else {
                if (sipdis) {
                    captions.add("SIPDIS");
                }
                if (nf) {
                    captions.add("NOFORN");
                }
            }
            if (classified() && chance(0.03)) {
                captions.add(chance(0.5) ? "EXDIS" : "NODIS");
            }
            if (classified() && chance(0.05)) {
                caveats.add("NOFORN");
            }
            noforn = nf || !caveats.isEmpty();
        } else if (level != ClassificationLevel.UNCLASSIFIED && chance(0.1)) {
            captions.add(pick(List.of("EXDIS", "LIMDIS", "NODIS", "STADIS")));
        }
        Optional<SectionCount> section = sections > 1 ? Optional.of(new SectionCount(1, sections)) : Optional.empty();
        return new Classification(level, efto, caveats, section, Optional.of(post.origin()),
                Optional.of(serialWritten), captions);
    }

    List<String> passing() {
        if (era != Era.TWO_THOUSANDS || !chance(0.3)) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        int k = between(1, 2);
        for (int i = 0; i < k; i++) {
            switch (r.nextInt(5)) {
                case 0:
                    out.add("STATE FOR " + pick(Vocab.BUREAUS) + (chance(0.5) ? ", " + pick(Vocab.BUREAUS) : ""));
                    break;
                case 1:
                    out.add("DEPT FOR " + pick(Vocab.BUREAUS) + " AND " + pick(Vocab.BUREAUS));
                    break;
                case 2:
                    out.add("NSC FOR " + (pick(Vocab.GIVEN) + " " + pick(Vocab.SURNAMES)).toUpperCase(Locale.ROOT));
                    break;
                case 3:
                    out.add("TREASURY FOR " + (pick(Vocab.GIVEN) + " " + pick(Vocab.SURNAMES)).toUpperCase(Locale.ROOT));
                    break;
                default:
                    out.add("USDOC FOR ITA/MAC");
            }
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------------ E.O.

    ExecutiveOrder executiveOrder(LocalDate date) {
        if (date.getYear() < 1990) {
            if (date.isBefore(LocalDate.of(1978, 12, 1))) {
                String text = classified() ? pick(List.of("GDS", "GDS", "XGDS-1", "XGDS-2", "XGDS-3")) : "N/A";
                return new ExecutiveOrder(Optional.of("11652"), text, Optional.empty());
            }
            if (!classified()) {
                return new ExecutiveOrder(Optional.of("12065"), "N/A", Optional.empty());
            }
            LocalDate decl = date.plusYears(6);
            String text = String.format("GDS %d/%d/%02d", decl.getMonthValue(), decl.getDayOfMonth(),
                    decl.getYear() % 100);
            if (chance(0.5)) {
                text += " (" + pick(Vocab.SURNAMES).toUpperCase(Locale.ROOT) + ", "
                        + pick(Vocab.GIVEN).toUpperCase(Locale.ROOT) + ")";
            }
            return new ExecutiveOrder(Optional.of("12065"), text, Optional.of(decl));
        }
        if (!classified()) {
            return new ExecutiveOrder(Optional.of("12958"), "N/A", Optional.empty());
        }
        LocalDate decl = date.plusYears(pick(List.of(10, 10, 10, 5, 15, 20, 25)));
        String d = chance(0.1)
                ? String.format("%04d/%02d/%02d", decl.getYear(), decl.getMonthValue(), decl.getDayOfMonth())
                : String.format("%02d/%02d/%04d", decl.getMonthValue(), decl.getDayOfMonth(), decl.getYear());
        return new ExecutiveOrder(Optional.of("12958"), cased("DECL: ") + d, Optional.of(decl));
    }

    // ------------------------------------------------------------------------ TAGS

    Tag tag(TagKind kind) {
        switch (kind) {
            case SUBJECT:
                return new Tag(pick(Vocab.SUBJECT_TAGS), kind);
            case PROGRAM:
                return new Tag(pick(Vocab.PROGRAM_TAGS), kind);
            case ORGANIZATION:
                return new Tag(pick(Vocab.ORGANIZATION_TAGS), kind);
            case COUNTRY:
                return new Tag(pick(Vocab.POSTS.stream().filter(p -> p.in(era) && !p.country().isEmpty()).toList())
                        .country(), kind);
            case PERSON:
                String[] who = pick(era == Era.SEVENTIES ? Vocab.PERSONS_1970S : Vocab.PERSONS_2000S);
                return new Tag("OVIP (" + who[0] + ", " + who[1] + ")", kind);
            default:
                throw new IllegalArgumentException("no generator for tags of kind " + kind);
        }
    }

    List<Tag> tags() {
        List<Tag> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int subjects = between(1, 3);
        for (int i = 0; i < subjects; i++) {
            add(out, seen, tag(TagKind.SUBJECT));
        }
        int programs = era == Era.SEVENTIES ? 0 : between(0, 2);
        for (int i = 0; i < programs; i++) {
            add(out, seen, tag(TagKind.PROGRAM));
        }
        if (topic.origin().equals("USUN NEW YORK")) {
            add(out, seen, new Tag("UNSC", TagKind.ORGANIZATION));
        } else if (topic.origin().equals("USNATO")) {
            add(out, seen, new Tag("NATO", TagKind.ORGANIZATION));
        } else if (chance(0.25)) {
            add(out, seen, tag(TagKind.ORGANIZATION));
        }
        if (!topic.country().isEmpty() && chance(0.9)) {
            add(out, seen, new Tag(topic.country(), TagKind.COUNTRY));
        }
        if (topic.country().isEmpty() || chance(0.3)) {
            add(out, seen, tag(TagKind.COUNTRY));
        }
        if (chance(0.08)) {
            add(out, seen, tag(TagKind.PERSON));
        }
        int max = Math.max(1, o.maxTags());
        return List.copyOf(out.subList(0, Math.min(max, out.size())));
    }

    private static void add(List<Tag> out, Set<String> seen, Tag t) {
        if (seen.add(t.code())) {
            out.add(t);
        }
    }

    // ------------------------------------------------------------------------ SUBJECT

    Subject subject() {
        String text = topic.countryName() + ": " + pick(Vocab.SUBJECT_ACTORS) + " " + pick(Vocab.SUBJECT_VERBS) + " "
                + pick(Vocab.SUBJECT_OBJECTS);
        Optional<String> marking = Optional.empty();
        if (era == Era.TWO_THOUSANDS && chance(classified() ? 0.3 : 0.05)) {
            List<String> marks = markings();
            marking = Optional.of(chance(0.5) ? marks.get(0) : pick(marks));
        }
        return new Subject(text, marking);
    }

    // ------------------------------------------------------------------------ REF

    List<Reference> references() {
        int max = o.maxReferences();
        if (max <= 0 || chance(0.45)) {
            return List.of();
        }
        int k = between(1, Math.min(max, chance(0.6) ? 1 : 4));
        List<Reference> out = new ArrayList<>();
        Set<String> texts = new LinkedHashSet<>();
        for (int i = 0; i < k; i++) {
            Optional<String> letter = k > 1 ? Optional.of(String.valueOf((char) ('A' + out.size()))) : Optional.empty();
            Reference ref = reference(letter);
            if (texts.add(ref.text())) {
                out.add(ref);
            }
        }
        if (out.size() == 1 && out.get(0).letter().isPresent()) {
            Reference only = out.get(0);
            out.set(0, new Reference(Optional.empty(), only.text(), only.kind(), only.cableIds()));
        }
        return out;
    }

    Reference reference(Optional<String> letter) {
        double p = r.nextDouble();
        ReferenceKind kind = p < 0.75 ? ReferenceKind.CABLE : p < 0.82 ? ReferenceKind.EMAIL
                : p < 0.86 ? ReferenceKind.TELCON : p < 0.89 ? ReferenceKind.MEMO : p < 0.92 ? ReferenceKind.LETTER
                : p < 0.94 ? ReferenceKind.REPORT : p < 0.96 ? ReferenceKind.DOCUMENT : p < 0.97 ? ReferenceKind.WEB
                : ReferenceKind.MEETING;
        return reference(letter, kind);
    }

    Reference reference(Optional<String> letter, ReferenceKind kind) {
        String office = pick(Vocab.BUREAUS);
        String official = pick(List.of("FOREIGN MINISTER", "PRIME MINISTER", "DEPUTY FOREIGN MINISTER",
                "MINISTER OF ECONOMY", "PRESIDENTIAL ADMINISTRATION"));
        switch (kind) {
            case EMAIL:
                return new Reference(letter, "EMAIL FROM " + office + " TO POLOFF", kind, Optional.empty());
            case TELCON:
                return new Reference(letter, "TELCON POLOFF AND " + office + " DESK", kind, Optional.empty());
            case MEMO:
                return new Reference(letter, "MEMO FROM THE LEGAL ADVISER TO " + office, kind, Optional.empty());
            case LETTER:
                return new Reference(letter, "LETTER FROM THE " + official + " TO THE SECRETARY", kind,
                        Optional.empty());
            case REPORT:
                return new Reference(letter, "STUDY BY " + office, kind, Optional.empty());
            case DOCUMENT:
                return new Reference(letter, pick(List.of("9 FAM 41", "22 CFR 41", "3 FAM 4170")), kind,
                        Optional.empty());
            case WEB:
                return new Reference(letter, "EMBASSY WEBSITE", kind, Optional.empty());
            case MEETING:
                return new Reference(letter, "AMBASSADOR'S MEETING WITH THE " + official, kind, Optional.empty());
            case CABLE:
                return cableReference(letter);
            default:
                return new Reference(letter, "NOTE FROM THE " + official, ReferenceKind.OTHER, Optional.empty());
        }
    }

    private Reference cableReference(Optional<String> letter) {
        Vocab.Post p = chance(0.4) ? post : pick(Vocab.POSTS.stream().filter(x -> x.in(era)).toList());
        int refYear = year;
        double yp = r.nextDouble();
        int yearDigits = yp < 0.3 ? 2 : yp < 0.35 ? 4 : 0;
        if (yearDigits > 0) {
            refYear = year - between(0, 2);
        }
        int number = p.isState() ? between(1, 135_000) : between(1, 3_500);
        if (yearDigits == 0 && p.origin().equals(post.origin())) {
            if (serialNumber <= 1) {
                yearDigits = 2;
                refYear = year - 1;
            } else {
                number = between(1, serialNumber - 1);
            }
        }
        String written = chance(0.3) ? String.format(p.isState() ? "%06d" : "%04d", number) : Integer.toString(number);
        StringBuilder text = new StringBuilder();
        if (yearDigits == 2) {
            text.append(String.format("%02d ", refYear % 100));
        } else if (yearDigits == 4) {
            text.append(refYear).append(' ');
        }
        text.append(p.origin()).append(' ').append(written);
        List<String> ids = new ArrayList<>(2);
        ids.add(String.format("%02d%s%d", refYear % 100, p.origin().replace(" ", ""), number));
        // an item that cites two cables of one station: LIMA 1201 AND 1187
        if (chance(0.08) && number > 1) {
            int second = between(1, number - 1);
            text.append(" AND ").append(second);
            ids.add(String.format("%02d%s%d", refYear % 100, p.origin().replace(" ", ""), second));
        }
        if (chance(0.1)) {
            text.append(" (NOTAL)");
        }
        return new Reference(letter, text.toString(), ReferenceKind.CABLE, ids);
    }

    // ------------------------------------------------------------------------ Classified By

    ClassifiedBy classifiedBy() {
        String title = pick(Vocab.TITLES);
        String name = pick(Vocab.GIVEN) + (chance(0.4) ? " " + (char) ('A' + r.nextInt(26)) + "." : "") + " "
                + pick(Vocab.SURNAMES);
        String section = year <= 2003 ? "1.5" : "1.4";
        List<Character> letters = new ArrayList<>();
        double p = r.nextDouble();
        if (p < 0.6) {
            letters.add('b');
            letters.add('d');
        } else if (p < 0.8) {
            letters.add('d');
        } else if (p < 0.9) {
            letters.add('b');
        } else {
            letters.add('b');
            letters.add('c');
            letters.add('d');
        }
        StringBuilder why = new StringBuilder(section).append(' ');
        for (int i = 0; i < letters.size(); i++) {
            if (i > 0) {
                why.append(i == letters.size() - 1 ? " and " : ", ");
            }
            why.append('(').append(letters.get(i)).append(')');
        }
        String text;
        switch (r.nextInt(3)) {
            case 0:
                text = title + " " + name + ", reasons " + why + ".";
                break;
            case 1:
                text = title + " " + name + " for reasons " + why;
                break;
            default:
                text = title + " " + name + ". Reason: " + why + ".";
        }
        List<String> reasons = new ArrayList<>();
        for (char c : letters) {
            reasons.add(section + "(" + c + ")");
        }
        return new ClassifiedBy(cased(text), Optional.of(cased(name)), Optional.of(cased(title)), reasons);
    }

    // ------------------------------------------------------------------------ body

    record Body(List<Paragraph> paragraphs, List<Break> breaks, Optional<String> summary, List<String> comments) {
    }

    /** Portion markings allowed for the level, the one at the level first. */
    List<String> markings() {
        List<String> m = new ArrayList<>();
        switch (level) {
            case UNCLASSIFIED:
                if (sensitive) {
                    m.add("SBU");
                }
                m.add("U");
                break;
            case LIMITED_OFFICIAL_USE:
                m.add("LOU");
                m.add("U");
                break;
            case CONFIDENTIAL:
                m.add(noforn ? "C/NF" : "C");
                if (noforn) {
                    m.add("C");
                }
                m.add("SBU");
                m.add("U");
                break;
            case SECRET:
                m.add(noforn ? (chance(0.2) ? "S//NF" : "S/NF") : "S");
                if (noforn) {
                    m.add("S");
                }
                m.add("C");
                m.add("SBU");
                m.add("U");
                break;
            default:
                m.add("TS");
                m.add("S");
                m.add("C");
                m.add("U");
        }
        return m;
    }

    Body body(int n, int sections) {
        boolean unmarked = era == Era.SEVENTIES || level == ClassificationLevel.UNCLASSIFIED && !sensitive
                && chance(0.35);
        List<String> marks = markings();
        boolean summary = present(o.summary(), era == Era.SEVENTIES ? 0.15 : 0.45);
        boolean comment = n >= 2 && present(o.comment(), 0.35);
        List<String> headings = new ArrayList<>(Vocab.HEADINGS);
        List<Paragraph> ps = new ArrayList<>();
        Optional<String> summaryText = Optional.empty();
        List<String> comments = new ArrayList<>();
        int top = r.nextInt(n);
        for (int i = 0; i < n; i++) {
            String text;
            if (i == 0 && summary) {
                String s = sentences(between(Math.max(1, o.minSentences()), Math.max(1, o.maxSentences())));
                summaryText = Optional.of(s);
                text = summaryOpener() + " " + s + " " + summaryCloser();
            } else if (i == n - 1 && comment) {
                String c = sentences(between(1, Math.max(1, Math.min(3, o.maxSentences()))));
                comments.add(c);
                text = cased(chance(0.5) ? "COMMENT:" : "Comment:") + " " + c + " "
                        + cased(chance(0.5) ? "END COMMENT." : "End comment.");
            } else {
                text = sentences(between(o.minSentences(), o.maxSentences()));
            }
            Optional<String> marking = unmarked ? Optional.empty()
                    : Optional.of(i == top || chance(0.4) ? marks.get(0) : pick(marks));
            Optional<String> heading = Optional.empty();
            if (i > 0 && era == Era.TWO_THOUSANDS && !headings.isEmpty() && present(o.headings(), 0.2)) {
                heading = Optional.of(cased(headings.remove(r.nextInt(headings.size()))));
            }
            ps.add(new Paragraph(OptionalInt.of(i + 1), marking, heading, text));
        }
        List<Break> breaks = new ArrayList<>();
        if (sections > 1) {
            List<Integer> starts = new ArrayList<>();
            for (int i = 1; i < n; i++) {
                starts.add(i);
            }
            List<Integer> chosen = new ArrayList<>();
            for (int k = 1; k < sections; k++) {
                chosen.add(starts.remove(r.nextInt(starts.size())));
            }
            chosen.sort(null);
            if (era == Era.TWO_THOUSANDS && chance(0.4)) {
                breaks.add(new Break(BreakKind.SECTION, 1, OptionalInt.of(sections), 0, 0));
            }
            for (int k = 0; k < chosen.size(); k++) {
                breaks.add(new Break(BreakKind.SECTION, k + 2, OptionalInt.of(sections), chosen.get(k), 0));
            }
        }
        return new Body(ps, breaks, summaryText, comments);
    }

    private String summaryOpener() {
        return upper ? pick(List.of("SUMMARY:", "SUMMARY.")) : pick(List.of("Summary:", "SUMMARY:", "Summary."));
    }

    private String summaryCloser() {
        return upper ? "END SUMMARY." : pick(List.of("End summary.", "END SUMMARY.", "End Summary."));
    }

    String sentences(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.max(1, count); i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(sentence());
        }
        return cased(sb.toString());
    }

    String sentence() {
        String t = pick(Vocab.TEMPLATES);
        if (post != null && post.isState()) {
            // the Department writes to posts, not the other way round
            t = t.replace("Embassy will continue to follow", "Department will continue to follow")
                    .replace("The Department may wish to raise", "Embassy should raise");
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '%' || i + 1 >= t.length()) {
                out.append(c);
                continue;
            }
            char k = t.charAt(++i);
            switch (k) {
                case 'A': out.append(capitalise(actor())); break;
                case 'a': out.append(actor()); break;
                case 'u': out.append(pick(Vocab.AUDIENCES)); break;
                case 'd': out.append(pick(Vocab.MONTHS)).append(' ').append(between(1, 28)); break;
                case 'c': out.append(clause()); break;
                case 'C': out.append(capitalise(clause())); break;
                case 'o': out.append(pick(Vocab.OBJECTS)); break;
                default: out.append('%').append(k);
            }
        }
        return out.toString();
    }

    private String actor() {
        String a = pick(Vocab.ACTORS);
        return a.contains("%s") ? a.replace("%s", pick(Vocab.LOCALS)) : a;
    }

    private String clause() {
        String c = pick(Vocab.CLAUSES);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == '%' && i + 1 < c.length()) {
                char k = c.charAt(++i);
                switch (k) {
                    case 'o': out.append(pick(Vocab.OBJECTS)); break;
                    case 'g': out.append(pick(Vocab.GOALS)); break;
                    case 'm': out.append(pick(Vocab.MONTHS)); break;
                    default: out.append('%').append(k);
                }
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------ signature, trailer

    String signer() {
        if (!post.isState()) {
            return pick(era == Era.SEVENTIES ? Vocab.SIGNERS_1970S : Vocab.SIGNERS_2000S);
        }
        LocalDate d = when.toLocalDate();
        if (d.getYear() < 1990) {
            if (d.isBefore(LocalDate.of(1973, 9, 22))) {
                return "ROGERS";
            }
            return d.isBefore(LocalDate.of(1977, 1, 23)) ? "KISSINGER" : "VANCE";
        }
        if (d.isBefore(LocalDate.of(2001, 1, 20))) {
            return "ALBRIGHT";
        }
        if (d.isBefore(LocalDate.of(2005, 1, 26))) {
            return "POWELL";
        }
        return d.isBefore(LocalDate.of(2009, 1, 21)) ? "RICE" : "CLINTON";
    }

    Trailer trailer(Optional<Envelope> env) {
        if (era == Era.SEVENTIES) {
            return new Trailer(List.of(chance(0.5) ? "NNN" : "NNNN"));
        }
        if (chance(0.5)) {
            String serial = env.flatMap(Envelope::stationSerial).orElse(String.format("%04d", serialNumber % 10_000));
            return new Trailer(List.of("BT", "#" + serial, "NNNN"));
        }
        return new Trailer(List.of("NNNN"));
    }
}
