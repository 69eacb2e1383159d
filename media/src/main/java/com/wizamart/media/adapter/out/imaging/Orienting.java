package com.wizamart.media.adapter.out.imaging;

import java.awt.image.BufferedImage;

import com.wizamart.media.domain.Orientation;
import com.wizamart.media.domain.PixelSize;

/** Turns or mirrors a variant's pixels as its original's Exif orientation says, pixel for pixel (no resampling). */
final class Orienting {

    private Orienting() {
    }

    /**
     * @param image a packed-int image ({@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB}), as {@link Downscaling} makes.
     * @return the image as it is to be shown; the image itself when nothing is to be done.
     */
    static BufferedImage turn(BufferedImage image, Orientation orientation) {
        if (orientation == Orientation.NORMAL) {
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        PixelSize shown = orientation.displayed(new PixelSize(width, height));
        int[] source = image.getRGB(0, 0, width, height, null, 0, width);
        int[] target = new int[source.length];
        for (int y = 0; y < shown.height(); y++) {
            for (int x = 0; x < shown.width(); x++) {
                target[y * shown.width() + x] = source[orientation.sourceY(x, y, width, height) * width
                        + orientation.sourceX(x, y, width, height)];
            }
        }
        BufferedImage turned = new BufferedImage(shown.width(), shown.height(), image.getType());
        turned.setRGB(0, 0, shown.width(), shown.height(), target, 0, shown.width());
        return turned;
    }
}
