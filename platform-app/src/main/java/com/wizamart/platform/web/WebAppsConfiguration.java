package com.wizamart.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The single-page web apps, static files with no build step: the admin app under {@code static/admin/}, the vendor
 * portal under {@code static/vendor/}, and what both use under {@code static/shared/} (the API client, paging,
 * charts, the stylesheet, and Alpine's CSP build as the official file, of which no WebJar exists); Chart.js as a
 * WebJar under {@code /webjars/}. {@code /admin} and {@code /vendor} answer their app's page; routing is client-side
 * (hash).
 */
@Configuration(proxyBeanMethods = false)
class WebAppsConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/admin", "/admin/");
        registry.addViewController("/admin/").setViewName("forward:/admin/index.html");
        registry.addRedirectViewController("/vendor", "/vendor/");
        registry.addViewController("/vendor/").setViewName("forward:/vendor/index.html");
    }
}
