package com.wizamart.marketplace.application;

import java.util.List;

import org.springframework.stereotype.Service;

import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.FeedSource;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.Vendors;

/**
 * The bound vendor's feed sources, as its team sets them up: kept and checked by tenancy ({@link Vendors}), against
 * the installed marketplaces ({@link MarketplaceAdapters} as tenancy's rules); imports from a URL fall back to them.
 */
@Service
public class FeedSourceSetup {

    private final Vendors vendors;

    FeedSourceSetup(Vendors vendors) {
        this.vendors = vendors;
    }

    /** @return the bound vendor's feed sources, by marketplace and language. */
    public List<FeedSource> list() {
        return vendors.feedSources(VendorContext.require());
    }

    /**
     * Replaces the bound vendor's feed sources as a whole.
     *
     * @throws com.wizamart.sharedkernel.ValidationException naming each offending field ({@code feedSources[0].url}).
     */
    public List<FeedSource> replace(List<FeedSource> sources, Actor actor) {
        return vendors.replaceFeedSources(VendorContext.require(), sources, actor);
    }
}
