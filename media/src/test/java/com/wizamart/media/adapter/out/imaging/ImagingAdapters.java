package com.wizamart.media.adapter.out.imaging;

import com.wizamart.media.application.port.out.ImageProcessor;
import com.wizamart.media.config.MediaDecodingProperties;

/**
 * The imaging adapter as the application gets it, for code outside its package that must run the real thing without
 * a Spring context: the benchmarks. Test sources only; the adapter itself stays package-private.
 */
public final class ImagingAdapters {

    private ImagingAdapters() {
    }

    /**
     * @return a new {@link ImageIoProcessor} with the default decoding settings (as many decodes at once as the
     *         processors), exactly what the application's context holds.
     */
    public static ImageProcessor imageIoProcessor() {
        return new ImageIoProcessor(MediaDecodingProperties.defaults());
    }
}
