package com.wizamart.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * {@link FirewallCharacters} allow exactly what a default {@link StrictHttpFirewall} of the Spring Security in use
 * allows: each string is put into a request, as a header name, a header value and a parameter name, and the live
 * firewall is asked whether it lets the request be read. Should Spring Security change its defaults, this fails.
 */
class FirewallCharactersTests {

    private static final int SLICES = 2;

    @Test
    void everyCodePointIsJudgedAsTheDefaultFirewallJudgesIt() throws Exception {
        // A refused string costs an exception whose stack trace is filled in: on threads of their own, with short
        // stacks, the million code points take seconds rather than half a minute.
        ExecutorService threads = Executors.newFixedThreadPool(SLICES);
        List<Future<Probe>> slices = new ArrayList<>();
        try {
            for (int slice = 0; slice < SLICES; slice++) {
                int first = slice;
                slices.add(threads.submit(() -> {
                    Probe probe = new Probe();
                    for (int codePoint = first; codePoint <= Character.MAX_CODE_POINT && probe.differences.size() < 20;
                         codePoint += SLICES) {
                        probe.compare("a" + Character.toString(codePoint) + "b");
                    }
                    return probe;
                }));
            }
            List<String> differences = new ArrayList<>();
            int allowed = 0;
            for (Future<Probe> slice : slices) {
                differences.addAll(slice.get().differences);
                allowed += slice.get().allowedNames;
            }
            assertThat(differences).as("strings judged otherwise than by the default firewall").isEmpty();
            assertThat(allowed).as("both kinds of code point were seen").isBetween(100_000, Character.MAX_CODE_POINT);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void surrogatesAloneOrPairedAndEdgeCases() {
        Probe probe = new Probe();
        for (String s : List.of("", "\t", "a\tb", "\uD83D\uDE00", "\uD83D", "\uDE00x", "x\uD83D", "\u007F", "\u0085",
                "\u00A0", "Bearer eyJ.x-y_z~1+2/3==", "\r\n", "é ü ß")) {
            probe.compare(s);
        }
        assertThat(probe.differences).isEmpty();
    }

    /** Asks a default firewall about strings, through one request of its own (so one per thread). */
    private static final class Probe {

        private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/vendor/products");
        /** Reads headers and parameters off {@link #request} as they are when read, checking each. */
        private final HttpServletRequest firewalled = new StrictHttpFirewall().getFirewalledRequest(request);
        private final List<String> differences = new ArrayList<>();
        private int allowedNames;

        /** Notes where {@link FirewallCharacters} and the firewall judge {@code s} differently. */
        void compare(String s) {
            boolean headerName = headerNameAllowed(s);
            allowedNames += headerName ? 1 : 0;
            note("header name", s, FirewallCharacters.NAMES, headerName);
            note("header value", s, FirewallCharacters.VALUES, headerValueAllowed(s));
            note("parameter name", s, FirewallCharacters.NAMES, parameterNameAllowed(s));
        }

        private void note(String as, String s, Predicate<String> ours, boolean firewall) {
            if (ours.test(s) != firewall) {
                differences.add(as + " " + s.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList()
                        + (firewall ? ": allowed by the firewall, refused here" : ": refused by the firewall, allowed here"));
            }
        }

        private boolean headerNameAllowed(String name) {
            request.addHeader(name, "v");
            try {
                return allowed(read -> read.getHeader(name));
            } finally {
                request.removeHeader(name);
            }
        }

        private boolean headerValueAllowed(String value) {
            request.addHeader("X-Value", value);
            try {
                return allowed(read -> read.getHeader("X-Value"));
            } finally {
                request.removeHeader("X-Value");
            }
        }

        private boolean parameterNameAllowed(String name) {
            request.addParameter(name, "v");
            try {
                return allowed(read -> read.getParameter(name));
            } finally {
                request.removeParameter(name);
            }
        }

        private boolean allowed(Consumer<HttpServletRequest> read) {
            try {
                read.accept(firewalled);
                return true;
            } catch (RequestRejectedException rejected) {
                return false;
            }
        }
    }
}
