package com.wizamart.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The admin single-page app: static files under {@code static/admin/} (no build step); Chart.js as a WebJar under
 * {@code /webjars/}, Alpine's CSP build as the official file under {@code static/admin/lib/} (no WebJar of it exists). {@code /admin} and {@code /admin/} answer its page; routing is client-side (hash).
 */
@Configuration(proxyBeanMethods = false)
class AdminAppConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/admin", "/admin/");
        registry.addViewController("/admin/").setViewName("forward:/admin/index.html");
    }
}
