package com.wizamart.platform.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorSources;
import com.wizamart.tenancy.Vendors;

/**
 * Resolves the vendor of every vendor and public API request from the token's {@code vendor_id}, the path
 * ({@code /api/v1/public/vendors/{vendorCode}}) and the host, and binds it for the request (and so for Row-Level
 * Security). Sources that disagree answer 403 {@code UNAUTHORIZED_VENDOR_ACCESS}; an unknown or inactive vendor 404
 * {@code VENDOR_NOT_FOUND}. Admin requests act across vendors and bind none. Runs after the security chain.
 */
public class VendorContextFilter extends OncePerRequestFilter {

    private static final String PUBLIC_PATH = "/api/v1/public/vendors/";

    private final Vendors vendors;
    private final Problems problems;

    public VendorContextFilter(Vendors vendors, Problems problems) {
        this.vendors = vendors;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || path.startsWith("/api/v1/admin/") || path.startsWith("/api/v1/auth/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String pathCode = publicVendorCode(path);
        UUID tokenVendor = tokenVendor();
        UUID vendor;
        try {
            vendor = vendors.resolve(new VendorSources(tokenVendor, pathCode, request.getServerName()))
                    .map(v -> v.id()).orElse(null);
        } catch (DomainException e) {
            HttpStatus status = e.kind() == DomainException.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND;
            problems.write(request, response, Problems.of(status, e.errorCode(), e.getMessage()));
            return;
        }
        UUID previous = VendorContext.bind(vendor);
        try {
            chain.doFilter(request, response);
        } finally {
            VendorContext.restore(previous);
        }
    }

    /** The {@code vendorCode} of a path {@code /api/v1/public/vendors/{vendorCode}[/...]}, or null for other paths. */
    static String publicVendorCode(String path) {
        if (!path.startsWith(PUBLIC_PATH)) {
            return null;
        }
        int end = path.indexOf('/', PUBLIC_PATH.length());
        String code = path.substring(PUBLIC_PATH.length(), end < 0 ? path.length() : end);
        return code.isEmpty() ? null : code;
    }

    private static UUID tokenVendor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken jwt) {
            String claim = jwt.getToken().getClaimAsString("vendor_id");
            return claim == null ? null : UUID.fromString(claim);
        }
        return null;
    }
}
