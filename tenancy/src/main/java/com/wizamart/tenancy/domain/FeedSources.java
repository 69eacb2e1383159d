package com.wizamart.tenancy.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/**
 * A vendor's feed sources: where the platform fetches the vendor's product feeds, one URL per marketplace and
 * language at most. Which marketplaces and languages exist is not known here: the caller passes what the installed
 * marketplaces accept, and a source kept unchanged from the vendor's stored ones passes even when its marketplace is
 * no longer installed (it may be kept or removed, not added or changed).
 */
public final class FeedSources {

    /** The most sources a vendor may have (every marketplace in every language fits many times). */
    public static final int MAX = 100;
    /** The longest URL kept. */
    public static final int MAX_URL_LENGTH = 2000;

    private static final Pattern MARKETPLACE = Pattern.compile("[a-z0-9-]{1,32}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Comparator<Source> ORDER = Comparator.comparing(Source::marketplace)
            .thenComparing(Source::language);
    private static final FeedSources NONE = new FeedSources(List.of());
    /** What {@link #normalisedUrl(String)} asks of a URL, as a violation says it. */
    public static final String URL_RULE = "must be an http(s) URL with a host, without user info (credentials go in "
            + "the query string) or spaces, of at most " + MAX_URL_LENGTH + " characters";

    private final List<Source> sources;

    private FeedSources(List<Source> sources) {
        this.sources = sources.stream().sorted(ORDER).toList();
    }

    /** One feed: where a marketplace's feed of the vendor in a language is fetched from. */
    public record Source(String marketplace, String language, String url) {

        public Source {
            Objects.requireNonNull(marketplace, "marketplace");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(url, "url");
        }
    }

    /** A source as given: any part may be {@literal null} or malformed. */
    public record Candidate(String marketplace, String language, String url) {
    }

    public static FeedSources none() {
        return NONE;
    }

    /** Sources read back from storage, checked when they were stored. */
    public static FeedSources restore(List<Source> sources) {
        return sources == null || sources.isEmpty() ? NONE : new FeedSources(sources);
    }

    /**
     * Checks the given sources: each names a marketplace ({@code [a-z0-9-]{1,32}}) that is installed, a language that
     * marketplace accepts and a URL {@link #normalisedUrl(String)} takes; no two name the same marketplace and
     * language. Marketplace and language are compared in lower case, the URL stripped, its scheme in lower case.
     *
     * @param given    the sources, {@literal null} for none; each reported by its index ({@code feedSources[2].url}).
     * @param accepted the installed marketplaces, each with the languages its feeds may be in.
     * @param kept     the vendor's sources before this change: one of them given again unchanged is checked neither
     *                 against {@code accepted} nor its URL's shape (a migrated one may predate the rule).
     * @throws ValidationException naming every offending field.
     */
    public static FeedSources of(List<Candidate> given, Map<String, Set<String>> accepted, FeedSources kept) {
        if (given == null || given.isEmpty()) {
            return NONE;
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (given.size() > MAX) {
            throw ValidationException.of("feedSources", "must be at most " + MAX + " feed sources");
        }
        List<Source> sources = new ArrayList<>();
        Map<String, Integer> firstOf = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "feedSources[" + i + "]";
            Candidate candidate = given.get(i);
            if (candidate == null) {
                violations.add(new FieldViolation(field, "must not be null"));
                continue;
            }
            int before = violations.size();
            String marketplace = lower(candidate.marketplace());
            String language = lower(candidate.language());
            String url = candidate.url() == null ? "" : candidate.url().strip();
            if (marketplace.isEmpty()) {
                violations.add(new FieldViolation(field + ".marketplace", "must not be blank"));
            } else if (!MARKETPLACE.matcher(marketplace).matches()) {
                violations.add(new FieldViolation(field + ".marketplace",
                        "must be 1 to 32 lower-case letters, digits or hyphens"));
            }
            if (language.isEmpty()) {
                violations.add(new FieldViolation(field + ".language", "must not be blank"));
            } else if (!LANGUAGE.matcher(language).matches()) {
                violations.add(new FieldViolation(field + ".language", "must be a language code such as en"));
            }
            // a source kept unchanged passes as it was stored (migrated ones were not checked as new ones are)
            boolean unchanged = violations.size() == before && kept != null
                    && kept.sources.contains(new Source(marketplace, language, url));
            if (url.isEmpty()) {
                violations.add(new FieldViolation(field + ".url", "must not be blank"));
            } else if (!unchanged) {
                Optional<String> normalised = normalisedUrl(url);
                if (normalised.isEmpty()) {
                    violations.add(new FieldViolation(field + ".url", URL_RULE));
                } else {
                    url = normalised.get();
                }
            }
            if (violations.size() > before) {
                continue;
            }
            Source source = new Source(marketplace, language, url);
            if (!unchanged) {
                Set<String> languages = accepted.get(marketplace);
                if (languages == null) {
                    violations.add(new FieldViolation(field + ".marketplace", accepted.isEmpty()
                            ? "no marketplace is installed"
                            : "must be one of " + accepted.keySet().stream().sorted().toList()));
                    continue;
                }
                if (!languages.contains(language)) {
                    violations.add(new FieldViolation(field + ".language", "must be one of "
                            + languages.stream().sorted().toList() + " for " + marketplace));
                    continue;
                }
            }
            Integer first = firstOf.putIfAbsent(marketplace + " " + language, i);
            if (first != null) {
                violations.add(new FieldViolation(field, "names " + marketplace + " in " + language
                        + " again (as feedSources[" + first + "] does): one feed per marketplace and language"));
                continue;
            }
            sources.add(source);
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new FeedSources(sources);
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The one rule of a feed URL, for feed sources and for imports from a URL: it parses as a {@link URI}, its scheme
     * is {@code http} or {@code https} in any case, it has a host and no user info (credentials go in the query
     * string), it holds no white space or space character of any kind, and it has at most {@value #MAX_URL_LENGTH}
     * characters.
     *
     * @param url the URL, stripped.
     * @return the URL with its scheme in lower case; empty when the rule refuses it.
     */
    public static Optional<String> normalisedUrl(String url) {
        if (url == null || url.isEmpty() || url.length() > MAX_URL_LENGTH
                || url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c))) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.empty();
        }
        return Optional.of(scheme + url.substring(scheme.length()));
    }

    /** @return the sources, by marketplace and language. */
    public List<Source> all() {
        return sources;
    }

    public boolean isEmpty() {
        return sources.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeedSources that && sources.equals(that.sources);
    }

    @Override
    public int hashCode() {
        return sources.hashCode();
    }

    @Override
    public String toString() {
        return "FeedSources" + sources;
    }
}
