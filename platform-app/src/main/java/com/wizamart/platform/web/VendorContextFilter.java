package com.wizamart.platform.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorSources;
import com.wizamart.tenancy.Vendors;

/**
 * Resolves the vendor of every vendor and public API request from the token's {@code vendor_id}, the path
 * ({@code /api/v1/public/vendors/{vendorCode}}) and the host, and binds it for the request (and so for Row-Level
 * Security). Sources that disagree answer 403 {@code UNAUTHORIZED_VENDOR_ACCESS}; an unknown or inactive vendor 404
 * {@code VENDOR_NOT_FOUND}. Admin requests act across vendors and bind none. Runs after the security chain.
 *
 * <p>The path is read as Spring Security and Spring MVC read it: the request's parsed path within the application
 * ({@link ServletRequestPathUtils}), matched by {@link PathPattern}s, which compare and capture decoded segments. So
 * {@code /api/v1/public/vendors/%61cme/products} is acme's, as the controller serving it takes it to be, and an
 * escaped letter elsewhere ({@code /api/v1/%70ublic/...}, {@code /api/v1/%61dmin/...}) changes nothing either.
 */
public class VendorContextFilter extends OncePerRequestFilter {

    private static final PathPattern API = PathPatternParser.defaultInstance.parse("/api/**");
    private static final PathPattern ADMIN = PathPatternParser.defaultInstance.parse("/api/v1/admin/**");
    private static final PathPattern AUTH = PathPatternParser.defaultInstance.parse("/api/v1/auth/**");
    private static final PathPattern PUBLIC_VENDOR =
            PathPatternParser.defaultInstance.parse("/api/v1/public/vendors/{vendorCode}/**");

    private final Vendors vendors;
    private final Problems problems;

    public VendorContextFilter(Vendors vendors, Problems problems) {
        this.vendors = vendors;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        PathContainer path = applicationPath(request);
        return !API.matches(path) || ADMIN.matches(path) || AUTH.matches(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String pathCode = publicVendorCode(applicationPath(request));
        UUID tokenVendor = tokenVendor();
        UUID vendor;
        try {
            vendor = vendors.resolve(new VendorSources(tokenVendor, pathCode, request.getServerName()))
                    .map(v -> v.id()).orElse(null);
        } catch (DomainException e) {
            problems.write(request, response, Problems.of(Problems.statusOf(e.kind()), e.errorCode(), e.getMessage()));
            return;
        }
        UUID previous = VendorContext.bind(vendor);
        try {
            chain.doFilter(request, response);
        } finally {
            VendorContext.restore(previous);
        }
    }

    /**
     * The decoded {@code vendorCode} of a path {@code /api/v1/public/vendors/{vendorCode}[/...]}, or null for other
     * paths.
     */
    static String publicVendorCode(PathContainer path) {
        PathPattern.PathMatchInfo match = PUBLIC_VENDOR.matchAndExtract(path);
        return match == null ? null : match.getUriVariables().get("vendorCode");
    }

    /** The path within the application, parsed as Spring Security's request matchers parse it. */
    static PathContainer applicationPath(HttpServletRequest request) {
        RequestPath path;
        if (ServletRequestPathUtils.hasParsedRequestPath(request)) {
            path = ServletRequestPathUtils.getParsedRequestPath(request);
        } else {
            path = ServletRequestPathUtils.parseAndCache(request);
            ServletRequestPathUtils.clearParsedRequestPath(request);
        }
        return path.pathWithinApplication();
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
