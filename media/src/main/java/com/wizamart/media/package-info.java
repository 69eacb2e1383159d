/**
 * Media: product images from feeds and uploads, stored once per content and vendor, with variants for display made
 * in the background, served at content-addressed URLs (ADR 0037).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media", allowedDependencies = { "sharedkernel", "tenancy", "catalog", "catalog::spi" })
package com.wizamart.media;
