package com.wizamart.marketplace.spi.values;

import java.util.regex.Pattern;

/**
 * Reads {@code link}, {@code image_link} and each {@code additional_image_link}: an absolute http(s) URL with a host
 * and no whitespace (a feed writes spaces encoded, as {@code %20}). Anything else (a relative path, {@code N/A},
 * {@code www.shop.lu/p}, a {@code javascript:} link) is no link a shop can show.
 */
public final class Links {

    private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s/?#@]+(?:[/?#]\\S*)?");

    private Links() {
    }

    /**
     * @param text a non-blank cell.
     * @return the URL as written.
     * @throws InvalidValue when it is not an absolute http(s) URL.
     */
    public static String parse(String text) throws InvalidValue {
        String url = text.strip();
        if (!URL.matcher(url).matches()) {
            throw new InvalidValue("not an http(s) URL");
        }
        return url;
    }
}
