package com.wizamart.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.wizamart.identity.PlatformAccounts;
import com.wizamart.identity.VendorOnboarding;
import com.wizamart.marketplace.FeedImports;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.BusinessDetails;
import com.wizamart.tenancy.Owner;
import com.wizamart.tenancy.RegisterVendor;

/**
 * Demo data ({@code wizamart.demo.enabled}): on the first start, the vendor "acme" with its owner, so a newcomer can
 * log in at once, and the Letzshop sample feeds (en, fr, de) imported into acme's staging. Later starts, or a code
 * "acme" already used (even by a deleted vendor), change nothing.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("wizamart.demo.enabled")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String CODE = "acme";

    private final PlatformAccounts accounts;
    private final VendorOnboarding onboarding;
    private final FeedImports feeds;
    private final DemoProperties properties;

    DemoData(PlatformAccounts accounts, VendorOnboarding onboarding, FeedImports feeds, DemoProperties properties) {
        this.accounts = accounts;
        this.onboarding = onboarding;
        this.feeds = feeds;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        VendorOnboarding.OnboardedVendor acme;
        try {
            acme = onboarding.open(new RegisterVendor(CODE, "ACME Luxembourg", CODE,
                            new BusinessDetails("hello@acme.example", "+352 123 456", "1 Rue du Marché", "Luxembourg",
                                    "L-1111", "LU", null), Map.of(),
                            new Owner(properties.ownerEmail(), "Anna", "Acme", null)),
                    null, false, Actor.system());
        } catch (DomainException alreadyThere) {
            log.debug("Demo vendor not created: {}", alreadyThere.getMessage());
            return;
        }
        boolean generated = properties.ownerPassword() == null || properties.ownerPassword().isBlank();
        String password = generated ? Passwords.generate() : properties.ownerPassword();
        if (acme.ownerActivationToken() == null) {
            log.warn("Demo vendor '{}' created for the existing account {} (its password is unchanged)", CODE,
                    properties.ownerEmail());
            importSampleFeeds(acme.vendor().id());
            return;
        }
        accounts.activate(acme.ownerActivationToken(), password);
        log.warn(StartupNotice.framed("Demo vendor '" + CODE + "' created; owner " + properties.ownerEmail()
                + (generated ? " / " + password + " (shown once)" : " (password as configured)")));
        importSampleFeeds(acme.vendor().id());
    }

    private void importSampleFeeds(UUID vendorId) {
        for (String language : new String[] {"en", "fr", "de"}) {
            String name = "letzshop-products-" + language + ".tsv";
            try (InputStream feed = new ClassPathResource("demo/" + name).getInputStream()) {
                feeds.importFeed(vendorId, "letzshop", language, feed, name);
            } catch (IOException | RuntimeException e) {
                log.warn("Could not queue the demo feed {}: {}", name, e.getMessage());
            }
        }
        log.info("Demo feeds queued for import into {} (GET /api/v1/vendor/marketplace/jobs)", CODE);
    }
}
