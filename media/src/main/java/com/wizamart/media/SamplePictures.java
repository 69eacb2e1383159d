package com.wizamart.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.SplittableRandom;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Product-like pictures drawn from a label and a seed, for the demo vendor's products and for benchmarks: a
 * background gradient in a colour derived from the seed, a product silhouette (a bottle, a jar, a box or a bag) with
 * its shadow, the label across the bottom, and a faint grain so that the files have the entropy of a photograph
 * rather than of a drawing.
 *
 * <p>Pure Java 2D and the JDK's own Image I/O writers: no file, no network, and it runs headless (set
 * {@code java.awt.headless=true} in a process with no display). The same label, seed and size give the same pixels
 * and the same bytes on one JDK and one set of installed fonts; the label's glyphs may differ between machines.
 */
public final class SamplePictures {

    private static final float JPEG_QUALITY = 0.9f;
    private static final int MAX_SIDE = 10_000;

    private SamplePictures() {
    }

    /**
     * The picture encoded as a baseline JPEG, quality 0.9, no metadata.
     *
     * @param label  the product's name, drawn on the picture; must not be {@literal null}, may be empty.
     * @param seed   chooses the colour, the silhouette and the grain.
     * @param width  1 to 10,000 pixels.
     * @param height 1 to 10,000 pixels.
     */
    public static byte[] jpeg(String label, long seed, int width, int height) {
        return encode(picture(label, seed, width, height), "jpeg");
    }

    /** As {@link #jpeg}, encoded as a PNG (RGB, no transparency, no metadata). */
    public static byte[] png(String label, long seed, int width, int height) {
        return encode(picture(label, seed, width, height), "png");
    }

    /** The picture itself, as {@link #jpeg} and {@link #png} encode it: RGB, {@code width} x {@code height}. */
    public static BufferedImage picture(String label, long seed, int width, int height) {
        Objects.requireNonNull(label, "label");
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("A sample picture is 1 to " + MAX_SIDE + " pixels a side, not "
                    + width + " x " + height);
        }
        SplittableRandom random = new SplittableRandom(seed);
        float hue = random.nextInt(360) / 360f;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.18f, 0.98f),
                    width * 0.3f, height, Color.getHSBColor(hue, 0.45f, 0.72f)));
            g.fillRect(0, 0, width, height);
            drawProduct(g, random, hue, width, height);
            drawLabel(g, label, hue, width, height);
        } finally {
            g.dispose();
        }
        addGrain(image, random.nextLong());
        return image;
    }

    private static void drawProduct(Graphics2D g, SplittableRandom random, float hue, int width, int height) {
        // the product stands in the middle, above the label's band, as on a shop's white-box photo
        double side = Math.min(width, height * 0.78);
        double w = side * (0.34 + random.nextDouble() * 0.14);
        double h = side * (0.55 + random.nextDouble() * 0.15);
        double x = (width - w) / 2;
        double y = height * 0.78 / 2 - h / 2 + height * 0.04;
        Shape shape = switch (random.nextInt(4)) {
            case 0 -> bottle(x, y, w, h);
            case 1 -> jar(x, y, w, h);
            case 2 -> new RoundRectangle2D.Double(x, y, w, h, w * 0.08, w * 0.08);
            default -> bag(x, y, w, h);
        };
        float productHue = (hue + 0.45f + random.nextInt(20) / 100f) % 1f;
        g.setColor(new Color(0, 0, 0, 40));
        g.fill(new Ellipse2D.Double(x - w * 0.05, y + h - h * 0.04, w * 1.1, h * 0.08));
        g.setPaint(new GradientPaint((float) x, 0, Color.getHSBColor(productHue, 0.65f, 0.85f),
                (float) (x + w), 0, Color.getHSBColor(productHue, 0.75f, 0.5f)));
        g.fill(shape);
        g.setColor(Color.getHSBColor(productHue, 0.8f, 0.35f));
        g.setStroke(new BasicStroke((float) Math.max(1, w / 120)));
        g.draw(shape);
        // a paper label on the product, with a few lines of "text" for the fine detail a real label has
        double lx = x + w * 0.15;
        double ly = y + h * 0.45;
        double lw = w * 0.7;
        double lh = h * 0.3;
        g.setColor(new Color(250, 248, 240));
        g.fill(new RoundRectangle2D.Double(lx, ly, lw, lh, lw * 0.06, lw * 0.06));
        g.setColor(new Color(60, 60, 60));
        for (int line = 1; line <= 4; line++) {
            double length = lw * (0.5 + random.nextDouble() * 0.35);
            double lineY = ly + lh * line / 5.5;
            g.fill(new RoundRectangle2D.Double(lx + (lw - length) / 2, lineY, length, Math.max(1, lh / 18), 2, 2));
        }
        g.setColor(new Color(255, 255, 255, 70));
        g.fill(new RoundRectangle2D.Double(x + w * 0.08, y + h * 0.08, w * 0.08, h * 0.8, w * 0.08, w * 0.08));
    }

    private static Shape bottle(double x, double y, double w, double h) {
        Path2D.Double p = new Path2D.Double();
        double neck = w * 0.32;
        p.moveTo(x + (w - neck) / 2, y);
        p.lineTo(x + (w + neck) / 2, y);
        p.lineTo(x + (w + neck) / 2, y + h * 0.18);
        p.curveTo(x + w, y + h * 0.25, x + w, y + h * 0.3, x + w, y + h * 0.35);
        p.lineTo(x + w, y + h * 0.96);
        p.quadTo(x + w, y + h, x + w * 0.95, y + h);
        p.lineTo(x + w * 0.05, y + h);
        p.quadTo(x, y + h, x, y + h * 0.96);
        p.lineTo(x, y + h * 0.35);
        p.curveTo(x, y + h * 0.3, x, y + h * 0.25, x + (w - neck) / 2, y + h * 0.18);
        p.closePath();
        return p;
    }

    private static Shape jar(double x, double y, double w, double h) {
        Path2D.Double p = new Path2D.Double();
        p.append(new RoundRectangle2D.Double(x + w * 0.1, y + h * 0.25, w * 0.8, h * 0.75, w * 0.25, w * 0.25), false);
        p.append(new RoundRectangle2D.Double(x + w * 0.05, y + h * 0.1, w * 0.9, h * 0.17, w * 0.06, w * 0.06), false);
        return p;
    }

    private static Shape bag(double x, double y, double w, double h) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x + w * 0.1, y + h * 0.05);
        p.lineTo(x + w * 0.9, y + h * 0.05);
        p.quadTo(x + w * 1.02, y + h * 0.5, x + w, y + h);
        p.lineTo(x, y + h);
        p.quadTo(x - w * 0.02, y + h * 0.5, x + w * 0.1, y + h * 0.05);
        p.closePath();
        return p;
    }

    private static void drawLabel(Graphics2D g, String label, float hue, int width, int height) {
        if (label.isBlank()) {
            return;
        }
        int size = Math.max(6, Math.min(height / 14, width / 12));
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, size);
        FontMetrics metrics = g.getFontMetrics(font);
        // a long name shrinks to fit the width rather than being cut
        int textWidth = metrics.stringWidth(label);
        if (textWidth > width * 0.9) {
            font = font.deriveFont((float) Math.max(4, size * width * 0.9 / textWidth));
            metrics = g.getFontMetrics(font);
            textWidth = metrics.stringWidth(label);
        }
        g.setFont(font);
        int baseline = (int) (height * 0.9) + metrics.getAscent() / 3;
        g.setColor(Color.getHSBColor(hue, 0.6f, 0.25f));
        g.drawString(label, (width - textWidth) / 2, baseline);
    }

    /** A faint, deterministic grain (+-3 per channel), as a camera's sensor leaves it: photographs are not flat. */
    private static void addGrain(BufferedImage image, long seed) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        long state = seed;
        for (int i = 0; i < pixels.length; i++) {
            // xorshift: a few operations a pixel, so a 12-megapixel picture gets its grain in milliseconds
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            int noise = (int) (state & 7) - 3;
            int rgb = pixels[i];
            pixels[i] = clamp((rgb >> 16 & 0xff) + noise) << 16 | clamp((rgb >> 8 & 0xff) + noise) << 8
                    | clamp((rgb & 0xff) + noise);
        }
    }

    private static int clamp(int channel) {
        return Math.max(0, Math.min(255, channel));
    }

    private static byte[] encode(BufferedImage image, String format) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            // written to memory: an IOException here is a bug, not a condition
            throw new UncheckedIOException("A sample picture could not be encoded as " + format, e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
