package com.wizamart.resilience.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The platform's HTTP API as a client sees it: JSON in, JSON out, bearer tokens. */
public final class Api {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public Api(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** A response; {@code body} is {@literal null} when there was none or it was not JSON. */
    public record Response(int status, JsonNode body, String text, Map<String, String> headers) {

        public JsonNode json() {
            if (body == null) {
                throw new IllegalStateException("No JSON in " + this);
            }
            return body;
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public String toString() {
            return status + " " + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
        }
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** A GET with extra headers; {@code Host} among them needs {@code -Djdk.httpclient.allowRestrictedHeaders=host}. */
    public Response get(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token).GET();
        headers.forEach(request::header);
        return send(request);
    }

    public Response post(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response post(String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        return send(request);
    }

    public Response put(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** A multipart upload of {@code file} as the part {@code part}, streamed from disk. */
    public Response upload(String path, String token, String part, Path file) {
        String boundary = "wizamart-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: text/tab-separated-values\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        try {
            return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(
                            HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                            HttpRequest.BodyPublishers.ofFile(file),
                            HttpRequest.BodyPublishers.ofString(tail, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = null;
            String text = response.body() == null ? "" : response.body();
            if (!text.isBlank() && response.headers().firstValue("Content-Type").orElse("").contains("json")) {
                body = JSON.readTree(text);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
                    values.getFirst()));
            return new Response(response.statusCode(), body, text, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
