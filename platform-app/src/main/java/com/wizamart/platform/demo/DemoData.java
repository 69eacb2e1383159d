package com.wizamart.platform.demo;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import com.wizamart.identity.PlatformAccounts;
import com.wizamart.identity.VendorOnboarding;
import com.wizamart.marketplace.FeedImports;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.BusinessDetails;
import com.wizamart.tenancy.Owner;
import com.wizamart.tenancy.RegisterVendor;
import com.wizamart.tenancy.Vendors;

/**
 * On the first start: a platform admin and the demo vendor "acme" with its owner, so a newcomer can log in at once,
 * and the Letzshop sample feeds imported into acme's staging. Generated passwords are printed once; later starts change nothing.
 */
@Component
@ConditionalOnBooleanProperty(name = "wizamart.demo.enabled", matchIfMissing = false)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PlatformAccounts accounts;
    private final VendorOnboarding onboarding;
    private final Vendors vendors;
    private final DemoProperties properties;
    private final FeedImports feeds;

    DemoData(PlatformAccounts accounts, VendorOnboarding onboarding, Vendors vendors, DemoProperties properties,
             FeedImports feeds) {
        this.feeds = feeds;
        this.accounts = accounts;
        this.onboarding = onboarding;
        this.vendors = vendors;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String adminPassword = orGenerated(properties.adminPassword());
        if (accounts.ensurePlatformAdmin(properties.adminEmail(), adminPassword, "Platform", "Admin")) {
            log.warn("Demo admin created: {} / {} (shown once; set wizamart.demo.admin-password to choose it)",
                    properties.adminEmail(), adminPassword);
        }
        if (vendors.findByCode("acme").isEmpty()) {
            var acme = onboarding.open(new RegisterVendor("acme", "ACME Luxembourg", "acme",
                    new BusinessDetails("hello@acme.example", "+352 123 456", "1 Rue du Marché", "Luxembourg",
                            "L-1111", "LU", null), Map.of(), new Owner(properties.ownerEmail(), "Anna", "Acme", null)),
                    null, Actor.system());
            String ownerPassword = orGenerated(properties.ownerPassword());
            accounts.setPassword(properties.ownerEmail(), ownerPassword);
            log.warn("Demo vendor 'acme' created; owner {} / {} (shown once)", properties.ownerEmail(), ownerPassword);
            importSampleFeeds(acme.vendor().id());
        }
    }

    /** The Letzshop sample feeds (en, fr, de) into acme's staging, as background import jobs. */
    private void importSampleFeeds(java.util.UUID vendorId) {
        for (String language : new String[] {"en", "fr", "de"}) {
            String name = "letzshop-products-" + language + ".tsv";
            try (var feed = new org.springframework.core.io.ClassPathResource("demo/" + name).getInputStream()) {
                feeds.importFeed(vendorId, "letzshop", language, feed, name);
            } catch (java.io.IOException | RuntimeException e) {
                log.warn("Could not queue the demo feed {}: {}", name, e.getMessage());
            }
        }
        log.info("Demo feeds queued for import into acme (GET /api/v1/vendor/marketplace/jobs)");
    }

    private static String orGenerated(String configured) {
        return configured == null || configured.isBlank()
                ? "demo-" + java.util.UUID.randomUUID().toString().substring(0, 13) : configured;
    }
}
