package com.wizamart.payments.domain;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/**
 * A vendor's payment configuration: the methods its shop offers (the default first), the account bank transfers go
 * to, and the provider's connected account card payments are paid out to (set by a platform admin).
 *
 * @param methods          the offered methods, default first; empty: the vendor configured nothing (the platform's
 *                         default applies).
 * @param connectedAccount the provider's connected account ({@code acct_...}); {@literal null} without one.
 */
public record PaymentSettings(UUID vendorId, List<PaymentMethod> methods, String accountHolder, String iban,
                              String bic, String connectedAccount, Instant updatedAt) {

    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern ACCOUNT = Pattern.compile("acct_[A-Za-z0-9]{1,100}");

    public PaymentSettings {
        methods = List.copyOf(methods);
    }

    /** The settings of a vendor that configured nothing. */
    public static PaymentSettings none(UUID vendorId) {
        return new PaymentSettings(vendorId, List.of(), null, null, null, null, null);
    }

    /**
     * The vendor's choice, checked: at least one method, each once, the default among them; a bank transfer needs an
     * account holder and a valid IBAN (the BIC is optional).
     *
     * @param defaultMethod {@literal null}: the first of {@code methods}.
     * @throws ValidationException listing every broken rule.
     */
    public PaymentSettings choose(List<PaymentMethod> chosen, PaymentMethod defaultMethod, String holder,
                                  String ibanText, String bicText, Instant at) {
        List<FieldViolation> violations = new ArrayList<>();
        LinkedHashSet<PaymentMethod> unique = new LinkedHashSet<>(chosen == null ? List.of() : chosen);
        unique.remove(null);
        if (unique.isEmpty()) {
            violations.add(new FieldViolation("methods", "must offer at least one payment method"));
        }
        if (defaultMethod != null && !unique.contains(defaultMethod)) {
            violations.add(new FieldViolation("defaultMethod", "must be one of the offered methods"));
        }
        String h = blankToNull(holder);
        String i = ibanText == null ? null : blankToNull(ibanText.replace(" ", "").toUpperCase(Locale.ROOT));
        String b = bicText == null ? null : blankToNull(bicText.replace(" ", "").toUpperCase(Locale.ROOT));
        if (h != null && h.length() > 140) {
            violations.add(new FieldViolation("bankTransfer.accountHolder", "must be at most 140 characters"));
        }
        if (i != null && !validIban(i)) {
            violations.add(new FieldViolation("bankTransfer.iban", "is not a valid IBAN"));
        }
        if (b != null && !BIC.matcher(b).matches()) {
            violations.add(new FieldViolation("bankTransfer.bic", "is not a valid BIC"));
        }
        if (unique.contains(PaymentMethod.BANK_TRANSFER)) {
            if (h == null) {
                violations.add(new FieldViolation("bankTransfer.accountHolder", "is required for bank transfers"));
            }
            if (i == null) {
                violations.add(new FieldViolation("bankTransfer.iban", "is required for bank transfers"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        List<PaymentMethod> ordered = new ArrayList<>(unique);
        if (defaultMethod != null) {
            ordered.remove(defaultMethod);
            ordered.addFirst(defaultMethod);
        }
        return new PaymentSettings(vendorId, ordered, h, i, b, connectedAccount, at);
    }

    /** The connected account set by a platform admin; {@literal null} or blank removes it. */
    public PaymentSettings connect(String accountId, Instant at) {
        String a = blankToNull(accountId);
        if (a != null && !ACCOUNT.matcher(a).matches()) {
            throw ValidationException.of("accountId", "must be a connected account id (acct_...)");
        }
        return new PaymentSettings(vendorId, methods, accountHolder, iban, bic, a, at);
    }

    /** @return whether the vendor chose its methods (else the platform's default applies). */
    public boolean configured() {
        return !methods.isEmpty();
    }

    /** ISO 13616: move the first four characters to the end, letters to numbers, the whole modulo 97 is 1. */
    static boolean validIban(String iban) {
        if (!IBAN.matcher(iban).matches()) {
            return false;
        }
        String moved = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : moved.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
