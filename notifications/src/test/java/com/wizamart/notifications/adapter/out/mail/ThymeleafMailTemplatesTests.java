package com.wizamart.notifications.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.notifications.application.port.out.MailTemplates.Brand;
import com.wizamart.notifications.application.port.out.MailTemplates.Content;
import com.wizamart.notifications.application.port.out.MailTemplates.Rendered;
import com.wizamart.notifications.domain.MessageKind;
import com.wizamart.ordering.OrderDocuments.Line;
import com.wizamart.ordering.OrderDocuments.OrderDocument;
import com.wizamart.ordering.OrderDocuments.Vat;
import com.wizamart.ordering.PaymentMethod;
import com.wizamart.ordering.PaymentStatus;
import com.wizamart.payments.PaymentInstructions.Instructions;

class ThymeleafMailTemplatesTests {

    private final ThymeleafMailTemplates templates = new ThymeleafMailTemplates();
    private final Brand brand = new Brand("Chez <Marie>", "#aa3366", "#112233", "https://cdn.example.com/logo.png",
            "https://shop.example.com/shop/marie", "hello@marie.example.com");

    private static OrderDocument order(String language, String customerName) {
        return new OrderDocument(UUID.randomUUID(), UUID.randomUUID(), "MARIE-000042", "PENDING", UUID.randomUUID(),
                "chris@example.com", customerName, language,
                List.of(new Line("COF-1", "Café torréfié", 2, new BigDecimal("11.70"), new BigDecimal("23.40"),
                                new BigDecimal("17")),
                        new Line("BK-1", "Livre de cuisine", 1, new BigDecimal("20.60"), new BigDecimal("20.60"),
                                new BigDecimal("3"))),
                List.of(new Vat(new BigDecimal("3.00"), new BigDecimal("20.00"), new BigDecimal("0.60")),
                        new Vat(new BigDecimal("17.00"), new BigDecimal("24.19"), new BigDecimal("4.11"))),
                new BigDecimal("4.90"), "Colis", List.of("Chris Muller", "12 Rue de la Gare", "L-1611 Luxembourg"),
                new BigDecimal("48.90"), new BigDecimal("4.71"), BigDecimal.ZERO, "EUR", null,
                PaymentMethod.BANK_TRANSFER, PaymentStatus.PENDING, Instant.parse("2026-12-06T10:15:00Z"));
    }

    @Test
    void anOrderConfirmationInFrenchShowsLinesVatShippingTotalAndTheTransferDetails() {
        OrderDocument order = order("fr", "Chris");
        Rendered rendered = templates.render(new Content(MessageKind.ORDER_CONFIRMATION, "fr", brand, "Chris",
                List.of(brand.name(), order.number()), brand.shopUrl(), order,
                new Instructions(PaymentMethod.BANK_TRANSFER, "MARIE-000042", "Marie SARL",
                        "LU280019400644750000", "BCEELULL"), null));

        assertThat(rendered.subject()).isEqualTo("Votre commande MARIE-000042 chez Chez <Marie>");
        assertThat(rendered.text()).contains("Bonjour Chris,", "2 x Café torréfié", "23,40 €", "Livraison : Colis",
                "TVA 17 % sur 24,19 €", "4,11 €", "Total TTC: 48,90 €", "IBAN: LU280019400644750000",
                "Référence à indiquer: MARIE-000042", "https://shop.example.com/shop/marie", "L-1611 Luxembourg");
        assertThat(rendered.html()).contains("lang=\"fr\"", "background:#aa3366", "#112233",
                "https://cdn.example.com/logo.png", "Chez &lt;Marie&gt;", "LU280019400644750000", "BCEELULL",
                "href=\"https://shop.example.com/shop/marie\"")
                .doesNotContain("Chez <Marie>");
    }

    @Test
    void markupInACustomersNameIsEscapedInTheHtml() {
        Rendered rendered = templates.render(new Content(MessageKind.ORDER_SHIPPED, "en", brand,
                "<script>alert(1)</script>", List.of(brand.name(), "MARIE-000042"), null,
                order("en", "<script>alert(1)</script>"), null, null));

        assertThat(rendered.html()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(rendered.subject()).isEqualTo("Your order MARIE-000042 is on its way");
    }

    @Test
    void aPasswordResetInGermanCarriesItsLinkAndItsExpiry() {
        Rendered rendered = templates.render(new Content(MessageKind.PASSWORD_RESET, "de",
                new Brand("Wizamart", "#1d4ed8", "#f59e0b", null, null, null), "Jonas", List.of("Wizamart"),
                "http://localhost:8080/vendor/#/reset-password?token=abc", null, null,
                Instant.parse("2026-12-07T10:00:00Z")));

        assertThat(rendered.subject()).isEqualTo("Passwort für Wizamart zurücksetzen");
        assertThat(rendered.text()).contains("Hallo Jonas,", "Neues Passwort wählen: "
                + "http://localhost:8080/vendor/#/reset-password?token=abc", "Dieser Link gilt bis");
        assertThat(rendered.html()).contains("href=\"http://localhost:8080/vendor/#/reset-password?token=abc\"")
                .doesNotContain("<img");
    }
}
