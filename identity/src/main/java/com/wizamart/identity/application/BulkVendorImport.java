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
import com.wizamart.tenancy.Owner;
import com.wizamart.tenancy.RegisterVendor;

/**
 * Opens many vendors from a CSV file. Each row runs in its own transaction: a bad row is reported with its errors
 * and never blocks (or half-writes) the good ones.
 */
@Service
public class BulkVendorImport {

    /** Columns the file must have, in any order. */
    public static final List<String> COLUMNS = List.of("vendor_name", "subdomain", "owner_name", "owner_email",
            "owner_phone", "business_address", "business_city", "business_postal_code", "business_country",
            "letzshop_csv_url", "initial_password", "attach_existing_owner");
    private static final Set<String> REQUIRED = Set.of("vendor_name", "subdomain", "owner_email");
    /** The longest value of a column, as the single-vendor form allows and the database stores. */
    private static final Map<String, Integer> MAX_LENGTH = Map.of("owner_phone", 50, "business_address", 300,
            "business_city", 100, "business_postal_code", 20, "business_country", 100);
    private static final int MAX_NAME_PART = 100;
    static final int MAX_ROWS = 5_000;

    private final VendorOnboarding onboarding;
    private final TransactionTemplate transactions;

    BulkVendorImport(VendorOnboarding onboarding, TransactionTemplate transactions) {
        this.onboarding = onboarding;
        this.transactions = transactions;
    }

    /**
     * Per-row outcome; {@code status} is {@code CREATED} or {@code FAILED}; {@code existingOwner} says the owner's
     * account existed (attached because the row confirmed it with {@code attach_existing_owner}).
     */
    public record RowResult(long row, String status, UUID vendorId, String code, String ownerEmail,
                            boolean existingOwner, String ownerActivationUrl, List<FieldViolation> errors) {
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
            List<RowResult> rows = new ArrayList<>();
            String[] values;
            while ((values = parser.parseNext()) != null) {
                long line = parser.getContext().currentLine();
                if (rows.size() >= MAX_ROWS) {
                    throw ValidationException.of("file", "has more than " + MAX_ROWS + " rows; split it");
                }
                rows.add(importRow(line, values, index, actor));
            }
            int created = (int) rows.stream().filter(r -> r.status().equals("CREATED")).count();
            return new Result(rows.size(), created, rows.size() - created, rows);
        } finally {
            parser.stopParsing();
        }
    }

    private static Map<String, Integer> headerIndex(String[] headers) {
        if (headers == null) {
            throw ValidationException.of("file", "is empty; expected a header row with " + COLUMNS);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < headers.length; i++) {
            if (headers[i] != null) {
                index.put(headers[i].strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), i);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw ValidationException.of("file", "misses the columns " + missing + "; found " + Arrays.toString(headers));
        }
        return index;
    }

    private RowResult importRow(long line, String[] values, Map<String, Integer> index, Actor actor) {
        Map<String, String> row = new HashMap<>();
        index.forEach((column, i) -> row.put(column, i < values.length && values[i] != null ? values[i].strip() : null));
        String ownerEmail = row.get("owner_email");
        String[] names = splitName(row.get("owner_name"));
        List<FieldViolation> tooLong = tooLong(row, names);
        if (!tooLong.isEmpty()) {
            return failed(line, ownerEmail, tooLong);
        }
        try {
            String feed = row.get("letzshop_csv_url");
            RegisterVendor command = new RegisterVendor(null, row.get("vendor_name"), row.get("subdomain"),
                    new BusinessDetails(ownerEmail, row.get("owner_phone"), row.get("business_address"),
                            row.get("business_city"), row.get("business_postal_code"), row.get("business_country"), null),
                    feed == null || feed.isBlank() ? Map.of() : Map.of("en", feed),
                    new Owner(ownerEmail, names[0], names[1], row.get("owner_phone")));
            String password = row.get("initial_password");
            boolean attach = isYes(row.get("attach_existing_owner"));
            VendorOnboarding.OnboardedVendor created = transactions.execute(status ->
                    onboarding.open(command, password == null || password.isBlank() ? null : password, attach, actor));
            return new RowResult(line, "CREATED", created.vendor().id(), created.vendor().code(), ownerEmail,
                    created.owner().existingUser(), created.ownerActivationUrl(), List.of());
        } catch (ValidationException e) {
            return failed(line, ownerEmail, e.violations().stream()
                    .map(v -> new FieldViolation(column(v.field()), v.message())).toList());
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
        return new RowResult(line, "FAILED", null, null, ownerEmail, false, null, errors);
    }

    /** Maps a command field back to the CSV column the admin knows. */
    private static String column(String field) {
        return switch (field == null ? "" : field) {
            case "name" -> "vendor_name";
            case "subdomain", "code" -> "subdomain";
            case "email", "owner.email" -> "owner_email";
            case "initialPassword" -> "initial_password";
            case "letzshopCsvUrls.en" -> "letzshop_csv_url";
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
