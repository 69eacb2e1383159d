package archfixtures.domainframeworks.shop.domain;

import org.springframework.stereotype.Component;

/** Planted: a Spring annotation. */
@Component
public class SpringComponentOrder {
}
