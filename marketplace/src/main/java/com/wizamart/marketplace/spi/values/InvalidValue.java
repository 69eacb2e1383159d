package com.wizamart.marketplace.spi.values;

/**
 * A cell that cannot be normalized; the message is for the vendor. Checked, so the row mapping has to decide for
 * each column whether it fails the row or only becomes a warning.
 */
public final class InvalidValue extends Exception {

    public InvalidValue(String message) {
        // no stack trace: bad cells are ordinary data, a dirty feed may hold thousands of them
        super(message, null, false, false);
    }
}
