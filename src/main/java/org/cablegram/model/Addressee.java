package org.cablegram.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One TO or INFO addressee line: {@code RUEHC/SECSTATE WASHDC IMMEDIATE 3836}.
 *
 * @param routingIndicator routing indicator before the slash ({@code RUEHC}), or {@code ZEN}
 * @param name             plain-language address, {@code SECSTATE WASHDC}
 * @param precedence       precedence word on the line
 * @param serial           the per-addressee sequence number as written ({@code 0807},
 *                         {@code 2276-2279})
 * @param exempted         addressees exempted by XMT lines that follow this one
 */
public record Addressee(
        Optional<String> routingIndicator,
        String name,
        Optional<Precedence> precedence,
        Optional<String> serial,
        List<String> exempted) {

    /**
     * Checks the components and copies the list.
     *
     * @param routingIndicator see {@link #routingIndicator()}
     * @param name see {@link #name()}
     * @param precedence see {@link #precedence()}
     * @param serial see {@link #serial()}
     * @param exempted see {@link #exempted()}
     */
    public Addressee {
        Objects.requireNonNull(routingIndicator, "routingIndicator");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(precedence, "precedence");
        Objects.requireNonNull(serial, "serial");
        exempted = List.copyOf(exempted);
    }
}
