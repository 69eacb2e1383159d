package com.wizamart.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.sharedkernel.ValidationException;

class PaymentSettingsTests {

    private final PaymentSettings none = PaymentSettings.none(UUID.randomUUID());

    @Test
    void putsTheDefaultFirstAndNormalisesTheAccount() {
        PaymentSettings s = none.choose(List.of(PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH_ON_DELIVERY),
                PaymentMethod.CASH_ON_DELIVERY, " Shop ", "lu28 0019 4006 4475 0000", "bceelull", Instant.EPOCH);

        assertThat(s.methods()).containsExactly(PaymentMethod.CASH_ON_DELIVERY, PaymentMethod.BANK_TRANSFER);
        assertThat(s.iban()).isEqualTo("LU280019400644750000");
        assertThat(s.bic()).isEqualTo("BCEELULL");
        assertThat(s.accountHolder()).isEqualTo("Shop");
    }

    @Test
    void checksTheIbansDigits() {
        assertThat(PaymentSettings.validIban("DE89370400440532013000")).isTrue();
        assertThat(PaymentSettings.validIban("DE89370400440532013001")).isFalse();
        assertThat(PaymentSettings.validIban("XX00")).isFalse();
    }

    @Test
    void refusesNoMethodsADefaultNotOfferedAndATransferWithoutAccount() {
        assertThatThrownBy(() -> none.choose(List.of(), null, null, null, null, Instant.EPOCH))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> none.choose(List.of(PaymentMethod.CARD), PaymentMethod.BANK_TRANSFER, null, null,
                null, Instant.EPOCH)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> none.choose(List.of(PaymentMethod.BANK_TRANSFER), null, "Shop", null, null,
                Instant.EPOCH)).isInstanceOf(ValidationException.class);
    }

    @Test
    void acceptsOnlyConnectedAccountIds() {
        assertThat(none.connect("acct_1Abc", Instant.EPOCH).connectedAccount()).isEqualTo("acct_1Abc");
        assertThat(none.connect(" ", Instant.EPOCH).connectedAccount()).isNull();
        assertThatThrownBy(() -> none.connect("sk_live_123", Instant.EPOCH)).isInstanceOf(ValidationException.class);
    }

    @Test
    void countsMinorUnitsAsTheCurrencyDoes() {
        assertThat(MinorUnits.of(new BigDecimal("49.80"), "EUR")).isEqualTo(4980);
        assertThat(MinorUnits.of(new BigDecimal("1200"), "JPY")).isEqualTo(1200);
        assertThat(MinorUnits.toAmount(4980, "EUR")).isEqualByComparingTo("49.80");
        assertThat(MinorUnits.percentOf(4980, new BigDecimal("5"))).isEqualTo(249);
    }
}
