package archfixtures.config.shop.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Innocent: configuration below the root package. */
@ConfigurationProperties("shop.limits")
public record ShopLimitsProperties(int maxItems) {
}
