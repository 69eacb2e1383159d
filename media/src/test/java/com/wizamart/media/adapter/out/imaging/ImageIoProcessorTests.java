package com.wizamart.media.adapter.out.imaging;

import static com.wizamart.media.adapter.out.imaging.TestImages.ascii;
import static com.wizamart.media.adapter.out.imaging.TestImages.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.wizamart.media.application.port.out.ImageProcessor.DecodedImage;
import com.wizamart.media.config.MediaDecodingProperties;
import com.wizamart.media.domain.MediaHash;
import com.wizamart.media.domain.ImageLimits;
import com.wizamart.media.domain.ImageType;
import com.wizamart.media.domain.MediaException;
import com.wizamart.media.domain.PixelSize;
import com.wizamart.media.domain.Variant;
import com.wizamart.media.domain.VariantSize;

class ImageIoProcessorTests {

    /**
     * A 24 x 16 lossless WebP with an alpha channel (left half transparent, right half opaque red), written once by
     * libwebp through webp-imageio's writer, so that WebP input is tested on machines where that writer does not load.
     */
    static final byte[] LOSSLESS_WEBP = Base64.getDecoder().decode(WebPSamples.LOSSLESS_24X16_HALF_TRANSPARENT);

    private final ImageIoProcessor processor = new ImageIoProcessor(MediaDecodingProperties.defaults());
    private final ImageLimits limits = ImageLimits.defaults();

    // ---- accepted types ----------------------------------------------------------------------------------------

    @Test
    void acceptsAJpegAndReadsItsSizeAndHashFromItsOwnBytes() {
        byte[] jpeg = TestImages.jpeg(1200, 800);

        DecodedImage image = processor.inspect(jpeg, limits);

        assertThat(image.type()).isEqualTo(ImageType.JPEG);
        assertThat(image.size()).isEqualTo(new PixelSize(1200, 800));
        assertThat(image.contentHash()).isEqualTo(MediaHash.of(jpeg));
        assertThat(image.byteCount()).isEqualTo(jpeg.length);
        assertThat(image.original()).isEqualTo(jpeg);
    }

    @Test
    void acceptsAPngWithTransparencyFlattenedOnWhiteInJpegAndKeptInWebP() throws IOException {
        DecodedImage image = processor.inspect(TestImages.png(400, 300, true), limits);

        assertThat(image.type()).isEqualTo(ImageType.PNG);
        List<Variant> variants = processor.variants(image);
        BufferedImage jpeg = decode(variant(variants, VariantSize.THUMBNAIL, ImageType.JPEG));
        assertThat(jpeg.getColorModel().hasAlpha()).isFalse();
        assertThat(new Color(jpeg.getRGB(10, 50))).satisfies(c -> assertThat(c.getRed() + c.getGreen() + c.getBlue())
                .as("the transparent half on white").isGreaterThan(3 * 245));
        assertThat(new Color(jpeg.getRGB(150, 50))).satisfies(c -> assertThat(c.getBlue() + c.getGreen())
                .as("the opaque half keeps its colours").isLessThan(2 * 235));
        if (processor.variantFormats().contains(ImageType.WEBP)) {
            BufferedImage webp = decode(variant(variants, VariantSize.THUMBNAIL, ImageType.WEBP));
            assertThat(webp.getRGB(10, 50) >>> 24).as("alpha of the transparent half").isZero();
            assertThat(webp.getRGB(150, 50) >>> 24).as("alpha of the opaque half").isEqualTo(255);
        }
    }

    @Test
    void acceptsAGifAndUsesItsFirstFrameOnly() throws IOException {
        byte[] gif = TestImages.animatedGif(64, 48, Color.BLUE, Color.RED, Color.GREEN);

        DecodedImage image = processor.inspect(gif, limits);

        assertThat(image.type()).isEqualTo(ImageType.GIF);
        assertThat(image.size()).isEqualTo(new PixelSize(64, 48));
        Color middle = new Color(decode(variant(processor.variants(image), VariantSize.THUMBNAIL, ImageType.JPEG))
                .getRGB(32, 24));
        assertThat(middle.getBlue()).isGreaterThan(200);
        assertThat(middle.getRed()).isLessThan(40);
    }

    @Test
    void acceptsALosslessWebPWithTransparencyDecodedInJava() throws IOException {
        DecodedImage image = processor.inspect(LOSSLESS_WEBP, limits);

        assertThat(image.type()).isEqualTo(ImageType.WEBP);
        assertThat(image.size()).isEqualTo(new PixelSize(24, 16));
        BufferedImage jpeg = decode(variant(processor.variants(image), VariantSize.LARGE, ImageType.JPEG));
        assertThat(new Color(jpeg.getRGB(2, 8)).getGreen()).as("transparent, on white").isGreaterThan(240);
        assertThat(new Color(jpeg.getRGB(21, 8)).getGreen()).as("red").isLessThan(40);
    }

    @Test
    void acceptsALossyWebPWrittenByLibwebp() throws IOException {
        assumeTrue(processor.variantFormats().contains(ImageType.WEBP), "the native WebP writer loads here");
        byte[] webp = variant(processor.variants(processor.inspect(TestImages.jpeg(900, 600), limits)),
                VariantSize.MEDIUM, ImageType.WEBP).bytes();

        DecodedImage image = processor.inspect(webp, limits);

        assertThat(image.type()).isEqualTo(ImageType.WEBP);
        assertThat(image.size()).isEqualTo(new PixelSize(640, 427));
    }

    // ---- who decodes -------------------------------------------------------------------------------------------

    @Test
    void decodesWebPWithTwelveMonkeysPureJavaReaderAndTheRestWithTheJdksOwn() {
        assertThat(ImageIoProcessor.readerProvider(ImageType.WEBP))
                .isInstanceOf(com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi.class);
        for (ImageType type : List.of(ImageType.JPEG, ImageType.PNG, ImageType.GIF)) {
            assertThat(ImageIoProcessor.readerProvider(type).getClass().getModule().getName())
                    .as(type.name()).isEqualTo("java.desktop");
        }
    }

    @Test
    void takesTheNativeWebPReaderOutOfImageIoSoThatNothingHandsItAFile() throws IOException {
        String nativeReader = "com.luciad.imageio.webp.WebPImageReaderSpi";
        List<String> declared = new ArrayList<>();
        var resources = getClass().getClassLoader().getResources("META-INF/services/javax.imageio.spi.ImageReaderSpi");
        while (resources.hasMoreElements()) {
            try (InputStream in = resources.nextElement().openStream()) {
                declared.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(declared).as("webp-imageio declares its native reader to Image I/O")
                .anyMatch(text -> text.contains(nativeReader));

        new ImageIoProcessor(MediaDecodingProperties.defaults());

        List<String> webpReaders = new ArrayList<>();
        ImageIO.getImageReadersByFormatName("webp")
                .forEachRemaining(reader -> webpReaders.add(reader.getOriginatingProvider().getClass().getName()));
        assertThat(webpReaders).doesNotContain(nativeReader)
                .contains(com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi.class.getName());
    }

    // ---- limits ------------------------------------------------------------------------------------------------

    @Test
    void refusesADecompressionBombFromItsHeaderQuicklyAndWithLittleMemory() {
        byte[] bomb = TestImages.pngClaiming(50_000, 50_000);
        assertThat(bomb.length).as("a tiny file claiming 2.5 billion pixels").isLessThan(1024);
        processor.inspect(TestImages.png(16, 16, false), limits); // classes loaded, readers found

        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            long allocated = allocatedBy(() -> assertRefused(() -> processor.inspect(bomb, limits),
                    "MEDIA_TOO_MANY_PIXELS"));
            assertThat(allocated).as("bytes allocated to refuse it").isLessThan(4L * 1024 * 1024);
        });
    }

    static Stream<Arguments> filesClaimingHugeSizes() {
        return Stream.of(
                Arguments.of("PNG", TestImages.pngClaiming(50_000, 50_000)),
                Arguments.of("JPEG", TestImages.jpegClaiming(TestImages.jpeg(16, 16), 65_000, 65_000)),
                Arguments.of("GIF", TestImages.gifClaiming(TestImages.gif(16, 16), 65_535, 65_535)),
                Arguments.of("WebP", WebPSamples.claiming(LOSSLESS_WEBP, 16_384, 16_384)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesClaimingHugeSizes")
    void refusesEveryTypeClaimingTooManyPixelsBeforeDecodingIt(String type, byte[] bomb) {
        MediaException refused = catchThrowableOfType(MediaException.class, () -> processor.inspect(bomb, limits));

        assertThat(refused.errorCode()).isEqualTo("MEDIA_TOO_MANY_PIXELS");
        assertThat(refused.details()).containsEntry("maxPixels", ImageLimits.DEFAULT_MAX_PIXELS);
    }

    @Test
    void acceptsAnExtendedWebPWhoseImageFillsItsCanvas() {
        DecodedImage image = processor.inspect(WebPSamples.extended(LOSSLESS_WEBP, 24, 16), limits);

        assertThat(image.size()).isEqualTo(new PixelSize(24, 16));
    }

    @Test
    void refusesAnExtendedWebPWhoseSmallCanvasHidesAHugeImageBeforeDecodingIt() {
        byte[] bomb = WebPSamples.extended(WebPSamples.claiming(LOSSLESS_WEBP, 16_383, 16_383), 16, 16);
        processor.inspect(LOSSLESS_WEBP, limits); // classes loaded, readers found

        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            long allocated = allocatedBy(() -> assertRefused(() -> processor.inspect(bomb, limits), "MEDIA_UNREADABLE"));
            assertThat(allocated).as("bytes allocated to refuse it").isLessThan(4L * 1024 * 1024);
        });
    }

    @Test
    void refusesAnExtendedWebPWhoseImageAndCanvasBothClaimTooManyPixels() {
        byte[] bomb = WebPSamples.extended(WebPSamples.claiming(LOSSLESS_WEBP, 16_383, 16_383), 16_383, 16_383);

        MediaException refused = catchThrowableOfType(MediaException.class, () -> processor.inspect(bomb, limits));

        assertThat(refused.errorCode()).isEqualTo("MEDIA_TOO_MANY_PIXELS");
        assertThat(refused.details()).containsEntry("width", 16_383L).containsEntry("height", 16_383L);
    }

    @Test
    void refusesARealHugeImageInASmallExtendedWebPCanvasWithoutDecodingIt() throws Throwable {
        assumeTrue(processor.variantFormats().contains(ImageType.WEBP), "the native WebP writer loads here");
        byte[] huge = losslessWebP(TestImages.plain(2_000, 2_000, Color.RED));
        byte[] bomb = WebPSamples.extended(huge, 16, 16);
        ImageLimits tenThousandPixels = new ImageLimits(ImageLimits.DEFAULT_MAX_BYTES, 10_000);
        processor.inspect(LOSSLESS_WEBP, limits); // classes loaded, readers found

        long allocated = allocatedBy(() -> assertRefused(() -> processor.inspect(bomb, tenThousandPixels),
                "MEDIA_UNREADABLE"));

        assertThat(allocated).as("bytes allocated to refuse it (its pixels would be 16 MB)")
                .isLessThan(4L * 1024 * 1024);
    }

    @Test
    void refusesAnExtendedWebPWhoseImageIsNotTheSizeOfItsCanvas() {
        assertRefused(() -> processor.inspect(WebPSamples.extended(LOSSLESS_WEBP, 16, 16), limits),
                "MEDIA_UNREADABLE");
        assertRefused(() -> processor.inspect(WebPSamples.extended(LOSSLESS_WEBP, 48, 32), limits),
                "MEDIA_UNREADABLE");
    }

    @Test
    void refusesAnAnimatedWebPAsATypeNotAccepted() {
        assertRefused(() -> processor.inspect(WebPSamples.animated(LOSSLESS_WEBP, 24, 16), limits),
                "MEDIA_TYPE_NOT_ALLOWED");
    }

    @Test
    void acceptsAnImageOfExactlyThePixelLimitAndRefusesOnePixelMore() {
        ImageLimits twentyThousandPixels = new ImageLimits(ImageLimits.DEFAULT_MAX_BYTES, 200 * 100);

        assertThat(processor.inspect(TestImages.png(200, 100, false), twentyThousandPixels).size())
                .isEqualTo(new PixelSize(200, 100));
        assertRefused(() -> processor.inspect(TestImages.png(201, 100, false), twentyThousandPixels),
                "MEDIA_TOO_MANY_PIXELS");
    }

    @Test
    void budgetsDecodingByBytesSoA16BitPngGetsHalfThePixelsOfAn8BitOne() {
        ImageLimits twentyThousandPixels = new ImageLimits(ImageLimits.DEFAULT_MAX_BYTES, 200 * 100);

        assertThat(processor.inspect(TestImages.png16BitRgba(100, 100), twentyThousandPixels).size())
                .isEqualTo(new PixelSize(100, 100));
        MediaException refused = catchThrowableOfType(MediaException.class,
                () -> processor.inspect(TestImages.png16BitRgba(200, 100), twentyThousandPixels));
        assertThat(refused.errorCode()).isEqualTo("MEDIA_TOO_MANY_PIXELS");
        assertThat(refused.details()).containsEntry("bytesPerPixel", 8).containsEntry("maxPixels", 10_000L);
    }

    @Test
    void countsTheCoefficientsAProgressiveJpegKeepsWhileDecoding() {
        ImageLimits twentyThousandPixels = new ImageLimits(ImageLimits.DEFAULT_MAX_BYTES, 200 * 100);
        byte[] progressive = TestImages.progressiveJpeg(200, 100);
        assertThat(ImageIoProcessor.isProgressiveJpeg(progressive)).isTrue();
        assertThat(ImageIoProcessor.isProgressiveJpeg(TestImages.jpeg(200, 100))).isFalse();

        assertThat(processor.inspect(TestImages.jpeg(200, 100), twentyThousandPixels).size())
                .isEqualTo(new PixelSize(200, 100));
        assertRefused(() -> processor.inspect(progressive, twentyThousandPixels), "MEDIA_TOO_MANY_PIXELS");
    }

    @Test
    void refusesAFileOverTheByteLimitBeforeLookingAtIt() {
        byte[] png = TestImages.png(64, 64, false);

        assertThat(processor.inspect(png, new ImageLimits(png.length, 1_000_000)).type()).isEqualTo(ImageType.PNG);
        MediaException refused = catchThrowableOfType(MediaException.class,
                () -> processor.inspect(png, new ImageLimits(png.length - 1, 1_000_000)));
        assertThat(refused.errorCode()).isEqualTo("MEDIA_TOO_LARGE");
        assertThat(refused.kind()).isEqualTo(MediaException.Kind.TOO_LARGE);
    }

    @Test
    void readsAnEndlessStreamOnlyUpToOneBytePastTheLimit() {
        CountingEndlessStream endless = new CountingEndlessStream();

        assertRefused(() -> processor.inspect(endless, new ImageLimits(100_000, 1_000_000)), "MEDIA_TOO_LARGE");
        assertThat(endless.read).isEqualTo(100_001);
    }

    @Test
    void readsAStreamWithinTheLimitAsTheBytesThemselves() throws IOException {
        byte[] gif = TestImages.gif(80, 60);

        DecodedImage image = processor.inspect(new ByteArrayInputStream(gif), limits);

        assertThat(image.type()).isEqualTo(ImageType.GIF);
        assertThat(image.original()).isEqualTo(gif);
    }

    // ---- what a file says about itself -------------------------------------------------------------------------

    @Test
    void takesAPngSentAsAJpegForThePngItIs() {
        // "photo.jpg", Content-Type: image/jpeg: neither reaches the processor; the bytes are a PNG
        byte[] pngNamedJpeg = TestImages.png(120, 90, false);

        DecodedImage image = processor.inspect(pngNamedJpeg, limits);

        assertThat(image.type()).isEqualTo(ImageType.PNG);
        assertThat(image.type().contentType()).isEqualTo("image/png");
    }

    static Stream<Arguments> filesOfOtherTypes() {
        return Stream.of(
                Arguments.of("SVG with a script", ascii("""
                        <?xml version="1.0"?>
                        <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                          <script>alert(document.cookie)</script><rect width="10" height="10"/>
                        </svg>""")),
                Arguments.of("SVG after a byte order mark", concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
                        ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"))),
                Arguments.of("HTML", ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>")),
                Arguments.of("HTML wrapping a JPEG", concat(ascii("<html><!--"), TestImages.jpeg(32, 32),
                        ascii("--><script>alert(1)</script></html>"))),
                Arguments.of("PDF", ascii("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF")),
                Arguments.of("BMP (the JDK could decode it)", TestImages.write(TestImages.picture(32, 32, false),
                        "bmp")),
                Arguments.of("TIFF (the JDK could decode it)", TestImages.write(TestImages.picture(32, 32, false),
                        "tiff")),
                Arguments.of("text", ascii("just some text, long enough to have a signature")),
                Arguments.of("one byte", new byte[] { (byte) 0xFF }),
                Arguments.of("half a PNG signature", new byte[] { (byte) 0x89, 'P', 'N', 'G' }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesOfOtherTypes")
    void refusesEverythingButJpegPngGifAndWebP(String kind, byte[] file) {
        MediaException refused = catchThrowableOfType(MediaException.class, () -> processor.inspect(file, limits));

        assertThat(refused.errorCode()).isEqualTo("MEDIA_TYPE_NOT_ALLOWED");
        assertThat(refused.details().get("acceptedTypes"))
                .isEqualTo(List.of("image/jpeg", "image/png", "image/gif", "image/webp"));
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(() -> processor.inspect(new byte[0], limits), "MEDIA_EMPTY");
        assertRefused(() -> processor.inspect(InputStream.nullInputStream(), limits), "MEDIA_EMPTY");
    }

    static Stream<Arguments> truncatedFiles() {
        List<Arguments> files = new ArrayList<>();
        Map<String, byte[]> whole = Map.of("JPEG", TestImages.jpeg(300, 200), "PNG", TestImages.png(300, 200, false),
                "GIF", TestImages.gif(300, 200), "WebP", LOSSLESS_WEBP);
        whole.forEach((type, bytes) -> {
            files.add(Arguments.of(type + ", its signature only", Arrays.copyOf(bytes, 12)));
            files.add(Arguments.of(type + ", cut in its header", Arrays.copyOf(bytes, 24)));
            files.add(Arguments.of(type + ", cut in half", Arrays.copyOf(bytes, bytes.length / 2)));
        });
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truncatedFiles")
    void refusesATruncatedFileAsUnreadable(String kind, byte[] truncated) {
        assertRefused(() -> processor.inspect(truncated, limits), "MEDIA_UNREADABLE");
    }

    @ParameterizedTest
    @ValueSource(strings = { "JPEG", "PNG", "GIF", "WEBP" })
    void refusesASignatureFollowedByNoiseAsUnreadable(String typeName) {
        ImageType type = ImageType.valueOf(typeName);
        byte[] signature = switch (type) {
            case JPEG -> new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 };
            case PNG -> Arrays.copyOf(TestImages.png(1, 1, false), 8);
            case GIF -> ascii("GIF89a");
            case WEBP -> ascii("RIFF\u0000\u0010\u0000\u0000WEBPVP8 ");
        };
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        MediaException refused = catchThrowableOfType(MediaException.class,
                () -> processor.inspect(concat(signature, noise), limits));

        assertThat(refused.errorCode()).isIn("MEDIA_UNREADABLE", "MEDIA_TOO_MANY_PIXELS");
    }

    /**
     * Damaged files, made by overwriting a few random bytes of real ones (a seeded random, so every run is the same):
     * each is either accepted, and its variants made, or refused with a media error; no other exception escapes.
     */
    @Test
    void damagedFilesAreAcceptedOrRefusedButNeverThrowAnythingElse() {
        Random random = new Random(20);
        List<byte[]> originals = List.of(TestImages.jpeg(48, 32), TestImages.png(48, 32, true), TestImages.gif(48, 32),
                LOSSLESS_WEBP);
        ImageLimits oneMegapixel = new ImageLimits(ImageLimits.DEFAULT_MAX_BYTES, 1_000_000);
        int accepted = 0;
        int refused = 0;
        for (byte[] original : originals) {
            for (int i = 0; i < 60; i++) {
                byte[] damaged = original.clone();
                for (int n = 1 + random.nextInt(6); n > 0; n--) {
                    damaged[12 + random.nextInt(damaged.length - 12)] = (byte) random.nextInt(256);
                }
                try {
                    assertThat(processor.variants(processor.inspect(damaged, oneMegapixel))).isNotEmpty();
                    accepted++;
                } catch (MediaException e) {
                    assertThat(e.errorCode()).isIn("MEDIA_UNREADABLE", "MEDIA_TOO_MANY_PIXELS");
                    refused++;
                }
            }
        }
        assertThat(accepted).as("some damage leaves an image").isPositive();
        assertThat(refused).as("some damage leaves none").isPositive();
    }

    // ---- polyglots ---------------------------------------------------------------------------------------------

    @Test
    void refusesAGifHeaderFollowedByJavaScript() {
        // "GIF89a/*" makes a GIF screen descriptor and the start of a JavaScript comment: the classic GIF/JS polyglot
        byte[] polyglot = ascii("GIF89a/*\u0000\u0000\u0000\u0000*/=1;alert(document.domain);/*" + "x".repeat(64)
                + "*/");

        assertRefused(() -> processor.inspect(polyglot, limits), "MEDIA_UNREADABLE");
    }

    @Test
    void takesAJpegCarryingHtmlAsAnImageAndServesOnlyCleanReEncodes() {
        String html = "<html><body><script>alert(document.cookie)</script></body></html>";
        byte[] jpeg = TestImages.withJpegSegment(TestImages.jpeg(400, 300), 0xFE, ascii(html));
        byte[] polyglot = concat(jpeg, ascii(html));
        assertThat(TestImages.contains(polyglot, "<script>")).isTrue();

        DecodedImage image = processor.inspect(polyglot, limits);

        assertThat(image.type()).isEqualTo(ImageType.JPEG);
        assertThat(image.original()).as("the original is kept as it came").isEqualTo(polyglot);
        for (Variant variant : processor.variants(image)) {
            assertThat(TestImages.contains(variant.bytes(), "<script")).as(variant.fileName()).isFalse();
            assertThat(TestImages.contains(variant.bytes(), "html")).as(variant.fileName()).isFalse();
            assertCarriesNoMetadata(variant);
        }
    }

    @Test
    void takesAPngCarryingAScriptInATextChunkAndServesOnlyCleanReEncodes() {
        byte[] png = TestImages.withPngChunk(TestImages.png(200, 100, false), "tEXt",
                ascii("Comment\u0000<script>alert(1)</script>"));

        DecodedImage image = processor.inspect(png, limits);

        assertThat(image.type()).isEqualTo(ImageType.PNG);
        for (Variant variant : processor.variants(image)) {
            assertThat(TestImages.contains(variant.bytes(), "<script")).as(variant.fileName()).isFalse();
            assertCarriesNoMetadata(variant);
        }
    }

    // ---- metadata ----------------------------------------------------------------------------------------------

    @Test
    void stripsExifWithGpsFromEveryVariantAndLeavesTheOriginalAsItCame() throws IOException {
        byte[] exif = TestImages.exifWithGps();
        byte[] photo = TestImages.withJpegSegment(TestImages.jpeg(2000, 1500), 0xE1, exif);
        byte[] asReceived = photo.clone();
        assertThat(gpsLatitude(exif)).as("the crafted Exif parses, with a GPS latitude").isNotNull();
        assertThat(TestImages.segments(photo)).extracting(TestImages.Segment::marker).contains(0xE1);

        DecodedImage image = processor.inspect(photo, limits);
        List<Variant> variants = processor.variants(image);

        assertThat(variants).hasSize(3 * processor.variantFormats().size());
        for (Variant variant : variants) {
            assertCarriesNoMetadata(variant);
            assertThat(TestImages.contains(variant.bytes(), "Exif")).as(variant.fileName()).isFalse();
        }
        assertThat(photo).as("the caller's bytes are not changed").isEqualTo(asReceived);
        assertThat(image.original()).as("the original keeps its Exif").isEqualTo(asReceived);
    }

    @Test
    void turnsAPhotoAsItsExifOrientationSaysSinceItsVariantsCarryNoExif() throws IOException {
        // stored on its side (left red, right blue); Exif 6: to be shown turned a quarter clockwise (red on top)
        BufferedImage stored = TestImages.plain(400, 200, Color.BLUE);
        java.awt.Graphics2D g = stored.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 200, 200);
        g.dispose();
        byte[] photo = TestImages.withJpegSegment(TestImages.write(stored, "jpeg"), 0xE1,
                TestImages.exifOrientation(6));

        DecodedImage image = processor.inspect(photo, limits);

        assertThat(image.size()).isEqualTo(new PixelSize(200, 400));
        for (Variant variant : processor.variants(image)) {
            BufferedImage shown = decode(variant);
            int width = shown.getWidth();
            int height = shown.getHeight();
            assertThat(height).as(variant.fileName() + " upright").isEqualTo(2 * width);
            assertThat(new Color(shown.getRGB(width / 2, height / 8)).getRed()).as(variant.fileName() + " top")
                    .isGreaterThan(200);
            assertThat(new Color(shown.getRGB(width / 2, height * 7 / 8)).getBlue()).as(variant.fileName() + " bottom")
                    .isGreaterThan(200);
        }
    }

    // ---- variants ----------------------------------------------------------------------------------------------

    @Test
    void makesEachSizeInEachFormatFittedAndNamed() throws IOException {
        List<Variant> variants = processor.variants(processor.inspect(TestImages.jpeg(3000, 2000), limits));

        assertThat(variants).extracting(Variant::size, Variant::format).containsExactlyElementsOf(
                Arrays.stream(VariantSize.values()).flatMap(size -> processor.variantFormats().stream()
                        .sorted().map(format -> org.assertj.core.groups.Tuple.tuple(size, format))).toList());
        assertThat(variant(variants, VariantSize.THUMBNAIL, ImageType.JPEG))
                .returns(160, Variant::width).returns(107, Variant::height)
                .returns("image/jpeg", Variant::contentType).returns("thumbnail.jpg", Variant::fileName);
        assertThat(variant(variants, VariantSize.MEDIUM, ImageType.JPEG))
                .returns(640, Variant::width).returns(427, Variant::height);
        assertThat(variant(variants, VariantSize.LARGE, ImageType.JPEG))
                .returns(1600, Variant::width).returns(1067, Variant::height);
        for (Variant variant : variants) {
            BufferedImage decoded = decode(variant);
            assertThat(new PixelSize(decoded.getWidth(), decoded.getHeight())).as(variant.fileName())
                    .isEqualTo(new PixelSize(variant.width(), variant.height()));
            assertThat(ImageType.detect(variant.bytes())).as(variant.fileName()).contains(variant.format());
        }
    }

    @Test
    void neverUpscalesASmallImage() {
        List<Variant> variants = processor.variants(processor.inspect(TestImages.png(100, 50, false), limits));

        assertThat(variants).isNotEmpty().allSatisfy(variant -> {
            assertThat(variant.width()).isEqualTo(100);
            assertThat(variant.height()).isEqualTo(50);
        });
    }

    @Test
    void keepsAVeryNarrowImageAtLeastOnePixelWide() {
        List<Variant> variants = processor.variants(processor.inspect(TestImages.png(4000, 10, false), limits));

        assertThat(variant(variants, VariantSize.THUMBNAIL, ImageType.JPEG))
                .returns(160, Variant::width).returns(1, Variant::height);
    }

    @Test
    void scalesDownWithoutAliasingFineDetail() throws IOException {
        // a checkerboard of single pixels: an averaging downscale gives a flat grey, one that samples shows a pattern
        BufferedImage checkerboard = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 1000; x++) {
            for (int y = 0; y < 1000; y++) {
                checkerboard.setRGB(x, y, (x + y) % 2 == 0 ? 0x000000 : 0xFFFFFF);
            }
        }
        DecodedImage image = processor.inspect(TestImages.write(checkerboard, "png"), limits);

        BufferedImage thumbnail = decode(variant(processor.variants(image), VariantSize.THUMBNAIL, ImageType.JPEG));

        for (int x = 4; x < 156; x += 3) {
            for (int y = 4; y < 156; y += 5) {
                assertThat(new Color(thumbnail.getRGB(x, y)).getGreen()).as("x=" + x + ", y=" + y)
                        .isBetween(100, 155);
            }
        }
    }

    @Test
    void refusesToMakeVariantsOfAnImageItDidNotDecode() {
        DecodedImage foreign = new DecodedImage() {
            public ImageType type() { return ImageType.PNG; }
            public PixelSize size() { return new PixelSize(1, 1); }
            public MediaHash contentHash() { return MediaHash.of(new byte[0]); }
            public int byteCount() { return 0; }
            public byte[] original() { return new byte[0]; }
        };

        assertThatThrownBy(() -> processor.variants(foreign)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wrapsANativeWriterThatBreaksInAStableMediaError() {
        ImageIoProcessor breaking = new ImageIoProcessor(new DecodeGate(1, Duration.ofSeconds(5)), new BreakingWriterSpi());
        DecodedImage image = breaking.inspect(TestImages.png(64, 64, false), limits);

        MediaException failed = catchThrowableOfType(MediaException.class, () -> breaking.variants(image));

        assertThat(failed.errorCode()).isEqualTo("MEDIA_VARIANTS_FAILED");
        assertThat(failed.kind()).isEqualTo(MediaException.Kind.UNAVAILABLE);
        assertThat(failed.getCause()).isInstanceOf(UnsatisfiedLinkError.class);
    }

    @Test
    void alwaysMakesJpegVariants() {
        assertThat(processor.variantFormats()).contains(ImageType.JPEG).isSubsetOf(ImageType.JPEG, ImageType.WEBP);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static void assertRefused(Executable call, String errorCode) {
        MediaException refused = catchThrowableOfType(MediaException.class, call::execute);
        assertThat(refused).as("refused with " + errorCode).isNotNull();
        assertThat(refused.errorCode()).isEqualTo(errorCode);
    }

    /** JPEG: no segment but JFIF's APP0, the tables, the frame and the scan. WebP: no chunk but the image's own. */
    static void assertCarriesNoMetadata(Variant variant) {
        byte[] bytes = variant.bytes();
        if (variant.format() == ImageType.JPEG) {
            assertThat(TestImages.segments(bytes)).extracting(TestImages.Segment::marker).as(variant.fileName())
                    .allSatisfy(marker -> assertThat(marker).isIn(0xE0, 0xDB, 0xC0, 0xC4, 0xDD, 0xDA));
        } else {
            assertThat(TestImages.webpChunks(bytes)).as(variant.fileName()).isNotEmpty()
                    .allSatisfy(chunk -> assertThat(chunk).isIn("VP8 ", "VP8L", "VP8X", "ALPH"));
        }
    }

    private static Object gpsLatitude(byte[] exifPayload) throws IOException {
        byte[] tiff = Arrays.copyOfRange(exifPayload, 6, exifPayload.length);
        Directory ifd0 = new TIFFReader().read(new MemoryCacheImageInputStream(new ByteArrayInputStream(tiff)));
        Entry gps = ifd0.getEntryById(0x8825);
        return gps == null ? null : ((Directory) gps.getValue()).getEntryById(0x0002);
    }

    private static Variant variant(List<Variant> variants, VariantSize size, ImageType format) {
        return variants.stream().filter(v -> v.size() == size && v.format() == format).findFirst().orElseThrow();
    }

    /** Decodes a variant with the same pure-Java readers the processor uses. */
    private static BufferedImage decode(Variant variant) throws IOException {
        ImageReader reader = ImageIoProcessor.readerProvider(variant.format()).createReaderInstance();
        try (var in = new MemoryCacheImageInputStream(variant.openStream())) {
            reader.setInput(in);
            return reader.read(0);
        } finally {
            reader.dispose();
        }
    }

    /** A lossless WebP written by libwebp (webp-imageio's native writer). */
    private static byte[] losslessWebP(BufferedImage image) throws IOException {
        javax.imageio.ImageWriter writer = new com.luciad.imageio.webp.WebPImageWriterSpi().createWriterInstance();
        try {
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Lossless");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (var out = new javax.imageio.stream.MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static long allocatedBy(Executable call) throws Throwable {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        call.execute();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    /** A WebP writer whose native library is gone: every write fails as a missing native method does. */
    private static final class BreakingWriterSpi extends javax.imageio.spi.ImageWriterSpi {

        BreakingWriterSpi() {
            super("test", "1", new String[] {"webp"}, new String[] {"webp"}, new String[] {"image/webp"},
                    "BreakingWriter", new Class<?>[] {javax.imageio.stream.ImageOutputStream.class}, null, false,
                    null, null, null, null, false, null, null, null, null);
        }

        @Override
        public boolean canEncodeImage(javax.imageio.ImageTypeSpecifier type) {
            return true;
        }

        @Override
        public javax.imageio.ImageWriter createWriterInstance(Object extension) {
            return new javax.imageio.ImageWriter(this) {
                @Override
                public javax.imageio.metadata.IIOMetadata getDefaultStreamMetadata(
                        javax.imageio.ImageWriteParam param) {
                    return null;
                }

                @Override
                public javax.imageio.metadata.IIOMetadata getDefaultImageMetadata(
                        javax.imageio.ImageTypeSpecifier type, javax.imageio.ImageWriteParam param) {
                    return null;
                }

                @Override
                public javax.imageio.metadata.IIOMetadata convertStreamMetadata(
                        javax.imageio.metadata.IIOMetadata data, javax.imageio.ImageWriteParam param) {
                    return null;
                }

                @Override
                public javax.imageio.metadata.IIOMetadata convertImageMetadata(
                        javax.imageio.metadata.IIOMetadata data, javax.imageio.ImageTypeSpecifier type,
                        javax.imageio.ImageWriteParam param) {
                    return null;
                }

                @Override
                public javax.imageio.ImageWriteParam getDefaultWriteParam() {
                    return new javax.imageio.ImageWriteParam(java.util.Locale.ROOT) {
                        {
                            canWriteCompressed = true;
                            compressionTypes = new String[] {"Lossy"};
                        }
                    };
                }

                @Override
                public void write(javax.imageio.metadata.IIOMetadata stream, javax.imageio.IIOImage image,
                                  javax.imageio.ImageWriteParam param) {
                    throw new UnsatisfiedLinkError("webp-imageio's native library is gone");
                }
            };
        }

        @Override
        public String getDescription(java.util.Locale locale) {
            return "A WebP writer that breaks";
        }
    }

    /** An endless stream of PNG-looking bytes that counts what was read of it. */
    private static final class CountingEndlessStream extends InputStream {

        long read;

        @Override
        public int read() {
            read++;
            return 0x89;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) 0x89);
            read += length;
            return length;
        }
    }
}
