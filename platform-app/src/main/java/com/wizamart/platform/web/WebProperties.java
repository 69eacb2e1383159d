package com.wizamart.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Web settings ({@code wizamart.web.*}).
 *
 * @param maxJsonBodySize the largest non-multipart request body accepted.
 */
@ConfigurationProperties("wizamart.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxJsonBodySize) {
}
