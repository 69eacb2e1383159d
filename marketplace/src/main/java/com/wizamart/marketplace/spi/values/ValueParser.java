package com.wizamart.marketplace.spi.values;

/** Reads one kind of value from a feed's text, e.g. {@link Gtins#parse}. */
@FunctionalInterface
public interface ValueParser<T> {

    /**
     * @param text a non-blank value.
     * @throws InvalidValue when the text is not a value of this kind; the message is for the vendor.
     */
    T parse(String text) throws InvalidValue;
}
