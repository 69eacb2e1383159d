package com.wizamart.media.application;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.wizamart.catalog.ProductImageLinks;
import com.wizamart.media.ProductImageUploads;
import com.wizamart.media.application.port.in.ImageFile;
import com.wizamart.media.application.port.in.ImageView;
import com.wizamart.media.application.port.out.ImageProcessor;
import com.wizamart.media.application.port.out.MediaJobQueue;
import com.wizamart.media.application.port.out.MediaRecords;
import com.wizamart.media.config.MediaImagesProperties;
import com.wizamart.media.domain.ImageLimits;
import com.wizamart.media.domain.ImageSource;
import com.wizamart.media.domain.MediaException;
import com.wizamart.media.domain.ProductImage;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorScope;

/**
 * Uploads of a product's images by the vendor's team: all the files of a request, or none. Each file is checked and
 * decoded first and its original written to the store, outside any transaction (the processor's checks, ADR 0037);
 * then, in one transaction, each is taken
 * into the vendor's store (reused by content, within the quota) and added at the end of the product's order. The
 * same content twice on one product stays one image. Variants are made in the background, once committed.
 */
@Service
public class ImageUploading implements ProductImageUploads {

    private final ImageProcessor processor;
    private final Intake intake;
    private final MediaRecords records;
    private final MediaJobQueue jobs;
    private final ProductImageLinks products;
    private final VendorScope vendorScope;
    private final MediaImagesProperties properties;
    private final ProductImageViews views;
    private final MediaClock clock;

    ImageUploading(ImageProcessor processor, Intake intake, MediaRecords records, MediaJobQueue jobs,
                   ProductImageLinks products, VendorScope vendorScope, MediaImagesProperties properties,
                   ProductImageViews views, MediaClock clock) {
        this.processor = processor;
        this.intake = intake;
        this.records = records;
        this.jobs = jobs;
        this.products = products;
        this.vendorScope = vendorScope;
        this.properties = properties;
        this.views = views;
        this.clock = clock;
    }

    /**
     * Adds the files to the bound vendor's product.
     *
     * @return the product's images made or found for the files, in the files' order.
     * @throws MediaException {@code PRODUCT_NOT_FOUND}, {@code MEDIA_UPLOAD_FILE_COUNT},
     *         {@code MEDIA_PRODUCT_IMAGES_LIMIT}, the quota's codes, or a file's (its index and name in the details):
     *         {@code MEDIA_EMPTY}, {@code MEDIA_TOO_LARGE}, {@code MEDIA_TYPE_NOT_ALLOWED},
     *         {@code MEDIA_TOO_MANY_PIXELS}, {@code MEDIA_UNREADABLE}.
     */
    public List<ImageView> upload(UUID productId, List<? extends ImageFile> files) {
        UUID vendorId = VendorContext.require();
        if (files.isEmpty() || files.size() > properties.quota().perUpload()) {
            throw MediaException.uploadCount(properties.quota().perUpload());
        }
        if (products.imageLinks(vendorId, productId).isEmpty()) {
            throw MediaException.productNotFound();
        }
        List<Intake.Accepted> accepted = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            accepted.add(check(files.get(i), i));
        }
        accepted.forEach(image -> intake.prepare(vendorId, image));
        Map<UUID, Integer> variantsDue = new LinkedHashMap<>();
        List<UUID> imageIds = vendorScope.callAs(vendorId, () -> {
            records.lockVendor(vendorId);
            if (products.imageLinks(vendorId, productId).isEmpty()) {
                throw MediaException.productNotFound();
            }
            List<ProductImage> current = records.images(productId);
            Map<UUID, UUID> imageOfObject = new LinkedHashMap<>();
            current.stream().filter(i -> i.object() != null)
                    .forEach(i -> imageOfObject.putIfAbsent(i.object().id(), i.id()));
            List<UUID> ids = new ArrayList<>();
            int adding = 0;
            for (Intake.Accepted image : accepted) {
                Intake.Taken taken = intake.take(vendorId, image);
                if (taken.variantsDue()) {
                    variantsDue.put(taken.objectId(), taken.variantsAttempt());
                }
                UUID existing = imageOfObject.get(taken.objectId());
                if (existing != null) {
                    ids.add(existing);
                    continue;
                }
                properties.quota().checkProductRoom(current.size() + adding, 1);
                UUID imageId = UUID.randomUUID();
                records.appendImage(vendorId, imageId, productId, ImageSource.UPLOAD, null, taken.objectId(),
                        clock.now());
                imageOfObject.put(taken.objectId(), imageId);
                ids.add(imageId);
                adding++;
            }
            return ids;
        });
        variantsDue.forEach((objectId, attempt) -> jobs.makeVariants(vendorId, objectId, attempt, clock.now()));
        Map<UUID, ImageView> all = new LinkedHashMap<>();
        views.list(productId).forEach(v -> all.put(v.image().id(), v));
        return imageIds.stream().distinct().map(all::get).filter(v -> v != null).toList();
    }

    @Override
    public List<UUID> upload(UUID vendorId, UUID productId, List<File> files) {
        List<ImageFile> asFiles = files.stream().<ImageFile>map(InMemoryFile::new).toList();
        // bound as the vendor's own request would be: the checks run outside any transaction, as there
        UUID previous = VendorContext.bind(vendorId);
        try {
            return upload(productId, asFiles).stream().map(view -> view.image().id()).toList();
        } finally {
            VendorContext.restore(previous);
        }
    }

    /** A facade's file, already in memory. */
    private record InMemoryFile(File file) implements ImageFile {

        @Override
        public String name() {
            return file.name();
        }

        @Override
        public InputStream open() {
            return new java.io.ByteArrayInputStream(file.bytes());
        }
    }

    private Intake.Accepted check(ImageFile file, int index) {
        try (InputStream in = file.open()) {
            return Intake.Accepted.of(processor.inspect(in, ImageLimits.defaults()));
        } catch (MediaException refused) {
            throw refused.inFile(index, file.name());
        } catch (IOException unreadable) {
            throw MediaException.uploadBroken(index, file.name(), unreadable);
        }
    }
}
