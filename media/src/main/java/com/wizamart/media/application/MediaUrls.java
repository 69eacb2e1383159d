package com.wizamart.media.application;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.wizamart.media.config.MediaImagesProperties;
import com.wizamart.media.domain.ImageStatus;
import com.wizamart.media.domain.MediaObject;
import com.wizamart.media.domain.StoredVariant;
import com.wizamart.tenancy.Vendors;

/**
 * The URLs of an object's display variants: {@code <public-base-url>/media/<vendorCode>/<sha256>/<variant>.<ext>}.
 * Content-addressed, so a URL always shows the same bytes and may be cached forever.
 */
@Component
public class MediaUrls {

    private final Vendors vendors;
    private final String base;

    MediaUrls(Vendors vendors, MediaImagesProperties properties) {
        this.vendors = vendors;
        this.base = properties.publicBaseUrl();
    }

    /** @return the vendor's code, as its image URLs carry it. */
    String vendorCode(UUID vendorId) {
        return vendors.findById(vendorId).orElseThrow(() -> new IllegalStateException("No vendor " + vendorId))
                .code();
    }

    /** @return per variant and format the URL, for an object whose variants are ready; else empty. */
    Map<String, Map<String, String>> of(String vendorCode, MediaObject object) {
        Map<String, Map<String, String>> urls = new LinkedHashMap<>();
        if (object == null || object.variantsStatus() != ImageStatus.READY) {
            return urls;
        }
        for (StoredVariant v : object.variants()) {
            urls.computeIfAbsent(v.size().key(), k -> new LinkedHashMap<>())
                    .put(v.format().name().toLowerCase(Locale.ROOT),
                            base + "/media/" + vendorCode + "/" + object.hash().hex() + "/" + v.fileName());
        }
        return urls;
    }
}
