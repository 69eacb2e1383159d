package archfixtures.config.shop;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Planted: configuration in the context's root package, i.e. in its public API. */
@ConfigurationProperties("shop")
public record ShopProperties(String name) {
}
