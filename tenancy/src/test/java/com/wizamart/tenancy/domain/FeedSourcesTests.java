package com.wizamart.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.domain.FeedSources.Candidate;
import com.wizamart.tenancy.domain.FeedSources.Source;

class FeedSourcesTests {

    /** Two installed marketplaces: one in three languages, one in English only. */
    private static final Map<String, Set<String>> INSTALLED = Map.of(
            "north-market", Set.of("en", "fr", "de"), "south-market", Set.of("en"));

    private static FeedSources of(Candidate... given) {
        return FeedSources.of(Arrays.asList(given), INSTALLED, FeedSources.none());
    }

    private static Candidate feed(String marketplace, String language, String url) {
        return new Candidate(marketplace, language, url);
    }

    @Test
    void keepsOneUrlPerMarketplaceAndLanguage_normalisedAndInOrder() {
        FeedSources sources = of(feed("south-market", "en", " https://feeds.test/s-en.csv "),
                feed(" North-Market ", "FR", "http://feeds.test/n-fr.csv"),
                feed("north-market", "en", "https://feeds.test/n-en.csv?key=k"));

        assertThat(sources.all()).containsExactly(
                new Source("north-market", "en", "https://feeds.test/n-en.csv?key=k"),
                new Source("north-market", "fr", "http://feeds.test/n-fr.csv"),
                new Source("south-market", "en", "https://feeds.test/s-en.csv"));
    }

    @Test
    void noneGivenIsNone() {
        assertThat(FeedSources.of(null, INSTALLED, FeedSources.none()).isEmpty()).isTrue();
        assertThat(FeedSources.of(List.of(), Map.of(), FeedSources.none())).isEqualTo(FeedSources.none());
    }

    @Test
    void refusesAMarketplaceThatIsNotInstalled_namingTheInstalledOnes() {
        assertRejected(() -> of(feed("west-market", "en", "https://feeds.test/w.csv")),
                new FieldViolation("feedSources[0].marketplace", "must be one of [north-market, south-market]"));
    }

    @Test
    void refusesEveryMarketplaceWhenNoneIsInstalled() {
        assertThatThrownBy(() -> FeedSources.of(List.of(feed("north-market", "en", "https://feeds.test/n.csv")),
                Map.of(), FeedSources.none())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).containsExactly(
                        new FieldViolation("feedSources[0].marketplace", "no marketplace is installed")));
    }

    @Test
    void refusesALanguageTheMarketplaceDoesNotTake() {
        assertRejected(() -> of(feed("north-market", "en", "https://feeds.test/n.csv"),
                        feed("south-market", "fr", "https://feeds.test/s-fr.csv")),
                new FieldViolation("feedSources[1].language", "must be one of [en] for south-market"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://feeds.test/en.csv", "feeds.test/en.csv", "file:///etc/passwd", "javascript:x",
            "https://", "https://feeds.test/a b.csv", "https://feeds.test/\nx", "https://user:pass@feeds.test/en.csv",
            "https://token@feeds.test/en.csv", "https://feeds.test/a\u00a0b.csv", "https://feeds.test/a\u2003b.csv",
            "https://feeds.test/a|b.csv", "https://feeds.test/{x}.csv", "https://feeds.test/a%zz.csv",
            "https://feeds_test/en.csv", "https:feeds.test/en.csv"})
    void refusesAUrlThatIsNotHttp(String url) {
        assertRejected(() -> of(feed("north-market", "en", url)),
                new FieldViolation("feedSources[0].url", FeedSources.URL_RULE));
    }

    @Test
    void takesTheSchemeInAnyCase_keptInLowerCase_andCredentialsInTheQueryString() {
        assertThat(of(feed("north-market", "en", " HTTPS://Feeds.test/en.csv?user=u&key=s%20t ")).all())
                .extracting(Source::url).containsExactly("https://Feeds.test/en.csv?user=u&key=s%20t");
        assertThat(FeedSources.normalisedUrl("Http://feeds.test/")).contains("http://feeds.test/");
    }

    /** A source migrated before the rule (user info, say) may be kept as it is, so the vendor can still be edited. */
    @Test
    void keepsAStoredSourceTheRuleWouldRefuse_whenGivenUnchanged_butNotAChangedOne() {
        FeedSources kept = FeedSources.restore(List.of(new Source("north-market", "en",
                "https://user:pw@feeds.test/n.csv")));

        assertThat(FeedSources.of(List.of(feed("north-market", "en", "https://user:pw@feeds.test/n.csv")), INSTALLED,
                kept).all()).extracting(Source::url).containsExactly("https://user:pw@feeds.test/n.csv");
        assertRejectedGiven(kept, feed("north-market", "en", "https://user:pw@feeds.test/other.csv"),
                new FieldViolation("feedSources[0].url", FeedSources.URL_RULE));
        assertRejectedGiven(kept, feed("north-market", "de", "https://user:pw@feeds.test/n.csv"),
                new FieldViolation("feedSources[0].url", FeedSources.URL_RULE));
    }

    private static void assertRejectedGiven(FeedSources kept, Candidate candidate, FieldViolation violation) {
        assertThatThrownBy(() -> FeedSources.of(List.of(candidate), INSTALLED, kept))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).containsExactly(violation));
    }

    @Test
    void takesAUrlOfTwoThousandCharacters_notOneMore() {
        String base = "https://feeds.test/";
        String longest = base + "x".repeat(2000 - base.length());

        assertThat(of(feed("north-market", "en", longest)).all()).extracting(Source::url).containsExactly(longest);
        assertRejected(() -> of(feed("north-market", "en", longest + "x")),
                new FieldViolation("feedSources[0].url", FeedSources.URL_RULE));
    }

    @Test
    void refusesASecondFeedOfTheSameMarketplaceAndLanguage_whateverItsCase() {
        assertRejected(() -> of(feed("north-market", "en", "https://feeds.test/1.csv"),
                        feed("north-market", "fr", "https://feeds.test/2.csv"),
                        feed("NORTH-MARKET", "En", "https://feeds.test/3.csv")),
                new FieldViolation("feedSources[2]", "names north-market in en again (as feedSources[0] does): "
                        + "one feed per marketplace and language"));
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        List<Candidate> given = new ArrayList<>(List.of(feed("", null, " "), feed("Bad_Name!", "english",
                "ftp://x")));
        given.add(null);

        assertThatThrownBy(() -> FeedSources.of(given, INSTALLED, FeedSources.none()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new FieldViolation("feedSources[0].marketplace", "must not be blank"),
                        new FieldViolation("feedSources[0].language", "must not be blank"),
                        new FieldViolation("feedSources[0].url", "must not be blank"),
                        new FieldViolation("feedSources[1].marketplace",
                                "must be 1 to 32 lower-case letters, digits or hyphens"),
                        new FieldViolation("feedSources[1].language", "must be a language code such as en"),
                        new FieldViolation("feedSources[1].url", FeedSources.URL_RULE),
                        new FieldViolation("feedSources[2]", "must not be null")));
    }

    @Test
    void refusesMoreThanAHundred() {
        List<Candidate> many = Collections.nCopies(101, feed("north-market", "en", "https://feeds.test/x.csv"));

        assertRejected(() -> FeedSources.of(many, INSTALLED, FeedSources.none()),
                new FieldViolation("feedSources", "must be at most 100 feed sources"));
    }

    @Test
    void keepsAFeedOfAMarketplaceNoLongerInstalled_whenGivenUnchanged_butNotAChangedOne() {
        FeedSources kept = FeedSources.restore(List.of(new Source("gone-market", "en", "https://feeds.test/g.csv")));

        assertThat(FeedSources.of(List.of(feed("gone-market", "EN", "https://feeds.test/g.csv "),
                feed("south-market", "en", "https://feeds.test/s.csv")), INSTALLED, kept).all())
                .extracting(Source::marketplace).containsExactly("gone-market", "south-market");
        assertThatThrownBy(() -> FeedSources.of(List.of(feed("gone-market", "en", "https://feeds.test/other.csv")),
                INSTALLED, kept)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(FieldViolation::field).containsExactly("feedSources[0].marketplace"));
        assertThatThrownBy(() -> FeedSources.of(List.of(feed("gone-market", "fr", "https://feeds.test/g.csv")),
                INSTALLED, kept)).isInstanceOf(ValidationException.class);
    }

    @Test
    void equalWhenTheyHoldTheSameFeedsInAnyOrder() {
        assertThat(of(feed("south-market", "en", "https://feeds.test/s.csv"),
                feed("north-market", "de", "https://feeds.test/n.csv")))
                .isEqualTo(of(feed("north-market", "de", "https://feeds.test/n.csv"),
                        feed("south-market", "en", "https://feeds.test/s.csv")))
                .isNotEqualTo(of(feed("north-market", "de", "https://feeds.test/n.csv")));
    }

    private static void assertRejected(Runnable action, FieldViolation violation) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).containsExactly(violation));
    }
}
