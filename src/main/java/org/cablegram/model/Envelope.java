package org.cablegram.model;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The ACP 127 transmission envelope (format lines 1 to 4): start of message, routing line,
 * DE line and security line. Any part may be missing.
 *
 * @param startOfMessage         the FL1 text, {@code VZCZCXRO1063}
 * @param channel                channel designator, {@code XRO}
 * @param sequence               channel sequence number, {@code 1063}
 * @param transmissionPrecedence the doubled prosign of FL2 ({@code OO} is IMMEDIATE)
 * @param routingIndicators      the routing indicators of FL2, over all its lines
 * @param originatingStation     FL3 calling station, {@code RUEHTA}
 * @param stationSerial          FL3 station serial, {@code 2256}
 * @param transmissionSection    FL3 section number, {@code 01}
 * @param filingDayOfYear        FL3 filing day of year, 1 to 366
 * @param filingTime             FL3 filing time (UTC)
 * @param securityProsign        FL4 prosign, {@code ZNR} or {@code ZNY}
 * @param securityLevel          FL4 level, read from its repeated letter ({@code UUUUU})
 * @param operatingSignals       operating signals of FL4 after the level, {@code ZZH}
 */
public record Envelope(
        Optional<String> startOfMessage,
        Optional<String> channel,
        Optional<String> sequence,
        Optional<Precedence> transmissionPrecedence,
        List<String> routingIndicators,
        Optional<String> originatingStation,
        Optional<String> stationSerial,
        Optional<String> transmissionSection,
        OptionalInt filingDayOfYear,
        Optional<LocalTime> filingTime,
        Optional<String> securityProsign,
        Optional<ClassificationLevel> securityLevel,
        List<String> operatingSignals) {

    /**
     * Checks the components and copies the lists.
     *
     * @param startOfMessage see {@link #startOfMessage()}
     * @param channel see {@link #channel()}
     * @param sequence see {@link #sequence()}
     * @param transmissionPrecedence see {@link #transmissionPrecedence()}
     * @param routingIndicators see {@link #routingIndicators()}
     * @param originatingStation see {@link #originatingStation()}
     * @param stationSerial see {@link #stationSerial()}
     * @param transmissionSection see {@link #transmissionSection()}
     * @param filingDayOfYear see {@link #filingDayOfYear()}
     * @param filingTime see {@link #filingTime()}
     * @param securityProsign see {@link #securityProsign()}
     * @param securityLevel see {@link #securityLevel()}
     * @param operatingSignals see {@link #operatingSignals()}
     */
    public Envelope {
        Objects.requireNonNull(startOfMessage, "startOfMessage");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(transmissionPrecedence, "transmissionPrecedence");
        routingIndicators = List.copyOf(routingIndicators);
        Objects.requireNonNull(originatingStation, "originatingStation");
        Objects.requireNonNull(stationSerial, "stationSerial");
        Objects.requireNonNull(transmissionSection, "transmissionSection");
        Objects.requireNonNull(filingDayOfYear, "filingDayOfYear");
        Objects.requireNonNull(filingTime, "filingTime");
        Objects.requireNonNull(securityProsign, "securityProsign");
        Objects.requireNonNull(securityLevel, "securityLevel");
        operatingSignals = List.copyOf(operatingSignals);
    }
}
