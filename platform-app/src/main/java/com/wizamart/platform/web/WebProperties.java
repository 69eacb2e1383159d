package com.wizamart.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Web settings ({@code wizamart.web.*}).
 *
 * @param maxJsonBodySize    the largest non-multipart request body accepted.
 * @param corsAllowedOrigins browser origins (e.g. {@code https://shop.example.com}) allowed to call the API from
 *                           JavaScript; empty: none (same-origin only). Tokens travel in headers, never cookies, so
 *                           no credentials are allowed.
 */
@ConfigurationProperties("wizamart.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxJsonBodySize,
                            @DefaultValue java.util.List<String> corsAllowedOrigins) {
}
