package com.wizamart.identity.application;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import com.wizamart.identity.VendorOnboarding;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.BusinessDetails;
import com.wizamart.tenancy.FeedSource;
import com.wizamart.tenancy.Owner;
import com.wizamart.tenancy.RegisterVendor;

/**
 * Opens many vendors from a CSV file. Each row runs in its own transaction: a bad row is reported with its errors
 * and never blocks (or half-writes) the good ones.
 *
 * <p>A vendor's feed sources are columns named {@code feed_url.<marketplace>.<language>} (as many as wanted, e.g.
 * {@code feed_url.acme-market.en}): a row's non-blank value in one is the vendor's feed URL of that marketplace and
 * language, checked as every feed source is (tenancy's rules: an installed marketplace and a language it takes).
 */
@Service
public class BulkVendorImport {

    /**
     * Columns the file may have, in any order, besides the feed columns ({@link #FEED_COLUMN}); any other column
     * refuses the file (its values would be dropped unread).
     */
    public static final List<String> COLUMNS = List.of("vendor_name", "subdomain", "owner_name", "owner_email",
            "owner_phone", "business_address", "business_city", "business_postal_code", "business_country",
            "initial_password", "attach_existing_owner");
    /** How a feed column is named; one per marketplace and language. */
    public static final String FEED_COLUMN = "feed_url.<marketplace>.<language>";
    private static final String FEED_PREFIX = "feed_url.";
    private static final Pattern FEED_SOURCE_FIELD = Pattern.compile("feedSources\\[(\\d+)](\\..*)?");
    private static final Set<String> REQUIRED = Set.of("vendor_name", "subdomain", "owner_email");
    /** The longest value of a column, as the single-vendor form allows and the database stores. */
    private static final Map<String, Integer> MAX_LENGTH = Map.of("owner_phone", 50, "business_address", 300,
            "business_city", 100, "business_postal_code", 20, "business_country", 100);
    private static final int MAX_NAME_PART = 100;
    static final int MAX_ROWS = 5_000;

    private final VendorOnboarding onboarding;
    private final TransactionTemplate transactions;

    private final LinkDisclosure disclosure;

    BulkVendorImport(VendorOnboarding onboarding, TransactionTemplate transactions, LinkDisclosure disclosure) {
        this.disclosure = disclosure;
        this.onboarding = onboarding;
        this.transactions = transactions;
    }

    /**
     * Per-row outcome; {@code status} is {@code CREATED} or {@code FAILED}; {@code existingOwner} says the owner's
     * account existed (attached because the row confirmed it with {@code attach_existing_owner}); the activation link
     * is returned only while links are returned ({@code wizamart.identity.return-links}), otherwise
     * {@code ownerActivationMailed} says the owner gets it by mail.
     */
    public record RowResult(long row, String status, UUID vendorId, String code, String ownerEmail,
                            boolean existingOwner, String ownerActivationUrl, boolean ownerActivationMailed,
                            List<FieldViolation> errors) {
    }

    /** Outcome of the whole file. */
    public record Result(int total, int created, int failed, List<RowResult> rows) {
    }

    public Result run(InputStream csv, Actor actor) {
        CsvParserSettings settings = new CsvParserSettings();
        settings.setHeaderExtractionEnabled(true);
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setDelimiterDetectionEnabled(true, ',', ';', '\t');
        settings.setMaxCharsPerColumn(4_096);
        settings.setSkipEmptyLines(true);
        CsvParser parser = new CsvParser(settings);
        parser.beginParsing(new InputStreamReader(csv, StandardCharsets.UTF_8));
        try {
            String[] headers = parser.getContext().headers();
            Map<String, Integer> index = headerIndex(headers);
            List<FeedColumn> feedColumns = feedColumns(index);
            List<RowResult> rows = new ArrayList<>();
            String[] values;
            while ((values = parser.parseNext()) != null) {
                long line = parser.getContext().currentLine();
                if (rows.size() >= MAX_ROWS) {
                    throw ValidationException.of("file", "has more than " + MAX_ROWS + " rows; split it");
                }
                rows.add(importRow(line, values, index, feedColumns, actor));
            }
            int created = (int) rows.stream().filter(r -> r.status().equals("CREATED")).count();
            return new Result(rows.size(), created, rows.size() - created, rows);
        } finally {
            parser.stopParsing();
        }
    }

    private static Map<String, Integer> headerIndex(String[] headers) {
        if (headers == null) {
            throw ValidationException.of("file", "is empty; expected a header row with " + COLUMNS + " and "
                    + FEED_COLUMN + " columns");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < headers.length; i++) {
            if (headers[i] != null) {
                String header = headers[i].strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
                if (index.putIfAbsent(header, i) != null && header.startsWith(FEED_PREFIX)) {
                    throw ValidationException.of("file", "has the column " + header + " twice");
                }
            }
        }
        // a column not known here would be dropped unread (say, a feed column of an older file's shape): refuse it
        List<String> unknown = index.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .filter(c -> !c.isEmpty() && !COLUMNS.contains(c) && !c.startsWith(FEED_PREFIX)).toList();
        if (!unknown.isEmpty()) {
            throw ValidationException.of("file", "has the unknown column" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + "; the columns are " + String.join(", ", COLUMNS) + " and "
                    + FEED_COLUMN);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw ValidationException.of("file", "misses the columns " + missing + "; found " + Arrays.toString(headers));
        }
        return index;
    }

    /** A column {@code feed_url.<marketplace>.<language>}: the feed URL of that marketplace and language. */
    private record FeedColumn(String header, String marketplace, String language) {
    }

    /** The feed columns, in the file's order; a column named {@code feed_url.} otherwise fails the whole file. */
    private static List<FeedColumn> feedColumns(Map<String, Integer> index) {
        List<FeedColumn> columns = new ArrayList<>();
        index.entrySet().stream().filter(e -> e.getKey().startsWith(FEED_PREFIX))
                .sorted(Map.Entry.comparingByValue()).forEach(e -> {
                    String[] parts = e.getKey().substring(FEED_PREFIX.length()).split("\\.", -1);
                    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                        throw ValidationException.of("file", "has the column " + e.getKey() + "; feed columns are named "
                                + FEED_COLUMN);
                    }
                    columns.add(new FeedColumn(e.getKey(), parts[0].strip(), parts[1].strip()));
                });
        return columns;
    }

    private RowResult importRow(long line, String[] values, Map<String, Integer> index, List<FeedColumn> feedColumns,
                                Actor actor) {
        Map<String, String> row = new HashMap<>();
        index.forEach((column, i) -> row.put(column, i < values.length && values[i] != null ? values[i].strip() : null));
        String ownerEmail = row.get("owner_email");
        String[] names = splitName(row.get("owner_name"));
        List<FieldViolation> tooLong = tooLong(row, names);
        if (!tooLong.isEmpty()) {
            return failed(line, ownerEmail, tooLong);
        }
        List<FeedSource> feeds = new ArrayList<>();
        List<String> feedHeaders = new ArrayList<>();
        for (FeedColumn column : feedColumns) {
            String url = row.get(column.header());
            if (url != null && !url.isBlank()) {
                feeds.add(new FeedSource(column.marketplace(), column.language(), url));
                feedHeaders.add(column.header());
            }
        }
        try {
            RegisterVendor command = new RegisterVendor(null, row.get("vendor_name"), row.get("subdomain"),
                    new BusinessDetails(ownerEmail, row.get("owner_phone"), row.get("business_address"),
                            row.get("business_city"), row.get("business_postal_code"), row.get("business_country"), null),
                    feeds, new Owner(ownerEmail, names[0], names[1], row.get("owner_phone")));
            String password = row.get("initial_password");
            boolean attach = isYes(row.get("attach_existing_owner"));
            VendorOnboarding.OnboardedVendor created = transactions.execute(status ->
                    onboarding.open(command, password == null || password.isBlank() ? null : password, attach, actor));
            return new RowResult(line, "CREATED", created.vendor().id(), created.vendor().code(), ownerEmail,
                    created.owner().existingUser(), disclosure.disclosed(created.ownerActivationUrl()),
                    created.ownerActivationUrl() != null && !disclosure.linksReturned(), List.of());
        } catch (ValidationException e) {
            return failed(line, ownerEmail, e.violations().stream()
                    .map(v -> new FieldViolation(column(v.field(), feedHeaders), v.message())).toList());
        } catch (DomainException e) {
            return failed(line, ownerEmail, List.of(new FieldViolation(null, e.getMessage())));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            return failed(line, ownerEmail, List.of(new FieldViolation(null, "conflicts with an existing vendor or user")));
        }
    }

    private static boolean isYes(String value) {
        return value != null && Set.of("true", "yes", "1", "y").contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** Values too long to store would otherwise fail inside the row's transaction with a misleading message. */
    private static List<FieldViolation> tooLong(Map<String, String> row, String[] names) {
        List<FieldViolation> violations = new ArrayList<>();
        MAX_LENGTH.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(limit -> {
            String value = row.get(limit.getKey());
            if (value != null && value.length() > limit.getValue()) {
                violations.add(new FieldViolation(limit.getKey(), "must be at most " + limit.getValue() + " characters"));
            }
        });
        if (names[0].length() > MAX_NAME_PART || names[1].length() > MAX_NAME_PART) {
            violations.add(new FieldViolation("owner_name",
                    "first and last name must be at most " + MAX_NAME_PART + " characters each"));
        }
        return violations;
    }

    private static RowResult failed(long line, String ownerEmail, List<FieldViolation> errors) {
        return new RowResult(line, "FAILED", null, null, ownerEmail, false, null, false, errors);
    }

    /** Maps a command field back to the CSV column the admin knows ({@code feedSources[i]} to its feed column). */
    private static String column(String field, List<String> feedHeaders) {
        Matcher feed = FEED_SOURCE_FIELD.matcher(field == null ? "" : field);
        if (feed.matches() && Integer.parseInt(feed.group(1)) < feedHeaders.size()) {
            return feedHeaders.get(Integer.parseInt(feed.group(1)));
        }
        return switch (field == null ? "" : field) {
            case "name" -> "vendor_name";
            case "subdomain", "code" -> "subdomain";
            case "email", "owner.email" -> "owner_email";
            case "initialPassword" -> "initial_password";
            default -> field;
        };
    }

    private static String[] splitName(String name) {
        if (name == null || name.isBlank()) {
            return new String[] {"", ""};
        }
        String trimmed = name.strip();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? new String[] {trimmed, ""} : new String[] {trimmed.substring(0, space), trimmed.substring(space + 1)};
    }
}
