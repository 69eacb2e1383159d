package com.wizamart.platform.web;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.UUID;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

import tools.jackson.core.io.JsonStringEncoder;

/**
 * Errors Tomcat answers by itself, before any filter or servlet runs (an encoded slash in the path, a malformed
 * request line, ...), are problem details as well, instead of Tomcat's HTML page. Errors of the application are
 * written by Spring and pass through untouched.
 */
public class ContainerProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String requestId = UUID.randomUUID().toString();
        try {
            response.setHeader(RequestIds.HEADER, requestId);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + title + ".\"" + instance(request, requestId) + ",\"errorCode\":\""
                        + Problems.codeOf(HttpStatusCode.valueOf(status)) + "\",\"timestamp\":\"" + Instant.now()
                        + "\",\"requestId\":\"" + requestId + "\"}");
                response.finishResponse();
            }
        } catch (Exception | Error e) {
            // the connection is gone or the response is unusable: nothing more to report
        }
    }

    /**
     * The {@code instance} member: the path as the client sent it when it is a URI; else (a request line too long or
     * broken to be read) this occurrence by its request id, {@code urn:uuid:...}.
     */
    private static String instance(Request request, String requestId) {
        String instance = "urn:uuid:" + requestId;
        String path = request.getRequestURI();
        if (path != null && !path.isEmpty()) {
            try {
                new URI(path);
                instance = path;
            } catch (URISyntaxException e) {
                // not a URI: the request id names the occurrence
            }
        }
        StringBuilder member = new StringBuilder(",\"instance\":\"");
        JsonStringEncoder.getInstance().quoteAsString(instance, member);
        return member.append('"').toString();
    }
}
