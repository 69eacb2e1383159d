package com.wizamart.marketplace.adapter.in.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The marketplace's own controller parameters. */
@Configuration(proxyBeanMethods = false)
class MarketplaceWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new FeedUploadTarget.Resolver());
    }
}
