package com.wizamart.notifications.adapter.out.mail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.wizamart.notifications.application.port.out.MailTemplates;

/**
 * Renders messages with a Thymeleaf engine of their own (not the web's view resolution): the layouts are
 * {@code mail/message.html} and {@code mail/message.txt}, the texts {@code mail/messages[_fr|_de].properties}; the
 * HTML escapes every value, the text is plain.
 */
@Component
class ThymeleafMailTemplates implements MailTemplates {

    private final SpringTemplateEngine engine;
    private final ResourceBundleMessageSource messages;

    ThymeleafMailTemplates() {
        messages = new ResourceBundleMessageSource();
        messages.setBasename("mail/messages");
        messages.setDefaultEncoding("UTF-8");
        // English is the bundle without suffix, not the JVM's language
        messages.setFallbackToSystemLocale(false);
        engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ThymeleafMailTemplates.class
                .getClassLoader());
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of("*" + suffix));
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    @Override
    public Rendered render(Content content) {
        Locale locale = Locale.forLanguageTag(content.language());
        String key = content.kind().key();
        Object[] args = content.args().toArray();
        Context context = new Context(locale);
        context.setVariable("brand", content.brand());
        context.setVariable("lang", content.language());
        context.setVariable("order", content.order());
        context.setVariable("payment", content.payment());
        context.setVariable("actionUrl", content.actionUrl());
        context.setVariable("fmt", new Formats(locale, content.order() == null ? null : content.order().currency()));
        String subject = messages.getMessage(key + ".subject", args, locale);
        context.setVariable("subject", subject);
        context.setVariable("greeting", content.recipientName() == null || content.recipientName().isBlank()
                ? messages.getMessage("greeting", null, locale)
                : messages.getMessage("greeting.named", new Object[] {content.recipientName().strip()}, locale));
        context.setVariable("intro", messages.getMessage(key + ".intro", args, locale));
        context.setVariable("action", content.actionUrl() == null ? null
                : messages.getMessage(key + ".action", args, "", locale));
        context.setVariable("outro", messages.getMessage(key + ".outro", args, "", locale));
        context.setVariable("expires", content.expiresAt() == null ? null
                : messages.getMessage("link.expires", new Object[] {
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                                .withZone(ZoneOffset.UTC).format(content.expiresAt()) + " UTC"}, locale));
        return new Rendered(subject, engine.process("message.txt", context), engine.process("message.html", context));
    }

    /** Amounts and rates as the recipient's language writes them. */
    public static final class Formats {

        private final Locale locale;
        private final String currency;

        Formats(Locale locale, String currency) {
            this.locale = locale;
            this.currency = currency;
        }

        public String money(BigDecimal amount) {
            if (amount == null) {
                return "";
            }
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            String figure = format.format(amount.setScale(2, RoundingMode.HALF_UP));
            return currency == null ? figure : figure + " " + symbol();
        }

        public String rate(BigDecimal rate) {
            if (rate == null) {
                return "";
            }
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return format.format(rate) + " %";
        }

        public String date(Instant at) {
            return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .withZone(ZoneOffset.UTC).format(at);
        }

        private String symbol() {
            try {
                return Currency.getInstance(currency).getSymbol(locale);
            } catch (IllegalArgumentException e) {
                return currency;
            }
        }
    }
}
