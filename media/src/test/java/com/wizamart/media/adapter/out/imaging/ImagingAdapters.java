package com.wizamart.media.adapter.out.imaging;

import com.wizamart.media.application.port.out.ImageProcessor;

/**
 * The imaging adapter as the application gets it, for code outside its package that must run the real thing without
 * a Spring context: the benchmarks. Test sources only; the adapter itself stays package-private.
 */
public final class ImagingAdapters {

    private ImagingAdapters() {
    }

    /** @return a new {@link ImageIoProcessor}, exactly what the application's context holds. */
    public static ImageProcessor imageIoProcessor() {
        return new ImageIoProcessor();
    }
}
