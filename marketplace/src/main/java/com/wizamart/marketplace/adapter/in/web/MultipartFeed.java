package com.wizamart.marketplace.adapter.in.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

import com.wizamart.marketplace.application.IncomingFeed;
import com.wizamart.sharedkernel.ValidationException;

/**
 * The feed of a multipart request, read straight from the request body with Commons FileUpload's streaming API: no
 * part is buffered or spooled, the feed's bytes reach the caller as they arrive. Parts before the feed's are skipped;
 * the request is limited to the feed's size plus {@link IncomingFeed#ENVELOPE_BYTES}, the feed's part to the feed's
 * size (declared lengths are refused up front, the rest as it is read).
 */
final class MultipartFeed implements IncomingFeed {

    private static final int MAX_FILENAME = 255;

    private final HttpServletRequest request;
    private final String partName;
    private final long maxBytes;

    MultipartFeed(HttpServletRequest request, String partName, long maxBytes) {
        this.request = request;
        this.partName = partName;
        this.maxBytes = maxBytes;
    }

    @Override
    public long declaredLength() {
        return request.getContentLengthLong();
    }

    @Override
    public Content open() throws IOException {
        JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> upload = new JakartaServletFileUpload<>();
        upload.setSizeMax(maxBytes + ENVELOPE_BYTES);
        upload.setFileSizeMax(maxBytes);
        try {
            FileItemInputIterator items = upload.getItemIterator(request);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                if (!item.isFormField() && partName.equals(item.getFieldName())) {
                    return new Content(new Translating(item.getInputStream()), filename(item.getName()));
                }
            }
        } catch (IOException e) {
            throw translate(e);
        }
        throw ValidationException.of(partName, "is required (a multipart file part)");
    }

    /** The client's file name, without control characters and at most 255 characters: it is only shown back. */
    private static String filename(String name) {
        if (name == null) {
            return null;
        }
        String clean = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > MAX_FILENAME ? clean.substring(0, MAX_FILENAME) : clean;
    }

    /** The library's size and syntax failures as the application knows them; other I/O failures as they are. */
    static IOException translate(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileUploadSizeException) {
                return new TooLargeException("The upload is larger than allowed.");
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileUploadException) {
                return new MalformedException("The multipart request could not be read.", e);
            }
        }
        return e;
    }

    /** The part's content, its failures translated. */
    private static final class Translating extends FilterInputStream {

        Translating(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw translate(e);
            }
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            try {
                return super.read(buffer, off, len);
            } catch (IOException e) {
                throw translate(e);
            }
        }
    }
}
