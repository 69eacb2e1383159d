package com.wizamart.media.adapter.in.web;

import java.time.Duration;
import java.util.Optional;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.media.application.MediaServing;
import com.wizamart.media.application.MediaServing.VariantFile;
import com.wizamart.media.application.port.out.ObjectStore.StoredObject;
import com.wizamart.media.domain.MediaException;

/**
 * Serves display variants at their public, content-addressed URLs, e.g.
 * {@code /media/acme/3a7b.../medium.webp}: cacheable forever ({@code immutable}), with a strong {@code ETag}, the
 * variant's own type and {@code nosniff}. Anything else under {@code /media/} is 404: an original, another vendor's
 * content, a variant not made (yet), a closed shop. {@code HEAD} answers the same headers without the content.
 */
@RestController
class MediaFileController {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaServing serving;

    MediaFileController(MediaServing serving) {
        this.serving = serving;
    }

    @GetMapping("/media/{vendorCode}/{sha256}/{fileName:[a-z]+\\.(?:jpg|webp)}")
    ResponseEntity<InputStreamResource> variant(@PathVariable String vendorCode, @PathVariable String sha256,
                                                @PathVariable String fileName,
                                                @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                                                String ifNoneMatch) {
        Optional<VariantFile> found = serving.find(vendorCode, sha256, fileName);
        if (found.isEmpty()) {
            throw MediaException.fileNotFound();
        }
        VariantFile file = found.get();
        if (ifNoneMatch != null && matches(ifNoneMatch, file.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(file.etag()).cacheControl(FOREVER).build();
        }
        StoredObject content = serving.open(file);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.variant().format().contentType()))
                .contentLength(content.info().length())
                .eTag(file.etag())
                .cacheControl(FOREVER)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(new InputStreamResource(content.content()));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
