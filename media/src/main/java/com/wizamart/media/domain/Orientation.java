package com.wizamart.media.domain;

/**
 * How a camera says its pixels are to be turned for display (the Exif {@code Orientation} tag, 1 to 8). Variants
 * carry no metadata, so the turn is made in their pixels: a phone photo taken upright must not become a sideways
 * variant once its Exif is gone.
 *
 * <p>Each constant maps a displayed pixel back to the stored one ({@link #sourceX}, {@link #sourceY}) for a stored
 * image of {@code width x height}.
 */
public enum Orientation {

    /** 1: as stored. */
    NORMAL,
    /** 2: mirrored left to right. */
    FLIP_HORIZONTAL,
    /** 3: turned half round. */
    ROTATE_180,
    /** 4: mirrored top to bottom. */
    FLIP_VERTICAL,
    /** 5: mirrored along the top-left to bottom-right diagonal. */
    TRANSPOSE,
    /** 6: to be turned a quarter clockwise. */
    ROTATE_90,
    /** 7: mirrored along the top-right to bottom-left diagonal. */
    TRANSVERSE,
    /** 8: to be turned a quarter counter-clockwise. */
    ROTATE_270;

    private static final int TAG_ORIENTATION = 0x0112;
    private static final int TYPE_SHORT = 3;
    private static final int MARKER_APP1 = 0xE1;
    private static final int MARKER_SOS = 0xDA;
    private static final int MARKER_EOI = 0xD9;
    private static final byte[] EXIF_HEADER = { 'E', 'x', 'i', 'f', 0, 0 };

    /** Whether width and height trade places for display (5 to 8). */
    public boolean swapsSides() {
        return ordinal() >= TRANSPOSE.ordinal();
    }

    /** The size shown, for an image stored at {@code stored}. */
    public PixelSize displayed(PixelSize stored) {
        return swapsSides() ? new PixelSize(stored.height(), stored.width()) : stored;
    }

    /** The stored column of the displayed pixel ({@code x}, {@code y}) of a stored image {@code width x height}. */
    public int sourceX(int x, int y, int width, int height) {
        return switch (this) {
            case NORMAL, FLIP_VERTICAL -> x;
            case FLIP_HORIZONTAL, ROTATE_180 -> width - 1 - x;
            case TRANSPOSE, ROTATE_90 -> y;
            case TRANSVERSE, ROTATE_270 -> width - 1 - y;
        };
    }

    /** The stored row of the displayed pixel ({@code x}, {@code y}) of a stored image {@code width x height}. */
    public int sourceY(int x, int y, int width, int height) {
        return switch (this) {
            case NORMAL, FLIP_HORIZONTAL -> y;
            case ROTATE_180, FLIP_VERTICAL -> height - 1 - y;
            case TRANSPOSE, ROTATE_270 -> x;
            case ROTATE_90, TRANSVERSE -> height - 1 - x;
        };
    }

    /**
     * The orientation a JPEG's Exif segment states. Reads only the segments before the image data, only the first
     * Exif one, and only its first directory's {@code Orientation} entry, every offset checked against the bytes at
     * hand: a damaged or hostile segment cannot make it read elsewhere, only yield {@link #NORMAL}.
     *
     * @param jpeg the whole file, or at least its segments up to the image data.
     * @return {@link #NORMAL} when there is no Exif, no such entry, or anything about them does not add up.
     */
    public static Orientation ofJpeg(byte[] jpeg) {
        int offset = 2;
        while (offset + 4 <= jpeg.length && u8(jpeg, offset) == 0xFF) {
            int marker = u8(jpeg, offset + 1);
            if (marker == 0xFF) {
                offset++; // fill byte
                continue;
            }
            if (marker == MARKER_SOS || marker == MARKER_EOI) {
                break;
            }
            int length = u16(jpeg, offset + 2, false);
            if (length < 2 || offset + 2 + length > jpeg.length) {
                break;
            }
            int payload = offset + 4;
            if (marker == MARKER_APP1 && length - 2 > EXIF_HEADER.length
                    && java.util.Arrays.equals(jpeg, payload, payload + EXIF_HEADER.length, EXIF_HEADER, 0,
                            EXIF_HEADER.length)) {
                return ofTiff(jpeg, payload + EXIF_HEADER.length, offset + 2 + length);
            }
            offset += 2 + length;
        }
        return NORMAL;
    }

    /** The orientation in the TIFF structure at {@code [start, end)} of {@code bytes}. */
    private static Orientation ofTiff(byte[] bytes, int start, int end) {
        if (end - start < 8) {
            return NORMAL;
        }
        boolean littleEndian;
        if (bytes[start] == 'I' && bytes[start + 1] == 'I') {
            littleEndian = true;
        } else if (bytes[start] == 'M' && bytes[start + 1] == 'M') {
            littleEndian = false;
        } else {
            return NORMAL;
        }
        if (u16(bytes, start + 2, littleEndian) != 42) {
            return NORMAL;
        }
        long ifd = u32(bytes, start + 4, littleEndian);
        if (ifd < 8 || ifd > end - start - 2) {
            return NORMAL;
        }
        int directory = start + (int) ifd;
        int entries = u16(bytes, directory, littleEndian);
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + 12 * i;
            if (entry + 12 > end) {
                break;
            }
            if (u16(bytes, entry, littleEndian) == TAG_ORIENTATION) {
                int value = u16(bytes, entry + 8, littleEndian);
                boolean wellFormed = u16(bytes, entry + 2, littleEndian) == TYPE_SHORT
                        && u32(bytes, entry + 4, littleEndian) == 1;
                return wellFormed && value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
            }
        }
        return NORMAL;
    }

    private static int u8(byte[] bytes, int offset) {
        return bytes[offset] & 0xFF;
    }

    private static int u16(byte[] bytes, int offset, boolean littleEndian) {
        int first = u8(bytes, offset);
        int second = u8(bytes, offset + 1);
        return littleEndian ? first | second << 8 : first << 8 | second;
    }

    private static long u32(byte[] bytes, int offset, boolean littleEndian) {
        long first = u16(bytes, offset, littleEndian);
        long second = u16(bytes, offset + 2, littleEndian);
        return littleEndian ? second << 16 | first : first << 16 | second;
    }
}
