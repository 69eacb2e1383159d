package com.wizamart.media.domain;

import java.util.List;
import java.util.Map;

import com.wizamart.sharedkernel.DomainException;

/** Media's broken rules and failures (images, the object store), each with its stable error code. */
public final class MediaException extends DomainException {

    private static final List<String> ACCEPTED_TYPES = java.util.Arrays.stream(ImageType.values())
            .map(ImageType::contentType).toList();

    private MediaException(Kind kind, String code, String message, Map<String, Object> details) {
        super(kind, code, message, details);
    }

    /**
     * A file of an upload was refused: the same error, naming the file (its index from 0, and its name as sent) in its
     * message and details.
     */
    public static MediaException inFile(DomainException refused, int index, String fileName) {
        Map<String, Object> details = new java.util.LinkedHashMap<>(refused.details());
        details.put("fileIndex", index);
        if (fileName != null) {
            details.put("fileName", abbreviate(fileName));
        }
        MediaException failure = new MediaException(refused.kind(), refused.errorCode(),
                "File " + (index + 1) + (fileName == null ? "" : " (" + abbreviate(fileName) + ")") + ": "
                        + refused.getMessage(), details);
        failure.initCause(refused);
        return failure;
    }

    /** A file of an upload could not be read to its end (the request broke off). */
    public static MediaException uploadBroken(int index, String fileName, Throwable cause) {
        MediaException failure = new MediaException(Kind.BAD_REQUEST, "MEDIA_UPLOAD_BROKEN",
                "File " + (index + 1) + (fileName == null ? "" : " (" + abbreviate(fileName) + ")")
                        + " could not be read to its end; send it again.", Map.of("fileIndex", index));
        failure.initCause(cause);
        return failure;
    }

    /** The vendor stores as many images as its quota allows. */
    public static MediaException quotaCountExceeded(long maxImages) {
        return new MediaException(Kind.VALIDATION, "MEDIA_QUOTA_COUNT_EXCEEDED",
                "The shop stores " + maxImages + " images, as many as it may; delete images no product needs first.",
                Map.of("maxImages", maxImages));
    }

    /** The image would take the vendor's stored bytes beyond its quota. */
    public static MediaException quotaBytesExceeded(long maxBytes, long usedBytes) {
        return new MediaException(Kind.TOO_LARGE, "MEDIA_QUOTA_BYTES_EXCEEDED",
                "The shop's images would take more than " + maxBytes + " bytes (" + usedBytes + " are used).",
                Map.of("maxBytes", maxBytes, "usedBytes", usedBytes));
    }

    /** The product has as many images as one product may have. */
    public static MediaException productImagesLimit(int perProduct, int existing) {
        return new MediaException(Kind.VALIDATION, "MEDIA_PRODUCT_IMAGES_LIMIT",
                "A product has at most " + perProduct + " images; this one has " + existing + ".",
                Map.of("maxImages", perProduct, "images", existing));
    }

    /** An upload without files, or with more than one request may bring. */
    public static MediaException uploadCount(int perUpload) {
        return new MediaException(Kind.VALIDATION, "MEDIA_UPLOAD_FILE_COUNT",
                "Upload 1 to " + perUpload + " files at once, each as a part named 'file'.",
                Map.of("maxFiles", perUpload));
    }

    /** The new order does not name each of the product's images exactly once. */
    public static MediaException orderInvalid() {
        return new MediaException(Kind.VALIDATION, "MEDIA_ORDER_INVALID",
                "The order must name each of the product's images exactly once.", Map.of());
    }

    /** The vendor has no such image (of this product), or it belongs to another vendor. */
    public static MediaException imageNotFound() {
        return new MediaException(Kind.NOT_FOUND, "MEDIA_IMAGE_NOT_FOUND", "There is no such image.", Map.of());
    }

    /** The product does not exist for the vendor. */
    public static MediaException productNotFound() {
        return new MediaException(Kind.NOT_FOUND, "PRODUCT_NOT_FOUND", "There is no such product.", Map.of());
    }

    /** An image from the product's links goes with its link, not on its own. */
    public static MediaException imageFromFeed() {
        return new MediaException(Kind.CONFLICT, "MEDIA_IMAGE_FROM_FEED",
                "This image comes from the product's image links: remove the link from the product's images (and "
                        + "lock the field so the next import keeps it out) instead.", Map.of());
    }

    /** No such stored file (variant) of the vendor, or not (yet) made. */
    public static MediaException fileNotFound() {
        return new MediaException(Kind.NOT_FOUND, "MEDIA_FILE_NOT_FOUND", "There is no such image file.", Map.of());
    }

    /** A key (or a beginning of keys to list) that breaks the rules of {@link ObjectKey}. */
    public static MediaException invalidObjectKey(String key) {
        return new MediaException(Kind.BAD_REQUEST, "MEDIA_OBJECT_KEY_INVALID",
                "'" + abbreviate(key) + "' is not a valid object key: lower-case letters, digits, '_', '-' and '/' "
                        + "separated folders, a last segment of a name and an extension, no '..'.", Map.of());
    }

    /** A content type that is not a plain {@code type/subtype} (with parameters) of printable ASCII. */
    public static MediaException invalidContentType(String contentType) {
        return new MediaException(Kind.BAD_REQUEST, "MEDIA_CONTENT_TYPE_INVALID",
                "'" + abbreviate(contentType) + "' is not a valid content type.", Map.of());
    }

    /** The content handed to the store had another length than the one declared with it; nothing was stored. */
    public static MediaException contentLengthMismatch(long declared) {
        return new MediaException(Kind.BAD_REQUEST, "MEDIA_CONTENT_LENGTH_MISMATCH",
                "The content is not " + declared + " bytes long as declared; nothing was stored.",
                Map.of("declaredLength", declared));
    }

    /**
     * The object store failed (a full disk, an unreachable S3 endpoint, refused credentials); the cause says why and
     * is logged, never shown.
     */
    public static MediaException storeUnavailable(String operation, Throwable cause) {
        MediaException failure = new MediaException(Kind.UNAVAILABLE, "MEDIA_STORE_UNAVAILABLE",
                "The media store could not " + operation + "; try again later.", Map.of());
        failure.initCause(cause);
        return failure;
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

    private static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > 120 ? value.substring(0, 120) + "..." : value;
        return shown.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
