package com.wizamart.identity.application;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import com.wizamart.identity.config.IdentityProperties;

/**
 * Whether API answers carry the links (and tokens) of invitations and owner activations, or leave them to the mail
 * ({@code wizamart.identity.return-links}; {@code auto} decides by whether {@code spring.mail.host} is set).
 */
@Component
public class LinkDisclosure {

    private final boolean returned;

    LinkDisclosure(IdentityProperties properties, Environment environment) {
        this.returned = properties.returnLinks().returned(StringUtils.hasText(environment.getProperty("spring.mail.host")));
    }

    /** @return whether links are returned in API answers. */
    public boolean linksReturned() {
        return returned;
    }

    /** @return {@code value} while links are returned, {@literal null} otherwise. */
    public <T> T disclosed(T value) {
        return returned ? value : null;
    }
}
