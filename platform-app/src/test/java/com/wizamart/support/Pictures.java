package com.wizamart.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Real image files for tests, drawn with Java2D: each seed gives other pixels, so other content. */
public final class Pictures {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Pictures() {
    }

    public static byte[] png(int width, int height, int seed) {
        return encode(draw(width, height, seed, BufferedImage.TYPE_INT_ARGB), "png");
    }

    public static byte[] jpeg(int width, int height, int seed) {
        return encode(draw(width, height, seed, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    public static byte[] gif(int width, int height, int seed) {
        return encode(draw(width, height, seed, BufferedImage.TYPE_INT_RGB), "gif");
    }

    /** An SVG whose script would run where it is shown inline. */
    public static byte[] svgWithScript() {
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                  <script>alert(document.cookie)</script><rect width="10" height="10"/>
                </svg>""".getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A PNG of a few dozen bytes whose header claims {@code width} x {@code height} pixels (a decompression bomb); it
     * has no pixel data at all.
     */
    public static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // truecolour
        chunk(out, "IHDR", ihdr);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A real PNG with an HTML page appended after its end: a browser sniffing it might take it for HTML. */
    public static byte[] polyglot(int seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(png(32, 32, seed));
        out.writeBytes("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static BufferedImage draw(int width, int height, int seed, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(Color.HSBtoRGB((seed * 0.137f) % 1f, 0.6f, 0.9f)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(seed * 7919 & 0xFFFFFF));
        g.fillOval(width / 4, height / 4, width / 2 + seed % 7, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void putInt(byte[] into, int at, int value) {
        into[at] = (byte) (value >>> 24);
        into[at + 1] = (byte) (value >>> 16);
        into[at + 2] = (byte) (value >>> 8);
        into[at + 3] = (byte) value;
    }
}
