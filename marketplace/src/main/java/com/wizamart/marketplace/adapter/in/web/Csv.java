package com.wizamart.marketplace.adapter.in.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import com.wizamart.marketplace.spi.FeedRowError;

/** RFC 4180 cells, with formula-looking values prefixed by a quote so spreadsheets show them as text. */
final class Csv {

    private Csv() {
    }

    /**
     * Answers a job's row errors and warnings as a CSV download ({@code row,column,value,message,severity}).
     *
     * @param errors feeds each error, in order, to the consumer it is given.
     */
    static void writeErrors(HttpServletResponse response, UUID jobId, Consumer<Consumer<FeedRowError>> errors)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + jobId + "-errors.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write("position,field,value,message,severity\r\n");
        errors.accept(e -> {
            try {
                out.write(e.position() + "," + cell(e.field()) + "," + cell(e.value()) + "," + cell(e.message()) + ","
                        + e.severity().name() + "\r\n");
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        });
        out.flush();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
