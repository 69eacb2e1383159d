package com.wizamart.media.adapter.out.imaging;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Images made by the tests themselves: drawn with Java 2D and written by the JDK's Image I/O writers, or, for the
 * hostile ones, put together byte by byte (chunks with valid CRCs, segments with valid lengths).
 */
final class TestImages {

    private TestImages() {
    }

    /** A picture with gradients, lines and shapes (detail to scale), optionally with a transparent left half. */
    static BufferedImage picture(int width, int height, boolean transparentLeftHalf) {
        BufferedImage image = new BufferedImage(width, height,
                transparentLeftHalf ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (int y = 0; y < height; y++) {
                g.setColor(new Color(40 + 150 * y / height, 90, 200 - 150 * y / height));
                g.drawLine(0, y, width, y);
            }
            g.setColor(Color.ORANGE);
            g.fillOval(width / 4, height / 4, width / 2, height / 2);
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(Math.max(1, width / 200f)));
            for (int x = 0; x < width; x += Math.max(4, width / 40)) {
                g.drawLine(x, 0, width - x, height);
            }
            if (transparentLeftHalf) {
                g.setComposite(java.awt.AlphaComposite.Clear);
                g.fillRect(0, 0, width / 2, height);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** One colour all over. */
    static BufferedImage plain(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static byte[] jpeg(int width, int height) {
        return write(picture(width, height, false), "jpeg");
    }

    static byte[] png(int width, int height, boolean transparentLeftHalf) {
        return write(picture(width, height, transparentLeftHalf), "png");
    }

    static byte[] gif(int width, int height) {
        return write(picture(width, height, false), "gif");
    }

    /** Written by the JDK's own writer for the format (Image I/O's JPEG, PNG, GIF, BMP or TIFF). */
    static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An animated GIF whose frames are one colour each, in this order. */
    static byte[] animatedGif(int width, int height, Color... frames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (Color color : frames) {
                writer.writeToSequence(new IIOImage(plain(width, height, color), null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * A PNG whose header claims {@code width x height} RGB pixels but whose data is one row of zeros: a few hundred
     * bytes that a careless decoder would allocate {@code 4 x width x height} bytes for.
     */
    static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
        pngChunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(new byte[1 + 3 * width]);
        deflater.finish();
        byte[] buffer = new byte[64 * 1024];
        int length = deflater.deflate(buffer);
        deflater.end();
        pngChunk(out, "IDAT", Arrays.copyOf(buffer, length));
        pngChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Adds a chunk (e.g. {@code tEXt}) right after the PNG's IHDR. */
    static byte[] withPngChunk(byte[] png, String type, byte[] data) {
        int afterIhdr = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterIhdr);
        pngChunk(out, type, data);
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }

    private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** The JPEG with its frame header (SOF0) claiming another size; the scan data stays that of the real size. */
    static byte[] jpegClaiming(byte[] jpeg, int width, int height) {
        byte[] copy = jpeg.clone();
        int sof = segments(copy).stream().filter(s -> s.marker() == 0xC0).findFirst().orElseThrow().offset();
        // FF C0, length (2), precision (1), height (2), width (2)
        ByteBuffer.wrap(copy, sof + 5, 4).putShort((short) height).putShort((short) width);
        return copy;
    }

    /** The GIF with its screen and first image descriptor claiming another size (little-endian 16-bit fields). */
    static byte[] gifClaiming(byte[] gif, int width, int height) {
        byte[] copy = gif.clone();
        putLittleEndianShort(copy, 6, width);
        putLittleEndianShort(copy, 8, height);
        int descriptor = gifFirstImageDescriptor(copy);
        putLittleEndianShort(copy, descriptor + 5, width);
        putLittleEndianShort(copy, descriptor + 7, height);
        return copy;
    }

    /** Where the first image descriptor (0x2C) starts: after the screen, its colour table and any extensions. */
    private static int gifFirstImageDescriptor(byte[] gif) {
        int offset = 13;
        if ((gif[10] & 0x80) != 0) {
            offset += 3 * (1 << ((gif[10] & 0x07) + 1));
        }
        while (gif[offset] == 0x21) {
            offset += 2;
            while (gif[offset] != 0) {
                offset += 1 + (gif[offset] & 0xFF);
            }
            offset++;
        }
        if (gif[offset] != 0x2C) {
            throw new IllegalArgumentException("No image descriptor at " + offset);
        }
        return offset;
    }

    private static void putLittleEndianShort(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) value;
        bytes[offset + 1] = (byte) (value >>> 8);
    }

    /** Inserts a segment (marker and payload; the length is computed) after the JPEG's first APP0 (JFIF). */
    static byte[] withJpegSegment(byte[] jpeg, int marker, byte[] payload) {
        Segment app0 = segments(jpeg).getFirst();
        if (app0.marker() != 0xE0) {
            throw new IllegalStateException("Expected a JFIF APP0 first, found " + Integer.toHexString(app0.marker()));
        }
        int insertAt = app0.offset() + 2 + app0.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, insertAt);
        out.write(0xFF);
        out.write(marker);
        out.writeBytes(ByteBuffer.allocate(2).putShort((short) (payload.length + 2)).array());
        out.writeBytes(payload);
        out.write(jpeg, insertAt, jpeg.length - insertAt);
        return out.toByteArray();
    }

    /**
     * An Exif APP1 payload ({@code Exif\0\0} and a big-endian TIFF structure) whose IFD0 points to a GPS IFD with
     * version, latitude 49°36'45.12" N and longitude 6°7'30" E.
     */
    static byte[] exifWithGps() {
        ByteBuffer tiff = ByteBuffer.allocate(140);
        tiff.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
        // IFD0 at 8: one entry, GPSInfo (0x8825, LONG) pointing at the GPS IFD at 26
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
        tiff.putInt(0);
        // GPS IFD at 26: five entries; rationals after it at 92 and 116
        tiff.putShort((short) 5);
        tiff.putShort((short) 0x0000).putShort((short) 1).putInt(4).put(new byte[] { 2, 2, 0, 0 });
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(92);
        tiff.putShort((short) 0x0003).putShort((short) 2).putInt(2).put(new byte[] { 'E', 0, 0, 0 });
        tiff.putShort((short) 0x0004).putShort((short) 5).putInt(3).putInt(116);
        tiff.putInt(0);
        tiff.putInt(49).putInt(1).putInt(36).putInt(1).putInt(4512).putInt(100);
        tiff.putInt(6).putInt(1).putInt(7).putInt(1).putInt(3000).putInt(100);
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        payload.writeBytes(Arrays.copyOf(tiff.array(), tiff.position()));
        return payload.toByteArray();
    }

    /** An Exif APP1 payload whose only entry is the orientation (1 to 8). */
    static byte[] exifOrientation(int value) {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) value).putShort((short) 0);
        tiff.putInt(0);
        return concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
    }

    /** A JPEG segment header: its marker (the byte after FF), where its FF is, and its length field. */
    record Segment(int marker, int offset, int length) {
    }

    /** The segments of a JPEG from SOI up to and including SOS (after which entropy-coded data follows). */
    static List<Segment> segments(byte[] jpeg) {
        if ((jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new IllegalArgumentException("Not a JPEG");
        }
        List<Segment> segments = new ArrayList<>();
        int offset = 2;
        while (offset + 4 <= jpeg.length) {
            if ((jpeg[offset] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException("No marker at " + offset);
            }
            int marker = jpeg[offset + 1] & 0xFF;
            int length = ((jpeg[offset + 2] & 0xFF) << 8) | (jpeg[offset + 3] & 0xFF);
            segments.add(new Segment(marker, offset, length));
            if (marker == 0xDA) {
                break;
            }
            offset += 2 + length;
        }
        return segments;
    }

    /** The four-character ids of a WebP file's chunks, in order. */
    static List<String> webpChunks(byte[] webp) {
        List<String> chunks = new ArrayList<>();
        int offset = 12;
        while (offset + 8 <= webp.length) {
            chunks.add(new String(webp, offset, 4, StandardCharsets.US_ASCII));
            int size = ByteBuffer.wrap(webp, offset + 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
            offset += 8 + size + (size & 1);
        }
        return chunks;
    }

    static int indexOf(byte[] bytes, byte[] part, int from) {
        outer:
        for (int i = from; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static boolean contains(byte[] bytes, String ascii) {
        return indexOf(bytes, ascii.getBytes(StandardCharsets.US_ASCII), 0) >= 0;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A PNG of 16 bits a sample, RGBA (8 bytes a pixel once decoded), written by the JDK's PNG writer. */
    static byte[] png16BitRgba(int width, int height) {
        var colorModel = new java.awt.image.ComponentColorModel(
                java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB), true, false,
                java.awt.Transparency.TRANSLUCENT, java.awt.image.DataBuffer.TYPE_USHORT);
        var raster = colorModel.createCompatibleWritableRaster(width, height);
        return write(new BufferedImage(colorModel, raster, false, null), "png");
    }

    /** A progressive JPEG, written by the JDK's JPEG writer. */
    static byte[] progressiveJpeg(int width, int height) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            var param = writer.getDefaultWriteParam();
            param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (var out = new javax.imageio.stream.MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new javax.imageio.IIOImage(picture(width, height, false), null, null), param);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }
}
