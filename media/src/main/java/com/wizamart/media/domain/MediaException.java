package com.wizamart.media.domain;

import java.util.List;
import java.util.Map;

import com.wizamart.sharedkernel.DomainException;

/** Media's broken rules, each with its stable error code. */
public final class MediaException extends DomainException {

    private static final List<String> ACCEPTED_TYPES = java.util.Arrays.stream(ImageType.values())
            .map(ImageType::contentType).toList();

    private MediaException(Kind kind, String code, String message, Map<String, Object> details) {
        super(kind, code, message, details);
    }

    /** The file has no bytes at all. */
    public static MediaException empty() {
        return new MediaException(Kind.VALIDATION, "MEDIA_EMPTY", "The file is empty.", Map.of());
    }

    /** The file is larger than the limit allows; nothing of it was parsed. */
    public static MediaException tooLarge(long maxBytes) {
        return new MediaException(Kind.TOO_LARGE, "MEDIA_TOO_LARGE",
                "The file is larger than " + maxBytes + " bytes.", Map.of("maxBytes", maxBytes));
    }

    /**
     * The file's own bytes are not one of the accepted image formats (SVG, HTML, PDF, BMP, TIFF, ...), whatever its
     * name or declared type says.
     */
    public static MediaException typeNotAllowed() {
        return new MediaException(Kind.VALIDATION, "MEDIA_TYPE_NOT_ALLOWED",
                "The file is not a JPEG, PNG, GIF or WebP image.", Map.of("acceptedTypes", ACCEPTED_TYPES));
    }

    /** The image's header claims more pixels than the limit allows; it was not decoded. */
    public static MediaException tooManyPixels(long width, long height, long maxPixels) {
        return new MediaException(Kind.VALIDATION, "MEDIA_TOO_MANY_PIXELS",
                "The image is " + width + " x " + height + " pixels; at most " + maxPixels + " pixels are accepted.",
                Map.of("width", width, "height", height, "maxPixels", maxPixels));
    }

    /**
     * The file starts like an accepted image but cannot be decoded: damaged, truncated, or a variant of the format
     * the decoder does not read.
     */
    public static MediaException unreadable(ImageType type) {
        return new MediaException(Kind.VALIDATION, "MEDIA_UNREADABLE",
                "The file looks like a " + type.name() + " image but cannot be read as one.",
                Map.of("detectedType", type.contentType()));
    }
}
