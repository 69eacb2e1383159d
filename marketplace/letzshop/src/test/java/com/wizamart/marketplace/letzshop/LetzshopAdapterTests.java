package com.wizamart.marketplace.letzshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.MarketplaceAdapter;

class LetzshopAdapterTests {

    @Test
    void isASpringBeanNamedLetzshop() {
        try (var context = new AnnotationConfigApplicationContext(LetzshopAdapter.class.getPackageName())) {
            MarketplaceAdapter adapter = context.getBean(MarketplaceAdapter.class);

            assertThat(adapter.name()).isEqualTo("letzshop");
            assertThat(adapter.supportedFormats()).containsExactlyInAnyOrder("tsv", "csv");
            assertThat(adapter.languages()).containsExactlyInAnyOrder("en", "fr", "de");
        }
    }

    @Test
    void opensAFeedInAnyOfItsLanguages() throws Exception {
        for (String language : new String[] {"en", "fr", "de", "FR"}) {
            try (FeedReader reader = new LetzshopAdapter().open(Streams.text(Feeds.tsv(Feeds.row("LS-1"))),
                    language)) {
                assertThat(reader.next().position()).isEqualTo(2);
                assertThat(reader.next()).isNull();
                assertThat(reader.bytesRead()).isPositive();
            }
        }
    }

    @Test
    void refusesALanguageLetzshopDoesNotHaveAndClosesTheStream() {
        Streams.Counted feed = new Streams.Counted(Streams.text(Feeds.tsv(Feeds.row("LS-1"))));

        assertThatThrownBy(() -> new LetzshopAdapter().open(feed, "it"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Letzshop feeds are in de, en, fr, not it");
        assertThat(feed.closed).isTrue();
    }

    @Test
    void closesTheStreamWhenTheFeedIsRefused() {
        Streams.Counted feed = new Streams.Counted(Streams.text("id\tdescription\n"));

        assertThatThrownBy(() -> new LetzshopAdapter().open(feed, "en"));
        assertThat(feed.closed).isTrue();
    }
}
