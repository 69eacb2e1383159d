package com.wizamart.marketplace.spi.text;

import java.io.IOException;

import com.wizamart.marketplace.spi.FeedException;

/**
 * A {@link FeedException} raised while a parser reads through an adapter's text reader: parsers let only
 * {@link IOException}s through, so the feed failure travels inside one, and the adapter's reader unwraps it
 * ({@link #feedException()}, or {@link #in(Throwable)} from whatever the parser wrapped it in).
 */
public final class CarriedFeedException extends IOException {

    private final FeedException feedException;

    public CarriedFeedException(FeedException feedException) {
        super(feedException.getMessage(), feedException);
        this.feedException = feedException;
    }

    /** The feed failure carried. */
    public FeedException feedException() {
        return feedException;
    }

    /** The feed failure carried somewhere in the causes of {@code thrown} (itself included), or {@literal null}. */
    public static FeedException in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CarriedFeedException carried) {
                return carried.feedException;
            }
        }
        return null;
    }
}
