package com.wizamart.media.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import com.wizamart.media.domain.MediaHash;
import com.wizamart.media.domain.ImageLimits;
import com.wizamart.media.domain.ImageType;
import com.wizamart.media.domain.MediaException;
import com.wizamart.media.domain.PixelSize;
import com.wizamart.media.domain.Variant;

/**
 * Decides whether an untrusted file is an image the platform takes, and makes its display variants.
 *
 * <p>{@link #inspect} works in the order that keeps a hostile file cheap (ADR 0037): the size in bytes first, then
 * the type from the file's own first bytes (never a name or a declared {@code Content-Type}), then width x height
 * from the header, checked against the pixel limit before any pixel is decoded, then the decoding itself (GIF: the
 * first frame). {@link #variants} re-encodes from pixels only, so nothing of the original's metadata (EXIF, GPS,
 * comments, whatever else rides along in the file) is in a variant; the original's bytes stay as they came.
 */
public interface ImageProcessor {

    /**
     * Checks and decodes a file.
     *
     * @param original the file as received; not changed, and not to be changed while the result is in use.
     * @param limits   the limits to apply; must not be {@literal null}.
     * @throws MediaException {@code MEDIA_EMPTY}, {@code MEDIA_TOO_LARGE}, {@code MEDIA_TYPE_NOT_ALLOWED},
     *                        {@code MEDIA_TOO_MANY_PIXELS} (also when the pixels, at their depth, would take more
     *                        than {@link ImageLimits#maxDecodedBytes()}) or {@code MEDIA_UNREADABLE}; never another
     *                        exception for a bad file. {@code MEDIA_BUSY} (not the file's fault: try again shortly)
     *                        when too many images are being decoded at once.
     */
    DecodedImage inspect(byte[] original, ImageLimits limits);

    /**
     * As {@link #inspect(byte[], ImageLimits)}, reading the stream up to one byte past the limit (a longer stream is
     * refused without being read further). The stream is left open.
     *
     * @throws IOException when the stream itself fails (not the file's fault: the caller may try again).
     */
    DecodedImage inspect(InputStream original, ImageLimits limits) throws IOException;

    /**
     * The display variants of a decoded image: each {@link com.wizamart.media.domain.VariantSize} in each of
     * {@link #variantFormats()}, ordered by size then format.
     *
     * @param image one this processor returned.
     * @throws MediaException {@code MEDIA_VARIANTS_FAILED} when an encoder fails (I/O, or a native writer that broke),
     *                        {@code MEDIA_BUSY} when too many images are being processed at once; never a raw
     *                        exception or error of an encoder.
     */
    List<Variant> variants(DecodedImage image);

    /** The formats variants are made in: always JPEG; WebP too where its encoder works on this machine. */
    Set<ImageType> variantFormats();

    /**
     * An accepted image: its facts and its decoded pixels (held by the processor, in whatever form it needs). It holds
     * the whole decoded image in memory (about 4 bytes a pixel): make the variants and let it go.
     */
    interface DecodedImage {

        /** The type its bytes announced and decoded as. */
        ImageType type();

        /** Width and height of the (first frame of the) image. */
        PixelSize size();

        /** The SHA-256 of the original's bytes. */
        MediaHash contentHash();

        /** The original's size in bytes. */
        int byteCount();

        /** A copy of the original's bytes, exactly as received: what is kept as the original. */
        byte[] original();
    }
}
