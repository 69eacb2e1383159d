package com.wizamart.media.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrientationTests {

    @ParameterizedTest
    @EnumSource(ByteOrderName.class)
    void readsEachOrientationFromTheExifSegmentInEitherByteOrder(ByteOrderName order) {
        for (int value = 1; value <= 8; value++) {
            byte[] jpeg = jpeg(app0(), app1(exif(order.order, 0x0112, 3, 1, value)));

            assertThat(Orientation.ofJpeg(jpeg)).as("value " + value).isEqualTo(Orientation.values()[value - 1]);
        }
    }

    @Test
    void findsTheOrientationAmongOtherEntries() {
        byte[] tiff = tiff(ByteOrder.BIG_ENDIAN, new int[][] { { 0x010F, 2, 4, 0 }, { 0x0112, 3, 1, 6 },
                { 0x8825, 4, 1, 0 } });

        assertThat(Orientation.ofJpeg(jpeg(app0(), app1(tiff)))).isEqualTo(Orientation.ROTATE_90);
    }

    @Test
    void isNormalWithoutExifOrWithAnythingThatDoesNotAddUp() {
        assertThat(Orientation.ofJpeg(jpeg(app0()))).as("no Exif").isEqualTo(Orientation.NORMAL);
        assertThat(Orientation.ofJpeg(jpeg(app0(), app1(exif(ByteOrder.BIG_ENDIAN, 0x0112, 3, 1, 9)))))
                .as("no such orientation").isEqualTo(Orientation.NORMAL);
        assertThat(Orientation.ofJpeg(jpeg(app0(), app1(exif(ByteOrder.BIG_ENDIAN, 0x0112, 4, 1, 6)))))
                .as("not a SHORT").isEqualTo(Orientation.NORMAL);
        assertThat(Orientation.ofJpeg(jpeg(app0(), app1(exif(ByteOrder.BIG_ENDIAN, 0x0110, 3, 1, 6)))))
                .as("another tag").isEqualTo(Orientation.NORMAL);
        byte[] farOffset = exif(ByteOrder.BIG_ENDIAN, 0x0112, 3, 1, 6);
        ByteBuffer.wrap(farOffset).putInt(4, 0x7FFF_FFF0);
        assertThat(Orientation.ofJpeg(jpeg(app0(), app1(farOffset)))).as("directory beyond the segment")
                .isEqualTo(Orientation.NORMAL);
        byte[] manyEntries = exif(ByteOrder.BIG_ENDIAN, 0x0110, 3, 1, 6);
        ByteBuffer.wrap(manyEntries).putShort(8, (short) 0xFFFF);
        assertThat(Orientation.ofJpeg(jpeg(app0(), app1(manyEntries)))).as("more entries than bytes")
                .isEqualTo(Orientation.NORMAL);
        byte[] cut = jpeg(app0(), app1(exif(ByteOrder.BIG_ENDIAN, 0x0112, 3, 1, 6)));
        assertThat(Orientation.ofJpeg(java.util.Arrays.copyOf(cut, cut.length - 12))).as("segment cut short")
                .isEqualTo(Orientation.NORMAL);
        assertThat(Orientation.ofJpeg(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void readsNoExifAfterTheImageDataStarts() {
        byte[] sos = { (byte) 0xFF, (byte) 0xDA, 0, 2 };

        assertThat(Orientation.ofJpeg(jpeg(app0(), sos, app1(exif(ByteOrder.BIG_ENDIAN, 0x0112, 3, 1, 6)))))
                .isEqualTo(Orientation.NORMAL);
    }

    @Test
    void swapsSidesForTheQuarterTurnsAndDiagonalMirrors() {
        PixelSize stored = new PixelSize(400, 300);

        assertThat(Orientation.ROTATE_90.displayed(stored)).isEqualTo(new PixelSize(300, 400));
        assertThat(Orientation.TRANSVERSE.displayed(stored)).isEqualTo(new PixelSize(300, 400));
        assertThat(Orientation.ROTATE_180.displayed(stored)).isEqualTo(stored);
        assertThat(Orientation.FLIP_HORIZONTAL.displayed(stored)).isEqualTo(stored);
    }

    /**
     * A stored 3 x 2 image with its top-left pixel marked: where that pixel is shown. (For 6, turning a quarter
     * clockwise brings the stored top-left to the shown top-right.)
     */
    @Test
    void mapsShownPixelsBackToStoredOnes() {
        assertThat(shownPositionOfStoredTopLeft(Orientation.NORMAL)).containsExactly(0, 0);
        assertThat(shownPositionOfStoredTopLeft(Orientation.FLIP_HORIZONTAL)).containsExactly(2, 0);
        assertThat(shownPositionOfStoredTopLeft(Orientation.ROTATE_180)).containsExactly(2, 1);
        assertThat(shownPositionOfStoredTopLeft(Orientation.FLIP_VERTICAL)).containsExactly(0, 1);
        assertThat(shownPositionOfStoredTopLeft(Orientation.TRANSPOSE)).containsExactly(0, 0);
        assertThat(shownPositionOfStoredTopLeft(Orientation.ROTATE_90)).containsExactly(1, 0);
        assertThat(shownPositionOfStoredTopLeft(Orientation.TRANSVERSE)).containsExactly(1, 2);
        assertThat(shownPositionOfStoredTopLeft(Orientation.ROTATE_270)).containsExactly(0, 2);
    }

    private static int[] shownPositionOfStoredTopLeft(Orientation orientation) {
        PixelSize shown = orientation.displayed(new PixelSize(3, 2));
        for (int y = 0; y < shown.height(); y++) {
            for (int x = 0; x < shown.width(); x++) {
                if (orientation.sourceX(x, y, 3, 2) == 0 && orientation.sourceY(x, y, 3, 2) == 0) {
                    return new int[] { x, y };
                }
            }
        }
        throw new AssertionError("The stored top-left pixel is not shown");
    }

    enum ByteOrderName {
        INTEL(ByteOrder.LITTLE_ENDIAN), MOTOROLA(ByteOrder.BIG_ENDIAN);

        final ByteOrder order;

        ByteOrderName(ByteOrder order) {
            this.order = order;
        }
    }

    private static byte[] exif(ByteOrder order, int tag, int type, int count, int value) {
        return tiff(order, new int[][] { { tag, type, count, value } });
    }

    /** A TIFF structure with one directory of entries {tag, type, count, inline value (SHORT-sized)}. */
    private static byte[] tiff(ByteOrder order, int[][] entries) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 * entries.length + 4).order(order);
        tiff.put(order == ByteOrder.LITTLE_ENDIAN ? new byte[] { 'I', 'I' } : new byte[] { 'M', 'M' });
        tiff.putShort((short) 42).putInt(8).putShort((short) entries.length);
        for (int[] entry : entries) {
            tiff.putShort((short) entry[0]).putShort((short) entry[1]).putInt(entry[2]).putShort((short) entry[3])
                    .putShort((short) 0);
        }
        tiff.putInt(0);
        return tiff.array();
    }

    private static byte[] app0() {
        return segment(0xE0, "JFIF\0\1\1\0\0\1\0\1\0\0".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] app1(byte[] tiff) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        payload.writeBytes(tiff);
        return segment(0xE1, payload.toByteArray());
    }

    private static byte[] segment(int marker, byte[] payload) {
        return ByteBuffer.allocate(4 + payload.length).put((byte) 0xFF).put((byte) marker)
                .putShort((short) (payload.length + 2)).put(payload).array();
    }

    private static byte[] jpeg(byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD8 });
        for (byte[] segment : segments) {
            out.writeBytes(segment);
        }
        out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD9 });
        return out.toByteArray();
    }
}
