package org.cablegram.internal.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cablegram.model.Addressee;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.Precedence;

/** Reads the fields of envelope lines (FL1 to FL9) whose kind the grammar recognised. */
final class EnvelopeFields {

    private EnvelopeFields() {
    }

    static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

    /** FL1: channel designator and sequence after VZCZC. */
    record Som(String text, String channel, String sequence) {
    }

    static Som som(String line) {
        String t = Words.clean(line);
        int at = Words.upper(t).indexOf("VZCZC");
        String rest = at >= 0 ? t.substring(at + 5) : t;
        int i = 0;
        while (i < rest.length() && Character.isLetter(rest.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < rest.length() && Character.isDigit(rest.charAt(j))) {
            j++;
        }
        String first = Words.split(t).isEmpty() ? t : Words.split(t).get(0);
        return new Som(first, rest.substring(0, i), rest.substring(i, j));
    }

    /** FL3: DE RUEHTA #2256/01 3191042. */
    record De(String station, Optional<String> serial, Optional<String> section, Optional<Integer> day,
            Optional<LocalTime> time, String leftover, boolean wellFormed) {
    }

    static De de(String line) {
        List<String> w = Words.split(Words.clean(line));
        String station = w.size() > 1 ? w.get(1) : "";
        Optional<String> serial = Optional.empty();
        Optional<String> section = Optional.empty();
        Optional<Integer> day = Optional.empty();
        Optional<LocalTime> time = Optional.empty();
        StringBuilder leftover = new StringBuilder();
        boolean ok = w.size() >= 4;
        int i = 2;
        if (i < w.size()) {
            String s = w.get(i);
            if (s.startsWith("#")) {
                s = s.substring(1);
            }
            int slash = s.indexOf('/');
            String num = slash >= 0 ? s.substring(0, slash) : s;
            if (!num.isEmpty() && Character.isDigit(num.charAt(0))) {
                serial = Optional.of(num);
                if (slash >= 0 && slash + 1 < s.length()) {
                    section = Optional.of(s.substring(slash + 1));
                }
                i++;
            } else {
                ok = false;
            }
        }
        if (i < w.size()) {
            String j = w.get(i);
            int k = 0;
            while (k < j.length() && Character.isDigit(j.charAt(k))) {
                k++;
            }
            if (k >= 7) {
                try {
                    int d = Integer.parseInt(j.substring(0, 3));
                    int hh = Integer.parseInt(j.substring(3, 5));
                    int mm = Integer.parseInt(j.substring(5, 7));
                    if (d >= 1 && d <= 366) {
                        day = Optional.of(d);
                    } else {
                        ok = false;
                    }
                    time = Optional.of(LocalTime.of(hh, mm));
                } catch (DateTimeException | NumberFormatException e) {
                    ok = false;
                }
                leftover.append(j.substring(7));
                i++;
            } else {
                ok = false;
            }
        }
        for (; i < w.size(); i++) {
            if (leftover.length() > 0) {
                leftover.append(' ');
            }
            leftover.append(w.get(i));
        }
        if (!Words.isRoutingIndicator(station)) {
            ok = false;
        }
        return new De(station, serial, section, day, time, leftover.toString().strip(), ok);
    }

    /** FL4: ZNR UUUUU ZZH. */
    record Security(String prosign, Optional<ClassificationLevel> level, List<String> signals) {
    }

    static Security security(String line) {
        List<String> w = Words.split(Words.clean(line));
        String prosign = w.isEmpty() ? "" : w.get(0);
        Optional<ClassificationLevel> level = Optional.empty();
        List<String> signals = new ArrayList<>();
        int i = 1;
        if (prosign.length() > 3) {
            // glued: ZNRUUUUU
            w = new ArrayList<>(w);
            w.add(1, prosign.substring(3));
            prosign = prosign.substring(0, 3);
        }
        if (i < w.size()) {
            String letters = w.get(i);
            if (!letters.isEmpty() && Words.allUpperLetters(letters) && letters.length() >= 3) {
                level = securityLevel(letters.charAt(0));
                i++;
            }
        }
        for (; i < w.size(); i++) {
            if (w.get(i).startsWith("(")) {
                // a parenthesised note (CCY ...) is one opaque signal
                signals.add(String.join(" ", w.subList(i, w.size())));
                break;
            }
            signals.add(w.get(i));
        }
        return new Security(prosign, level, signals);
    }

    static Optional<ClassificationLevel> securityLevel(char c) {
        switch (c) {
            case 'U': case 'E': return Optional.of(ClassificationLevel.UNCLASSIFIED);
            case 'C': return Optional.of(ClassificationLevel.CONFIDENTIAL);
            case 'S': return Optional.of(ClassificationLevel.SECRET);
            case 'T': return Optional.of(ClassificationLevel.TOP_SECRET);
            default: return Optional.empty();
        }
    }

    /** FL5: O P 141042Z NOV 08 ZDK. */
    record Dtg(Optional<Precedence> precedence, Optional<Precedence> infoPrecedence, String text,
            Optional<Instant> instant, List<String> signals, Optional<String> gluedFrom) {
    }

    static Dtg dtg(String line) {
        String t = Words.clean(line);
        // find the six digits followed by Z
        int pos = -1;
        for (int i = 0; i + 6 < t.length(); i++) {
            if (isDigits(t, i, 6)) {
                int z = i + 6;
                while (z < t.length() && Words.isBlank(t.charAt(z))) {
                    z++;
                }
                if (z < t.length() && (t.charAt(z) == 'Z' || t.charAt(z) == 'z')) {
                    pos = i;
                    break;
                }
            }
        }
        if (pos < 0) {
            return new Dtg(Optional.empty(), Optional.empty(), t, Optional.empty(), List.of(), Optional.empty());
        }
        List<String> precWords = Words.split(t.substring(0, pos));
        Optional<Precedence> p1 = Optional.empty();
        Optional<Precedence> p2 = Optional.empty();
        if (precWords.size() == 2 && precWords.get(0).length() == 1 && precWords.get(1).length() == 1) {
            p1 = Precedence.fromText(precWords.get(0));
            p2 = Precedence.fromText(precWords.get(1));
        } else if (!precWords.isEmpty()) {
            p1 = Precedence.fromText(String.join(" ", precWords));
        }
        // day hour minute, Z, month, year
        int i = pos;
        int day = num(t, i, 2);
        int hour = num(t, i + 2, 2);
        int minute = num(t, i + 4, 2);
        i += 6;
        while (i < t.length() && (Words.isBlank(t.charAt(i)) || t.charAt(i) == 'Z' || t.charAt(i) == 'z')) {
            i++;
        }
        int monStart = i;
        while (i < t.length() && Character.isLetter(t.charAt(i)) && i - monStart < 3) {
            i++;
        }
        String mon = t.substring(monStart, i).toUpperCase(Locale.ROOT);
        while (i < t.length() && Words.isBlank(t.charAt(i))) {
            i++;
        }
        int yStart = i;
        while (i < t.length() && Character.isDigit(t.charAt(i)) && i - yStart < 4) {
            i++;
        }
        String y = t.substring(yStart, i);
        if (y.length() == 3) {
            // "09F" glued cases never give three digits; treat as two-digit year
            y = y.substring(0, 2);
            i = yStart + 2;
        }
        String text = Words.collapse(t.substring(pos, i));
        int month = -1;
        for (int m = 0; m < MONTHS.length; m++) {
            if (MONTHS[m].equals(mon)) {
                month = m + 1;
            }
        }
        Optional<Instant> instant = Optional.empty();
        if (month > 0 && (y.length() == 2 || y.length() == 4)) {
            int year = fullYear(Integer.parseInt(y), y.length());
            try {
                instant = Optional.of(LocalDateTime.of(year, month, day, hour, minute).toInstant(ZoneOffset.UTC));
            } catch (DateTimeException e) {
                instant = Optional.empty();
            }
        }
        String rest = t.substring(i).strip();
        Optional<String> from = Optional.empty();
        List<String> signals = new ArrayList<>();
        List<String> rw = Words.split(rest);
        for (int k = 0; k < rw.size(); k++) {
            String word = rw.get(k);
            if (word.equals("FM") || word.startsWith("FM") && k == 0 && rest.startsWith("FM ")) {
                from = Optional.of(String.join(" ", rw.subList(k + 1, rw.size())));
                break;
            }
            signals.add(word);
        }
        return new Dtg(p1, p2, text, instant, signals, from);
    }

    /** Two-digit years pivot at 50: 50-99 are 19xx, 00-49 are 20xx. */
    static int fullYear(int y, int digits) {
        if (digits == 4) {
            return y;
        }
        return y >= 50 ? 1900 + y : 2000 + y;
    }

    private static boolean isDigits(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int count) {
        return Integer.parseInt(s.substring(from, from + count));
    }

    /**
     * One addressee line, read right to left: trailing serial (digits, or a range), then a
     * trailing precedence word, then a leading routing indicator and slash.
     */
    static Optional<Addressee> addressee(String line) {
        String t = Words.clean(line);
        int quote = t.indexOf("\",\"");
        if (quote >= 0) {
            t = t.substring(0, quote).strip();
        }
        List<String> w = new ArrayList<>(Words.split(t));
        if (w.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> serial = Optional.empty();
        String last = w.get(w.size() - 1);
        if (w.size() > 1 && isSerial(last)) {
            serial = Optional.of(last);
            w.remove(w.size() - 1);
        }
        Optional<Precedence> prec = Optional.empty();
        if (w.size() > 2 && Words.upper(w.get(w.size() - 2)).equals("NIACT")
                && Words.upper(w.get(w.size() - 1)).equals("IMMEDIATE")) {
            prec = Optional.of(Precedence.NIACT_IMMEDIATE);
            w.remove(w.size() - 1);
            w.remove(w.size() - 1);
        } else if (w.size() > 1) {
            String word = Words.upper(w.get(w.size() - 1));
            if (word.equals("IMMEDIATE") || word.equals("PRIORITY") || word.equals("ROUTINE") || word.equals("FLASH")) {
                prec = Precedence.fromText(word);
                w.remove(w.size() - 1);
            }
        }
        String rest = String.join(" ", w);
        Optional<String> ri = Optional.empty();
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String head = rest.substring(0, slash).strip();
            if (Words.isRoutingIndicator(head) || head.equals("ZEN")) {
                ri = Optional.of(head);
                rest = rest.substring(slash + 1).strip();
            }
        }
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Addressee(ri, rest, prec, serial, List.of()));
    }

    static boolean isSerial(String s) {
        int dash = s.indexOf('-');
        if (dash < 0) {
            return s.length() <= 4 && Words.allDigits(s);
        }
        String a = s.substring(0, dash);
        String b = s.substring(dash + 1);
        return a.length() <= 4 && b.length() <= 4 && Words.allDigits(a) && Words.allDigits(b);
    }
}
