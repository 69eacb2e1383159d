package com.wizamart.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.wizamart.identity.PlatformAccounts;
import com.wizamart.identity.VendorOnboarding;
import com.wizamart.marketplace.FeedImports;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.BusinessDetails;
import com.wizamart.tenancy.Owner;
import com.wizamart.tenancy.RegisterVendor;

/**
 * Demo data ({@code wizamart.demo.enabled}): on the first start, the vendor "acme" with its owner, so a newcomer can
 * log in at once, and the sample feeds on the classpath imported into acme's staging. Later starts, or a code "acme"
 * already used (even by a deleted vendor), change nothing.
 *
 * <p>A sample feed is found by its path, {@value #FEEDS}: {@code demo/feeds/<marketplace>/<language>.<extension>};
 * the marketplace is the adapter's name, so nothing here names one, and a feed of a marketplace that is not
 * installed is left out with a warning.
 *
 * <p>The samples' image links point to a made-up image host; the demo imports them without those links, so nothing is
 * fetched from the internet, and {@link DemoPictures} gives each product acme publishes pictures drawn on the spot.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("wizamart.demo.enabled")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String CODE = "acme";
    /** Where the sample feeds are, on the classpath. */
    static final String FEEDS = "classpath*:demo/feeds/*/*.*";
    private static final Pattern FEED_PATH = Pattern.compile(".*/demo/feeds/([a-z0-9-]{1,32})/([a-z]{2,3})\\.[A-Za-z0-9]+$");

    private final PlatformAccounts accounts;
    private final VendorOnboarding onboarding;
    private final FeedImports feeds;
    private final DemoProperties properties;

    DemoData(PlatformAccounts accounts, VendorOnboarding onboarding, FeedImports feeds, DemoProperties properties) {
        this.accounts = accounts;
        this.onboarding = onboarding;
        this.feeds = feeds;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        VendorOnboarding.OnboardedVendor acme;
        try {
            acme = onboarding.open(new RegisterVendor(CODE, "ACME Luxembourg", CODE,
                            new BusinessDetails("hello@acme.example", "+352 123 456", "1 Rue du Marché", "Luxembourg",
                                    "L-1111", "LU", null), List.of(),
                            new Owner(properties.ownerEmail(), "Anna", "Acme", null)),
                    null, false, Actor.system());
        } catch (DomainException alreadyThere) {
            log.debug("Demo vendor not created: {}", alreadyThere.getMessage());
            return;
        }
        boolean generated = properties.ownerPassword() == null || properties.ownerPassword().isBlank();
        String password = generated ? Passwords.generate() : properties.ownerPassword();
        if (acme.ownerActivationToken() == null) {
            log.warn("Demo vendor '{}' created for the existing account {} (its password is unchanged)", CODE,
                    properties.ownerEmail());
            importSampleFeeds(acme.vendor().id());
            return;
        }
        accounts.activate(acme.ownerActivationToken(), password);
        log.warn(StartupNotice.framed("Demo vendor '" + CODE + "' created; owner " + properties.ownerEmail()
                + (generated ? " / " + password + " (shown once)" : " (password as configured)")));
        importSampleFeeds(acme.vendor().id());
    }

    private void importSampleFeeds(UUID vendorId) {
        for (SampleFeed sample : sampleFeeds()) {
            try (InputStream feed = withoutImageLinks(sample.resource().getInputStream())) {
                feeds.importFeed(vendorId, sample.marketplace(), sample.language(), feed, sample.name());
            } catch (IOException | RuntimeException e) {
                log.warn("Could not queue the demo feed {}: {}", sample.name(), e.getMessage());
            }
        }
        log.info("Demo feeds queued for import into {} (GET /api/v1/vendor/marketplace/jobs)", CODE);
    }

    /**
     * The feed with its {@code image_link} and {@code additional_image_link} cells emptied, read and written as the
     * Letzshop reader reads it (tab-separated, quoted cells may hold tabs and line breaks); the samples are a few
     * kilobytes. A feed without those columns comes back with the same cells.
     */
    static InputStream withoutImageLinks(InputStream feed) throws IOException {
        List<String[]> rows;
        try (feed) {
            rows = new CsvParser(tabSeparated()).parseAll(feed, java.nio.charset.StandardCharsets.UTF_8);
        }
        if (rows.isEmpty()) {
            return new java.io.ByteArrayInputStream(new byte[0]);
        }
        List<String> header = Arrays.stream(rows.get(0)).map(h -> h == null ? "" : h.replace("\uFEFF", "").strip())
                .toList();
        List<Integer> columns = java.util.stream.Stream.of("image_link", "additional_image_link")
                .map(header::indexOf).filter(i -> i >= 0).toList();
        java.io.StringWriter text = new java.io.StringWriter();
        CsvWriterSettings writing = new CsvWriterSettings();
        writing.getFormat().setDelimiter('\t');
        writing.getFormat().setLineSeparator("\n");
        CsvWriter writer = new CsvWriter(text, writing);
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i);
            if (i > 0) {
                for (int column : columns) {
                    if (column < cells.length) {
                        cells[column] = null;
                    }
                }
            }
            writer.writeRow((Object[]) cells);
        }
        writer.close();
        return new java.io.ByteArrayInputStream(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** How the samples are read: tab-separated, CSV-style quotes, every row as it is (headers included). */
    static CsvParserSettings tabSeparated() {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter('\t');
        settings.getFormat().setLineSeparator("\n");
        settings.setHeaderExtractionEnabled(false);
        settings.setMaxCharsPerColumn(-1);
        settings.setSkipEmptyLines(true);
        return settings;
    }

    /** A sample feed: its marketplace and language read off its path. */
    record SampleFeed(String marketplace, String language, String name, Resource resource) {
    }

    /** The sample feeds on the classpath, by marketplace and language; files not named by the convention left out. */
    static List<SampleFeed> sampleFeeds() {
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(DemoData.class.getClassLoader());
        Resource[] found;
        try {
            found = resolver.getResources(FEEDS);
        } catch (IOException e) {
            log.warn("Could not look for demo feeds: {}", e.getMessage());
            return List.of();
        }
        return Arrays.stream(found).map(resource -> {
            try {
                Matcher path = FEED_PATH.matcher(resource.getURL().toString());
                return path.matches() ? new SampleFeed(path.group(1), path.group(2),
                        path.group(1) + "-" + resource.getFilename(), resource) : null;
            } catch (IOException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(SampleFeed::marketplace).thenComparing(SampleFeed::language)).toList();
    }
}
