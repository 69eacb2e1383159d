package com.wizamart.identity.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.wizamart.identity.config.IdentityProperties;

/**
 * The links mailed for account flows. The one-time token always travels in the fragment of a web app's page: browsers
 * send the fragment neither to a server nor in a {@code Referer}.
 */
@Component
public class AccountLinks {

    static final String VENDOR_CODE = "{vendorCode}";

    private final String publicBaseUrl;
    private final String storefrontUrl;

    @Autowired
    AccountLinks(IdentityProperties properties) {
        this(properties.publicBaseUrl(), properties.storefrontUrl());
    }

    /**
     * @param storefrontUrl a shop's storefront, {@code {vendorCode}} standing for its code; blank or {@literal null}:
     *                      {@code <publicBaseUrl>/shop/{vendorCode}}.
     */
    public AccountLinks(String publicBaseUrl, String storefrontUrl) {
        this.publicBaseUrl = withoutTrailingSlash(publicBaseUrl);
        this.storefrontUrl = storefrontUrl == null || storefrontUrl.isBlank()
                ? this.publicBaseUrl + "/shop/" + VENDOR_CODE : withoutTrailingSlash(storefrontUrl.strip());
    }

    /** The vendor portal's page that accepts a team invitation. */
    public String invitation(String token) {
        return publicBaseUrl + "/vendor/#/invitation?token=" + token;
    }

    /** The vendor portal's page where a new owner sets their first password. */
    public String ownerActivation(String token) {
        return publicBaseUrl + "/vendor/#/activate?token=" + token;
    }

    /** The vendor portal's page that sets a new password of a platform account (team member or admin). */
    public String teamPasswordReset(String token) {
        return publicBaseUrl + "/vendor/#/reset-password?token=" + token;
    }

    /** The shop's storefront page that sets a customer's new password. */
    public String customerPasswordReset(String vendorCode, String token) {
        return storefront(vendorCode) + "/#/reset-password?token=" + token;
    }

    /** The shop's storefront page that proves a customer's address. */
    public String customerVerification(String vendorCode, String token) {
        return storefront(vendorCode) + "/#/verify-email?token=" + token;
    }

    private String storefront(String vendorCode) {
        return storefrontUrl.replace(VENDOR_CODE, URLEncoder.encode(vendorCode, StandardCharsets.UTF_8));
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
