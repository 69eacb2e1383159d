package com.wizamart.media.adapter.in.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.media.application.ImageUploading;
import com.wizamart.media.application.ProductImageCuration;
import com.wizamart.media.application.ProductImageViews;
import com.wizamart.media.application.port.in.FileContent;
import com.wizamart.media.application.port.in.ImageFile;

/**
 * A product's images, for the vendor's team: list, upload (one or several files at once), order, main image, delete,
 * and the original's download. Another vendor's product or image is not found (404), as if it did not exist.
 */
@RestController
class VendorProductImageController {

    private final ProductImageViews views;
    private final ImageUploading uploading;
    private final ProductImageCuration curation;

    VendorProductImageController(ProductImageViews views, ImageUploading uploading, ProductImageCuration curation) {
        this.views = views;
        this.uploading = uploading;
        this.curation = curation;
    }

    @GetMapping("/api/v1/vendor/products/{productId}/images")
    @PreAuthorize("hasAuthority('PERM_products.view')")
    ImageResponse.Items list(@PathVariable UUID productId) {
        return ImageResponse.Items.of(views.list(productId));
    }

    /**
     * Files in parts named {@code file} (several parts for several files); all are taken, or none. Part names other
     * than {@code file} are ignored.
     */
    @PostMapping(path = "/api/v1/vendor/products/{productId}/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('PERM_products.edit')")
    @ResponseStatus(HttpStatus.CREATED)
    ImageResponse.Items upload(@PathVariable UUID productId, HttpServletRequest request)
            throws IOException, jakarta.servlet.ServletException {
        List<PartFile> files = request.getParts().stream().filter(p -> "file".equals(p.getName()))
                .map(PartFile::new).toList();
        return ImageResponse.Items.of(uploading.upload(productId, files));
    }

    @PutMapping("/api/v1/vendor/products/{productId}/images/order")
    @PreAuthorize("hasAuthority('PERM_products.edit')")
    ImageResponse.Items reorder(@PathVariable UUID productId, @RequestBody @Valid OrderRequest order) {
        return ImageResponse.Items.of(curation.reorder(productId, order.imageIds()));
    }

    @PutMapping("/api/v1/vendor/products/{productId}/images/{imageId}/main")
    @PreAuthorize("hasAuthority('PERM_products.edit')")
    ImageResponse.Items makeMain(@PathVariable UUID productId, @PathVariable UUID imageId) {
        return ImageResponse.Items.of(curation.makeMain(productId, imageId));
    }

    @DeleteMapping("/api/v1/vendor/products/{productId}/images/{imageId}")
    @PreAuthorize("hasAuthority('PERM_products.edit')")
    ResponseEntity<Void> delete(@PathVariable UUID productId, @PathVariable UUID imageId) {
        curation.delete(productId, imageId);
        return ResponseEntity.noContent().build();
    }

    /** The original as it was received, metadata included: a download, never shown inline. */
    @GetMapping("/api/v1/vendor/products/{productId}/images/{imageId}/original")
    @PreAuthorize("hasAuthority('PERM_products.view')")
    ResponseEntity<InputStreamResource> original(@PathVariable UUID productId, @PathVariable UUID imageId) {
        FileContent file = curation.original(productId, imageId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(file.length())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("original-" + imageId + "." + file.extension()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new InputStreamResource(file.content()));
    }

    @GetMapping("/api/v1/vendor/media/usage")
    @PreAuthorize("hasAuthority('PERM_products.view')")
    UsageResponse usage() {
        ProductImageViews.Usage usage = views.usage();
        return new UsageResponse(usage.used().images(), usage.used().bytes(), usage.used().unusedImages(),
                usage.quota().maxImages(),
                usage.quota().maxBytes(), usage.quota().perProduct(), usage.quota().perUpload());
    }

    /**
     * The new order of a product's images.
     *
     * @param imageIds each of the product's images once.
     */
    record OrderRequest(@NotNull @Size(max = 1000) List<@NotNull UUID> imageIds) {
    }

    /**
     * What the vendor stores, and may.
     *
     * @param images             images stored (also those no product uses, until collected).
     * @param bytes              their bytes, originals and variants.
     * @param unusedImages       of {@code images}, those no product uses any more: deleted within a day.
     * @param maxImages          images the vendor may store.
     * @param maxBytes           bytes the vendor may store.
     * @param maxImagesPerProduct images one product may have.
     * @param maxFilesPerUpload  files one upload may bring.
     */
    record UsageResponse(long images, long bytes, long unusedImages, long maxImages, long maxBytes,
                         int maxImagesPerProduct,
                         int maxFilesPerUpload) {
    }

    private record PartFile(Part part) implements ImageFile {

        @Override
        public String name() {
            return part.getSubmittedFileName();
        }

        @Override
        public InputStream open() throws IOException {
            return part.getInputStream();
        }
    }
}
