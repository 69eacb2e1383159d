package com.wizamart.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests: real requests through the whole stack (filters, security, MVC). */
public final class Http {

    static {
        // Lets tests send a Host header (vendor resolution by subdomain); read once, when the JDK client loads.
        if (System.getProperty("jdk.httpclient.allowRestrictedHeaders") == null) {
            System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;

    public Http(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public Request get(String path) {
        return new Request("GET", path);
    }

    public Request post(String path) {
        return new Request("POST", path);
    }

    public Request put(String path) {
        return new Request("PUT", path);
    }

    public Request delete(String path) {
        return new Request("DELETE", path);
    }

    public Request method(String method, String path) {
        return new Request(method, path);
    }

    public static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    /** A multipart/form-data body with one file part, and its content type (with the boundary). */
    public static Multipart multipart(String field, String filename, String contentType, byte[] content) {
        return multipart(field, java.util.List.of(new FilePart(filename, contentType, content)));
    }

    /** A multipart/form-data body with a part named {@code field} per file, and its content type. */
    public static Multipart multipart(String field, java.util.List<FilePart> files) {
        String boundary = "----wizamart" + System.nanoTime();
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (FilePart file : files) {
            all.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + file.filename() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            all.writeBytes(file.content());
            all.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart(all.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    /** A file of a multipart body. */
    public record FilePart(String filename, String contentType, byte[] content) {
    }

    /** A multipart body and its content type. */
    public record Multipart(byte[] body, String contentType) {
    }

    /** One request being built. */
    public final class Request {

        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Request bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** A JSON body from a map, list or record. */
        public Request json(Object value) {
            return raw(JSON.writeValueAsString(value), "application/json");
        }

        public Request raw(String content, String contentType) {
            headers.put("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8);
            return this;
        }

        public Request bytes(byte[] content, String contentType) {
            headers.put("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofByteArray(content);
            return this;
        }

        /** A body of unknown length: sent chunked, without Content-Length. */
        public Request chunked(byte[] content, String contentType) {
            headers.put("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(content));
            return this;
        }

        /** A multipart/form-data body with one file part. */
        public Request multipartFile(String field, String filename, String contentType, byte[] content) {
            Multipart multipart = multipart(field, filename, contentType, content);
            return bytes(multipart.body(), multipart.contentType());
        }

        /** A multipart/form-data body with a part named {@code field} per file. */
        public Request multipartFiles(String field, java.util.List<FilePart> files) {
            Multipart multipart = multipart(field, files);
            return bytes(multipart.body(), multipart.contentType());
        }

        /** A body read from the stream as it is sent: chunked, without Content-Length; the stream may block. */
        public Request streamed(java.util.function.Supplier<java.io.InputStream> content, String contentType) {
            headers.put("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofInputStream(content);
            return this;
        }

        /** Sends without waiting for the answer (for a body that is still being sent). */
        public java.util.concurrent.CompletableFuture<Response> sendAsync() {
            return CLIENT.sendAsync(build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .thenApply(response -> new Response(response.statusCode(), response.headers(), response.body()));
        }

        private HttpRequest build() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30)).method(method, body);
            headers.forEach(builder::header);
            return builder.build();
        }

        /** Sends, keeping the answer's body as bytes. */
        public BytesResponse sendForBytes() {
            try {
                HttpResponse<byte[]> response = CLIENT.send(build(), HttpResponse.BodyHandlers.ofByteArray());
                return new BytesResponse(response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        public Response send() {
            try {
                HttpResponse<String> response = CLIENT.send(build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Response(response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A response whose body is kept as bytes (files). */
    public record BytesResponse(int status, HttpHeaders headers, byte[] body) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** A response; {@link #json()} parses the body. */
    public record Response(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        /** The problem's {@code errorCode}, or {@literal null}. */
        public String errorCode() {
            JsonNode code = json().get("errorCode");
            return code == null ? null : code.asString();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
