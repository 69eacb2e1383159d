package com.wizamart.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkRedactionTests {

    @Test
    void theTokenOfALinkIsReplacedAndWhereItLedStays() {
        assertThat(LinkRedaction.redact("http://localhost:8080/vendor/#/reset-password?token=abc-123"))
                .isEqualTo("http://localhost:8080/vendor/#/reset-password?token=[sent by mail, not kept]");
        assertThat(LinkRedaction.redact("https://shop.test/#/verify-email?lang=de&token=xyz&next=1"))
                .isEqualTo("https://shop.test/#/verify-email?lang=de&token=[sent by mail, not kept]&next=1");
    }

    @Test
    void aLinkWithoutATokenParameterIsNotKeptAtAll() {
        assertThat(LinkRedaction.redact("https://shop.test/activate/abc-123")).isEqualTo(LinkRedaction.NOTE);
        assertThat(LinkRedaction.redact(null)).isNull();
    }
}
