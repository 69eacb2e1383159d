package archfixtures.domainframeworks.shop.domain;

import org.springframework.context.ApplicationEventPublisher;

/** Planted: a Spring type in a signature. */
public class EventPublishingOrder {

    void place(ApplicationEventPublisher events) {
    }
}
