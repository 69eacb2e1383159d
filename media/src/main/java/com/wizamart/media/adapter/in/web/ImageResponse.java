package com.wizamart.media.adapter.in.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.wizamart.media.application.port.in.ImageView;
import com.wizamart.media.domain.ProductImage;

/**
 * A product's image as its team sees it.
 *
 * @param status      {@code PENDING} (being fetched, or its variants being made), {@code READY} (shown in the shop),
 *                    {@code FAILED} ({@code error} says why).
 * @param error       the error code when {@code FAILED}.
 * @param sourceUrl   the link it was fetched from ({@code FEED}).
 * @param contentType the original's type, once stored.
 * @param bytes       the original's size, once stored.
 * @param urls        per variant and format, its URL, once {@code READY}.
 */
record ImageResponse(UUID id, int position, boolean main, String source, String sourceUrl, String status,
                     String error, String contentType, Integer width, Integer height, Long bytes, String sha256,
                     Map<String, Map<String, String>> urls) {

    static ImageResponse of(ImageView view) {
        ProductImage i = view.image();
        var o = i.object();
        return new ImageResponse(i.id(), i.position(), i.main(), i.source().name(), i.sourceUrl(), i.status().name(),
                i.error(), o == null ? null : o.type().contentType(), o == null ? null : o.size().width(),
                o == null ? null : o.size().height(), o == null ? null : o.bytes(),
                o == null ? null : o.hash().hex(), view.urls());
    }

    /** A list of images: {@code {"items": [...]}}. */
    record Items(List<ImageResponse> items) {

        static Items of(List<ImageView> views) {
            return new Items(views.stream().map(ImageResponse::of).toList());
        }
    }
}
