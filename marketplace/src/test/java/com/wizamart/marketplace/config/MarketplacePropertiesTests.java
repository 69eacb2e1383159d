package com.wizamart.marketplace.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class MarketplacePropertiesTests {

    private static MarketplaceProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("wizamart.marketplace", MarketplaceProperties.class);
    }

    @Test
    void importsAreHandedOverAgainAfterAMinuteUntouchedUnlessConfiguredOtherwise() {
        assertThat(bind(Map.of()).handOverAfter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(bind(Map.of("wizamart.marketplace.hand-over-after", "5s")).handOverAfter())
                .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aHandOverDelayThatIsNotPositiveStopsTheStart() {
        for (String value : new String[] {"0s", "-1s"}) {
            assertThatThrownBy(() -> bind(Map.of("wizamart.marketplace.hand-over-after", value)))
                    .isInstanceOf(BindException.class)
                    .hasRootCauseMessage("wizamart.marketplace.hand-over-after must be positive");
        }
    }
}
