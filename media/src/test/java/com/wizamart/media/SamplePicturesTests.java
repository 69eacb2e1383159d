package com.wizamart.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SamplePicturesTests {

    @BeforeAll
    static void runHeadless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void aJpegDecodesAtTheSizeAskedFor() throws IOException {
        byte[] jpeg = SamplePictures.jpeg("Roasted coffee", 7, 640, 480);

        assertThat(jpeg).startsWith(0xFF, 0xD8, 0xFF);
        BufferedImage decoded = decode(jpeg);
        assertThat(decoded.getWidth()).isEqualTo(640);
        assertThat(decoded.getHeight()).isEqualTo(480);
    }

    @Test
    void aPngDecodesAtTheSizeAskedFor() throws IOException {
        byte[] png = SamplePictures.png("Wild honey", 7, 300, 500);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage decoded = decode(png);
        assertThat(decoded.getWidth()).isEqualTo(300);
        assertThat(decoded.getHeight()).isEqualTo(500);
    }

    @Test
    void theSameLabelSeedAndSizeGiveTheSameBytes() {
        assertThat(SamplePictures.jpeg("Dark chocolate", 42, 400, 300))
                .isEqualTo(SamplePictures.jpeg("Dark chocolate", 42, 400, 300));
        assertThat(SamplePictures.png("Dark chocolate", 42, 400, 300))
                .isEqualTo(SamplePictures.png("Dark chocolate", 42, 400, 300));
    }

    @Test
    void differentSeedsGiveDifferentPictures() {
        BufferedImage one = SamplePictures.picture("Dark chocolate", 1, 200, 200);
        BufferedImage other = SamplePictures.picture("Dark chocolate", 2, 200, 200);

        // the background's colour comes from the seed: the corners differ, not only the grain
        assertThat(distance(one.getRGB(2, 2), other.getRGB(2, 2))).isGreaterThan(12);
        assertThat(SamplePictures.jpeg("Dark chocolate", 1, 200, 200))
                .isNotEqualTo(SamplePictures.jpeg("Dark chocolate", 2, 200, 200));
    }

    @Test
    void theLabelIsDrawnOnThePicture() {
        BufferedImage with = SamplePictures.picture("Smoked cheese", 3, 400, 300);
        BufferedImage without = SamplePictures.picture("", 3, 400, 300);

        int y = (int) (300 * 0.9);
        int changed = 0;
        for (int x = 0; x < 400; x++) {
            if (distance(with.getRGB(x, y - 5), without.getRGB(x, y - 5)) > 40) {
                changed++;
            }
        }
        assertThat(changed).isGreaterThan(20);
    }

    @Test
    void aLongLabelAndATinySizeStillMakeAPicture() throws IOException {
        byte[] jpeg = SamplePictures.jpeg("A very long product name that would never fit on a small picture", 9, 1, 1);

        assertThat(decode(jpeg).getWidth()).isEqualTo(1);
    }

    @Test
    void refusesSizesThatAreNoPicture() {
        assertThatIllegalArgumentException().isThrownBy(() -> SamplePictures.jpeg("x", 1, 0, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> SamplePictures.png("x", 1, 10, 10_001));
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image).as("decodes").isNotNull();
        return image;
    }

    /** The largest difference of one channel between two RGB pixels. */
    private static int distance(int rgb, int other) {
        int max = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            max = Math.max(max, Math.abs((rgb >> shift & 0xff) - (other >> shift & 0xff)));
        }
        return max;
    }
}
