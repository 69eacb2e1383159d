package com.wizamart.platform.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data settings ({@code wizamart.demo.*}).
 *
 * @param enabled       create the demo vendor, its owner and staged products on first start.
 * @param ownerEmail    the demo vendor owner's email.
 * @param ownerPassword the owner's password; generated and printed once when empty.
 */
@ConfigurationProperties("wizamart.demo")
record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("owner@acme.example") String ownerEmail,
                      String ownerPassword) {
}
