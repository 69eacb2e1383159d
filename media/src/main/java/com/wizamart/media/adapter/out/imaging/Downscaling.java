package com.wizamart.media.adapter.out.imaging;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import com.wizamart.media.domain.PixelSize;

/**
 * Good-quality downscaling with Java 2D: halving steps while the image is at least twice the target (a bilinear
 * sample at exactly 2:1 is the average of 2 x 2 pixels, so no source pixel is skipped), then one bicubic step to the
 * exact size. Always draws into a new image of the platform's own type (packed RGB, or ARGB with transparency), so
 * what comes out holds nothing of the decoded file but its pixels.
 */
final class Downscaling {

    private Downscaling() {
    }

    /**
     * @param source any decoded image, never upscaled: {@code target} is at most its size.
     * @param alpha  whether to keep transparency ({@code TYPE_INT_ARGB}) or not ({@code TYPE_INT_RGB}).
     * @return a new image of exactly {@code target}'s size, even when it is the source's own.
     */
    static BufferedImage scale(BufferedImage source, PixelSize target, boolean alpha) {
        if (target.width() > source.getWidth() || target.height() > source.getHeight()) {
            throw new IllegalArgumentException("Images are never upscaled: " + source.getWidth() + "x"
                    + source.getHeight() + " to " + target);
        }
        BufferedImage current = source;
        int width = source.getWidth();
        int height = source.getHeight();
        while (width / 2 >= target.width() && height / 2 >= target.height()) {
            width /= 2;
            height /= 2;
            current = draw(current, width, height, alpha, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (current == source || width != target.width() || height != target.height()) {
            current = draw(current, target.width(), target.height(), alpha,
                    RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        }
        return current;
    }

    /** The image as it looks on a white page: opaque RGB (for JPEG, which has no transparency). */
    static BufferedImage onWhite(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = opaque.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return opaque;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha,
                                      Object interpolation) {
        BufferedImage target = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION,
                    RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
