package com.wizamart.platform.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data settings ({@code wizamart.demo.*}).
 *
 * @param enabled       create the demo accounts on first start.
 * @param adminEmail    the platform admin's email.
 * @param adminPassword the admin's password; generated and logged once when empty.
 * @param ownerEmail    the demo vendor owner's email.
 * @param ownerPassword the owner's password; generated and logged once when empty.
 */
@ConfigurationProperties("wizamart.demo")
record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("admin@wizamart.local") String adminEmail,
                      String adminPassword, @DefaultValue("owner@acme.example") String ownerEmail,
                      String ownerPassword) {
}
