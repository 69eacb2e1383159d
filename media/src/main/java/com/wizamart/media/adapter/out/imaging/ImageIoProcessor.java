package com.wizamart.media.adapter.out.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageReaderWriterSpi;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.wizamart.media.application.port.out.ImageProcessor;
import com.wizamart.media.config.MediaDecodingProperties;
import com.wizamart.media.domain.MediaHash;
import com.wizamart.media.domain.ImageLimits;
import com.wizamart.media.domain.ImageType;
import com.wizamart.media.domain.MediaException;
import com.wizamart.media.domain.Orientation;
import com.wizamart.media.domain.PixelSize;
import com.wizamart.media.domain.Variant;
import com.wizamart.media.domain.VariantSize;
import com.wizamart.sharedkernel.DomainException;

/**
 * Images through Java's Image I/O, with every reader and writer chosen by its provider, never looked up by format
 * name: untrusted files are decoded by the JDK's own readers (JPEG, PNG, GIF) and TwelveMonkeys' pure-Java WebP
 * reader, nothing else; the native libwebp of {@code webp-imageio} only ever encodes the platform's own pixels into
 * WebP variants. That library also registers a native WebP <em>reader</em> with Image I/O; it is deregistered when
 * this class loads, so that no {@code ImageIO.read} anywhere in the process hands it an untrusted file either.
 *
 * <p>A JPEG's Exif orientation is applied to the variants' pixels (and {@link DecodedImage#size()} is the size as
 * shown): the variants carry no Exif, so a phone photo would otherwise lie on its side.
 *
 * <p>Variants are scaled down in halving steps (each a bilinear 2:1 average) and a last bicubic step to the exact
 * size, which keeps thin lines and text in product photos free of the aliasing a one-step resize gives. JPEG variants
 * are written by the JDK at quality {@value #QUALITY}, transparency flattened onto white; WebP variants keep it.
 */
@Component
class ImageIoProcessor implements ImageProcessor {

    private static final Logger log = LoggerFactory.getLogger(ImageIoProcessor.class);

    /** Encoder quality of every variant, JPEG and WebP alike. */
    static final float QUALITY = 0.85f;

    /** The module the JDK's own Image I/O plugins live in. */
    private static final Module JDK_IMAGE_IO = ImageIO.class.getModule();

    private static final Map<ImageType, ImageReaderSpi> READERS = trustedReaders();
    private static final ImageWriterSpi JPEG_WRITER = jdkProvider(ImageWriterSpi.class, "jpeg");

    /** Bytes a progressive JPEG's decoder keeps per pixel and colour component: the whole image's coefficients. */
    private static final int PROGRESSIVE_COEFFICIENT_BYTES = 2;

    private final DecodeGate gate;
    private final ImageWriterSpi webpWriter;

    @Autowired
    ImageIoProcessor(MediaDecodingProperties settings) {
        this(new DecodeGate(settings.effectiveConcurrentDecodes(), settings.maxWait()), NativeWebP.WRITER);
    }

    /**
     * @param gate       how many decodes run at once.
     * @param webpWriter the WebP writer for variants, {@literal null} for JPEG variants only.
     */
    ImageIoProcessor(DecodeGate gate, ImageWriterSpi webpWriter) {
        this.gate = gate;
        this.webpWriter = webpWriter;
    }

    @Override
    public DecodedImage inspect(InputStream original, ImageLimits limits) throws IOException {
        byte[] bytes = original.readNBytes((int) limits.maxBytes() + 1);
        return inspect(bytes, limits);
    }

    @Override
    public DecodedImage inspect(byte[] original, ImageLimits limits) {
        if (original.length == 0) {
            throw MediaException.empty();
        }
        if (!limits.allowsBytes(original.length)) {
            throw MediaException.tooLarge(limits.maxBytes());
        }
        ImageType type = ImageType.detect(original).orElseThrow(MediaException::typeNotAllowed);
        // the checks above cost nothing; only the decoding holds pixels, so only it waits for its turn
        BufferedImage pixels = gate.through(() -> decode(original, type, limits));
        Orientation orientation = type == ImageType.JPEG ? Orientation.ofJpeg(original) : Orientation.NORMAL;
        PixelSize shown = orientation.displayed(new PixelSize(pixels.getWidth(), pixels.getHeight()));
        return new Decoded(type, shown, MediaHash.of(original), original, pixels, orientation);
    }

    private static BufferedImage decode(byte[] bytes, ImageType type, ImageLimits limits) {
        if (type == ImageType.WEBP) {
            // the size of the image inside, not of the canvas a reader reports (see WebPChunks)
            PixelSize image = WebPChunks.imageSize(bytes);
            if (!limits.allowsPixels(image.width(), image.height())) {
                throw MediaException.tooManyPixels(image.width(), image.height(), limits.maxPixels());
            }
        }
        ImageReader reader = null;
        ReadWarnings warnings = new ReadWarnings();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader = READERS.get(type).createReaderInstance();
            reader.addIIOReadWarningListener(warnings);
            // metadata is never needed and is the part of a file most likely to hide something (zTXt bombs, scripts)
            reader.setInput(in, false, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw MediaException.unreadable(type);
            }
            if (!limits.allowsPixels(width, height)) {
                throw MediaException.tooManyPixels(width, height, limits.maxPixels());
            }
            int bytesPerPixel = decodedBytesPerPixel(reader, type, bytes);
            if (!limits.allowsDecoding(width, height, bytesPerPixel)) {
                throw MediaException.tooManyPixels(width, height, limits.maxDecodedBytes() / bytesPerPixel,
                        bytesPerPixel);
            }
            BufferedImage image = reader.read(0);
            if (warnings.truncated() || !limits.allowsPixels(image.getWidth(), image.getHeight())) {
                throw MediaException.unreadable(type);
            }
            return image;
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a damaged file makes readers fail in many ways (IIOException, EOF, index and argument errors): all
            // of them mean the same to the caller
            log.debug("A {} file could not be decoded: {}", type, e.toString());
            throw MediaException.unreadable(type);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    /**
     * What one pixel takes once decoded, from the header: the reader's destination type (bands and sample size: a
     * 16-bit RGBA PNG takes 8 bytes, an 8-bit RGB JPEG 3, a GIF 1), and for a progressive JPEG the coefficients its
     * decoder keeps for the whole image (2 bytes a component; an upper estimate, chroma subsampling keeps fewer).
     */
    private static int decodedBytesPerPixel(ImageReader reader, ImageType type, byte[] bytes) throws IOException {
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        if (types == null || !types.hasNext()) {
            throw MediaException.unreadable(type);
        }
        SampleModel model = types.next().getSampleModel();
        int sampleBytes = (DataBuffer.getDataTypeSize(model.getDataType()) + 7) / 8;
        // a packed model holds all of a pixel's samples in one element; a component model, one element each
        int perPixel = model instanceof ComponentSampleModel ? sampleBytes * model.getNumBands() : sampleBytes;
        if (type == ImageType.JPEG && isProgressiveJpeg(bytes)) {
            perPixel += PROGRESSIVE_COEFFICIENT_BYTES * model.getNumBands();
        }
        return perPixel;
    }

    /** Whether a JPEG's frame header (before its first scan) is a progressive one (SOF2, SOF6, SOF10, SOF14). */
    static boolean isProgressiveJpeg(byte[] jpeg) {
        int offset = 2;
        while (offset + 4 <= jpeg.length && (jpeg[offset] & 0xFF) == 0xFF) {
            int marker = jpeg[offset + 1] & 0xFF;
            if (marker == 0xFF) {
                offset++; // fill byte
                continue;
            }
            if (marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE) {
                return true;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return false;
            }
            offset += 2 + ((jpeg[offset + 2] & 0xFF) << 8 | (jpeg[offset + 3] & 0xFF));
        }
        return false;
    }

    @Override
    public List<Variant> variants(DecodedImage image) {
        if (!(image instanceof Decoded decoded)) {
            throw new IllegalArgumentException("Not an image this processor decoded: " + image);
        }
        return gate.through(() -> {
            try {
                return variantsOf(decoded);
            } catch (RuntimeException | LinkageError e) {
                // an encoder's failure (I/O, or the native WebP writer breaking: UnsatisfiedLinkError and the like)
                // is ours, not the file's; the caller gets one stable code, the cause goes to the log
                log.warn("The variants of {} could not be made", decoded, e);
                throw MediaException.variantsFailed(e);
            }
        });
    }

    private List<Variant> variantsOf(Decoded decoded) {
        boolean alpha = decoded.pixels().getColorModel().hasAlpha();
        List<Variant> variants = new ArrayList<>();
        // largest first, each made from the one before: every step is a downscale of an already smaller image
        BufferedImage previous = decoded.pixels();
        for (VariantSize size : List.of(VariantSize.LARGE, VariantSize.MEDIUM, VariantSize.THUMBNAIL)) {
            // scaled as stored, turned afterwards: turning the small variant is cheaper than the whole image
            PixelSize target = decoded.orientation().displayed(size.fit(decoded.size()));
            BufferedImage scaled = Downscaling.scale(previous, target, alpha);
            BufferedImage shown = Orienting.turn(scaled, decoded.orientation());
            variants.add(variant(size, ImageType.JPEG, shown, encodeJpeg(Downscaling.onWhite(shown))));
            if (webpWriter != null) {
                variants.add(variant(size, ImageType.WEBP, shown, encodeWebP(webpWriter, shown)));
            }
            previous = scaled;
        }
        variants.sort(Comparator.comparing(Variant::size).thenComparing(Variant::format));
        return List.copyOf(variants);
    }

    @Override
    public Set<ImageType> variantFormats() {
        return webpWriter != null ? EnumSet.of(ImageType.JPEG, ImageType.WEBP) : EnumSet.of(ImageType.JPEG);
    }

    /** The provider whose readers decode files of this type. */
    static ImageReaderSpi readerProvider(ImageType type) {
        return READERS.get(type);
    }

    private static Variant variant(VariantSize size, ImageType format, BufferedImage pixels, byte[] bytes) {
        return new Variant(size, format, pixels.getWidth(), pixels.getHeight(), bytes);
    }

    private static byte[] encodeJpeg(BufferedImage opaque) {
        ImageWriter writer = null;
        try {
            writer = JPEG_WRITER.createWriterInstance();
            JPEGImageWriteParam param = new JPEGImageWriteParam(Locale.ROOT);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            param.setOptimizeHuffmanTables(true);
            return write(writer, param, opaque);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (writer != null) {
                writer.dispose();
            }
        }
    }

    private static byte[] encodeWebP(ImageWriterSpi provider, BufferedImage pixels) {
        ImageWriter writer = null;
        try {
            writer = provider.createWriterInstance();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Lossy");
            param.setCompressionQuality(QUALITY);
            return write(writer, param, pixels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (writer != null) {
                writer.dispose();
            }
        }
    }

    /** Writes pixels only: no metadata object is ever passed to a writer. */
    private static byte[] write(ImageWriter writer, ImageWriteParam param, BufferedImage pixels) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(pixels, null, null), param);
        }
        return bytes.toByteArray();
    }

    private static Map<ImageType, ImageReaderSpi> trustedReaders() {
        deregisterNativeWebPReaders();
        Map<ImageType, ImageReaderSpi> readers = new EnumMap<>(ImageType.class);
        readers.put(ImageType.JPEG, jdkProvider(ImageReaderSpi.class, "jpeg"));
        readers.put(ImageType.PNG, jdkProvider(ImageReaderSpi.class, "png"));
        readers.put(ImageType.GIF, jdkProvider(ImageReaderSpi.class, "gif"));
        readers.put(ImageType.WEBP, new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi());
        return readers;
    }

    /** The JDK's own plugin for a format, whatever else registered itself for it. */
    private static <T extends ImageReaderWriterSpi> T jdkProvider(Class<T> category, String format) {
        Iterator<T> providers = IIORegistry.getDefaultInstance().getServiceProviders(category,
                provider -> provider.getClass().getModule() == JDK_IMAGE_IO
                        && List.of(((ImageReaderWriterSpi) provider).getFormatNames()).contains(format),
                false);
        if (!providers.hasNext()) {
            throw new IllegalStateException("This Java runtime has no " + format + " " + category.getSimpleName());
        }
        return providers.next();
    }

    private static void deregisterNativeWebPReaders() {
        String nativePackage = com.luciad.imageio.webp.WebPImageWriterSpi.class.getPackageName();
        IIORegistry registry = IIORegistry.getDefaultInstance();
        Iterator<ImageReaderSpi> natives = registry.getServiceProviders(ImageReaderSpi.class,
                provider -> provider.getClass().getPackageName().equals(nativePackage), false);
        List<ImageReaderSpi> found = new ArrayList<>();
        natives.forEachRemaining(found::add);
        for (ImageReaderSpi provider : found) {
            registry.deregisterServiceProvider(provider, ImageReaderSpi.class);
            log.debug("Deregistered the native WebP reader {}: untrusted WebP is decoded in Java", provider);
        }
    }

    /**
     * The native WebP writer, tried once per process: its library is extracted and loaded on first use, which fails
     * on platforms it has no build for. Null when it does not work here.
     */
    private static final class NativeWebP {

        static final ImageWriterSpi WRITER = probe();

        private static ImageWriterSpi probe() {
            try {
                ImageWriterSpi provider = new com.luciad.imageio.webp.WebPImageWriterSpi();
                BufferedImage probe = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
                byte[] encoded = encodeWebP(provider, probe);
                if (ImageType.detect(encoded).orElse(null) == ImageType.WEBP) {
                    log.info("WebP variants are made (native libwebp of webp-imageio loaded)");
                    return provider;
                }
                log.warn("WebP variants are not made: the native WebP writer wrote no WebP file; variants are JPEG"
                        + " only");
            } catch (Exception | LinkageError e) {
                log.warn("WebP variants are not made: the native WebP writer does not load on this platform ({});"
                        + " variants are JPEG only", e.toString());
            }
            return null;
        }
    }

    /** Listens for the warnings by which a reader says it made up the rest of a file that ended early. */
    private static final class ReadWarnings implements javax.imageio.event.IIOReadWarningListener {

        private boolean truncated;

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            String text = warning.toLowerCase(Locale.ROOT);
            // the JDK's JPEG reader: "Premature end of JPEG file" (libjpeg), "Truncated File - Missing EOI marker"
            if (text.contains("premature end") || text.contains("truncated") || text.contains("missing eoi")) {
                truncated = true;
            }
        }

        boolean truncated() {
            return truncated;
        }
    }

    /** The adapter's decoded image: the facts the port promises, and the pixels only this adapter uses. */
    private record Decoded(ImageType type, PixelSize size, MediaHash contentHash, byte[] bytes, BufferedImage pixels,
                           Orientation orientation) implements DecodedImage {

        @Override
        public int byteCount() {
            return bytes.length;
        }

        @Override
        public byte[] original() {
            return bytes.clone();
        }

        @Override
        public String toString() {
            return "DecodedImage[" + type + ", " + size + ", " + bytes.length + " bytes, " + contentHash + "]";
        }
    }
}
