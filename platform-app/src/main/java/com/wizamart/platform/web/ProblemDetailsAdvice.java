package com.wizamart.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ThrottledException;
import com.wizamart.sharedkernel.UnavailableException;
import com.wizamart.sharedkernel.ValidationException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every exception that reaches Spring MVC into a problem-details response with a stable {@code errorCode}.
 * Messages of unexpected exceptions are logged, never sent: no stack trace or SQL leaves the server.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String WRONG_TYPE = "has the wrong type or format";

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        HttpStatus status = Problems.statusOf(e.kind());
        ProblemDetail problem = Problems.of(status, e.errorCode(), e.getMessage());
        e.details().forEach(problem::setProperty);
        if (e instanceof ValidationException v) {
            Problems.withErrors(problem, v.violations());
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        Duration retry = e instanceof ThrottledException t ? t.retryAfter()
                : e instanceof UnavailableException u ? u.retryAfter() : null;
        if (retry != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retry.toSeconds())));
        }
        return response.body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.of(HttpStatus.FORBIDDEN, "ACCESS_DENIED",
                "You are not allowed to do this."));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Problems.of(HttpStatus.UNAUTHORIZED,
                "UNAUTHENTICATED", "Authentication is required."));
    }

    @ExceptionHandler({DataIntegrityViolationException.class, OptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
        log.info("Data conflict: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "CONFLICT",
                "The request conflicts with existing data."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "Something went wrong on our side; quote the requestId when reporting it."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldViolation> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldViolation(f.getField(), messageOf(f))).collect(Collectors.toList());
        e.getBindingResult().getGlobalErrors()
                .forEach(g -> errors.add(new FieldViolation(null, g.getDefaultMessage())));
        return validationFailed(errors);
    }

    /**
     * A validation message as it is; a value data binding could not convert (a query parameter bound to a model
     * attribute) by the {@code typeMismatch} codes of messages.properties, since the converter's own message names
     * Java types.
     */
    private String messageOf(FieldError error) {
        if (!error.isBindingFailure()) {
            return error.getDefaultMessage();
        }
        MessageSourceResolvable withoutJava = new DefaultMessageSourceResolvable(error.getCodes(), WRONG_TYPE);
        MessageSource messages = getMessageSource();
        return messages == null ? WRONG_TYPE : messages.getMessage(withoutJava, Locale.ROOT);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldViolation> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldViolation(
                        err instanceof FieldError f ? f.getField() : r.getMethodParameter().getParameterName(),
                        err.getDefaultMessage())))
                .toList();
        return validationFailed(errors);
    }

    private ResponseEntity<Object> validationFailed(List<FieldViolation> errors) {
        ProblemDetail problem = Problems.withErrors(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED",
                "The request has invalid fields."), errors);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        // The size limit may strike in the middle of a field; the parser then wraps it in an exception that carries
        // that field's path, so look for it along the whole chain before judging the content.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimit.BodyTooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.of(
                        HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "The request body is too large."));
            }
        }
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof UnrecognizedPropertyException u) {
                String field = path(u);
                return ResponseEntity.badRequest().body(Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST,
                        "UNKNOWN_FIELD", "The request has a field this endpoint does not accept: '" + field + "'."),
                        List.of(new FieldViolation(field, "is not a known field"))));
            }
            if (cause instanceof JacksonException j && !j.getPath().isEmpty()) {
                String field = path(j);
                return ResponseEntity.badRequest().body(Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST,
                        "INVALID_FIELD_TYPE", "The field '" + field + "' has the wrong type or format."),
                        List.of(new FieldViolation(field, "has the wrong type or format"))));
            }
            cause = cause.getCause();
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
                "The request body is missing or is not valid JSON."));
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Spring's own errors (404, 405, 415, ...) get the same members as ours. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail p ? p
                : ProblemDetail.forStatusAndDetail(status, HttpStatus.resolve(status.value()) == null ? "Error"
                : HttpStatus.resolve(status.value()).getReasonPhrase());
        Problems.complete(problem, Problems.codeOf(status));
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }
}
