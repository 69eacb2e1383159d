package com.wizamart.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.DomainException;

/** Quotas, an image's status, the store's key layout and an upload's named refusals. */
class MediaRulesTests {

    private final MediaQuota quota = new MediaQuota(3, 1000, 2, 5);

    @Test
    void anImageFitsWhileCountAndBytesStayWithinTheQuota() {
        assertThatCode(() -> quota.checkRoomFor(new MediaUsage(2, 600), 400)).doesNotThrowAnyException();
    }

    @Test
    void theImageBeyondTheCountIsRefusedWith422() {
        assertThatThrownBy(() -> quota.checkRoomFor(new MediaUsage(3, 0), 1))
                .isInstanceOfSatisfying(MediaException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("MEDIA_QUOTA_COUNT_EXCEEDED");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.VALIDATION);
                    assertThat(e.details()).containsEntry("maxImages", 3L);
                });
    }

    @Test
    void bytesBeyondTheQuotaAreRefusedWith413() {
        assertThatThrownBy(() -> quota.checkRoomFor(new MediaUsage(1, 600), 401))
                .isInstanceOfSatisfying(MediaException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("MEDIA_QUOTA_BYTES_EXCEEDED");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.TOO_LARGE);
                    assertThat(e.details()).containsEntry("usedBytes", 600L);
                });
    }

    @Test
    void aProductTakesImagesUpToItsLimit() {
        assertThatCode(() -> quota.checkProductRoom(1, 1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> quota.checkProductRoom(2, 1)).isInstanceOfSatisfying(MediaException.class,
                e -> assertThat(e.errorCode()).isEqualTo("MEDIA_PRODUCT_IMAGES_LIMIT"));
    }

    @Test
    void quotasArePositive() {
        assertThatThrownBy(() -> new MediaQuota(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MediaQuota(1, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anImageIsPendingUntilItsVariantsAreReadyAndAFailedFetchSaysWhy() {
        UUID product = UUID.randomUUID();
        ProductImage fetching = new ProductImage(UUID.randomUUID(), product, 0, true, ImageSource.FEED,
                "https://img.example/a.jpg", null, ImageStatus.PENDING, null, null, null);
        assertThat(fetching.status()).isEqualTo(ImageStatus.PENDING);
        ProductImage dead = new ProductImage(UUID.randomUUID(), product, 0, true, ImageSource.FEED,
                "https://img.example/a.jpg", null, ImageStatus.FAILED, "MEDIA_FETCH_FAILED", null, null);
        assertThat(dead.status()).isEqualTo(ImageStatus.FAILED);
        assertThat(dead.error()).isEqualTo("MEDIA_FETCH_FAILED");
        MediaObject made = object(ImageStatus.READY, null);
        ProductImage ready = new ProductImage(UUID.randomUUID(), product, 0, true, ImageSource.UPLOAD, null, made,
                null, null, null, null);
        assertThat(ready.status()).isEqualTo(ImageStatus.READY);
        assertThat(ready.error()).isNull();
        // a link that failed on a later check keeps showing the image fetched before
        ProductImage stale = new ProductImage(UUID.randomUUID(), product, 0, true, ImageSource.FEED,
                "https://img.example/a.jpg", made, ImageStatus.FAILED, "MEDIA_FETCH_TIMEOUT", null, null);
        assertThat(stale.status()).isEqualTo(ImageStatus.READY);
        ProductImage broken = new ProductImage(UUID.randomUUID(), product, 0, true, ImageSource.UPLOAD, null,
                object(ImageStatus.FAILED, "MEDIA_UNREADABLE"), null, null, null, null);
        assertThat(broken.error()).isEqualTo("MEDIA_UNREADABLE");
    }

    @Test
    void storedKeysTellTheirVendorAndContentAndOthersAreNotOurs() {
        UUID vendor = UUID.randomUUID();
        MediaHash hash = MediaHash.of(new byte[] {1, 2, 3});
        assertThat(ObjectKeys.ownerOf(ObjectKeys.original(vendor, hash, ImageType.PNG)))
                .contains(new ObjectKeys.Owner(vendor, hash));
        assertThat(ObjectKeys.ownerOf(ObjectKeys.variant(vendor, hash, "thumbnail.webp")))
                .contains(new ObjectKeys.Owner(vendor, hash));
        assertThat(ObjectKeys.ownerOf(ObjectKey.of("vendor/not-a-uuid/" + hash.hex() + "/a.jpg"))).isEmpty();
        assertThat(ObjectKeys.ownerOf(ObjectKey.of("other/" + vendor + "/" + hash.hex() + "/a.jpg"))).isEmpty();
        assertThat(ObjectKeys.ownerOf(ObjectKey.of("vendor/" + vendor + "/abc/a.jpg"))).isEmpty();
    }

    @Test
    void aFileOfAnUploadIsNamedInTheRefusal() {
        MediaException named = MediaException.typeNotAllowed().inFile(2, "evil<svg>.png");
        assertThat(named.errorCode()).isEqualTo("MEDIA_TYPE_NOT_ALLOWED");
        assertThat(named.details()).containsEntry("fileIndex", 2).containsEntry("fileName", "evil<svg>.png")
                .containsKey("acceptedTypes");
        assertThat(named.getMessage()).startsWith("File 3 (evil<svg>.png): ");
    }

    private static MediaObject object(ImageStatus status, String error) {
        return new MediaObject(UUID.randomUUID(), UUID.randomUUID(), MediaHash.of(new byte[] {9}), ImageType.JPEG,
                new PixelSize(10, 10), 100, status,
                List.of(new StoredVariant(VariantSize.THUMBNAIL, ImageType.JPEG, 10, 10, 50)), error);
    }
}
