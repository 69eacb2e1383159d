package archfixtures.imageio.shop;

import javax.imageio.ImageIO;

/** Innocent: uses Image I/O without touching its plugin registrations. */
public class ReadingWithImageIo {

    public boolean canReadPng() {
        return ImageIO.getImageReadersByFormatName("png").hasNext();
    }
}
