package com.wizamart.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

class VendorThemeTests {

    @Test
    void keepsColoursInLowerCaseAndTheLogoWithItsSchemeInLowerCase_blankMeansNone() {
        VendorTheme theme = VendorTheme.of(" #1D4ED8 ", "#f59e0b", " HTTPS://cdn.test/Logo.png ", "theme");

        assertThat(theme).isEqualTo(new VendorTheme("#1d4ed8", "#f59e0b", "https://cdn.test/Logo.png"));
        assertThat(VendorTheme.of(" ", null, "", "theme")).isEqualTo(new VendorTheme(null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#fff", "#1234567", "1d4ed8", "#12345g", "#1d4ed8;color:red", "rgb(0,0,0)"})
    void refusesAColourThatIsNotRrggbb(String color) {
        assertThatThrownBy(() -> VendorTheme.of(null, color, null, "theme"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("theme.accentColor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:image/png;base64,AAAA", "ftp://cdn.test/logo.png",
            "//cdn.test/logo.png", "/logo.png", "https://user:pw@cdn.test/logo.png", "https://cdn.test/a logo.png",
            "https://"})
    void refusesALogoThatIsNoHttpUrl(String url) {
        assertThatThrownBy(() -> VendorTheme.of(null, null, url, "theme"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("theme.logoUrl"));
    }

    @Test
    void refusesALogoUrlLongerThanTheLimit_andNamesEveryBadFieldAtOnce() {
        String base = "https://cdn.test/";
        String longest = base + "l".repeat(VendorTheme.MAX_LOGO_URL_LENGTH - base.length());
        assertThat(VendorTheme.of(null, null, longest, "theme").logoUrl()).isEqualTo(longest);

        assertThatThrownBy(() -> VendorTheme.of("blue", "#00000", longest + "l", "theme"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("theme.primaryColor", "theme.accentColor", "theme.logoUrl"));
    }

    @Test
    void readsItsKeysOfAStoredTheme_andWritesThemLeavingTheOthers() {
        Map<String, Object> stored = Map.of("font", "serif", "primaryColor", "#000000", "accentColor", 12);

        assertThat(VendorTheme.from(stored)).isEqualTo(new VendorTheme("#000000", null, null));
        assertThat(VendorTheme.from(null)).isEqualTo(new VendorTheme(null, null, null));
        assertThat(new VendorTheme(null, "#ffffff", "https://cdn.test/l.png").appliedTo(stored))
                .containsOnly(Map.entry("font", "serif"), Map.entry("accentColor", "#ffffff"),
                        Map.entry("logoUrl", "https://cdn.test/l.png"));
    }

    @Test
    void readsAStoredValueItsOwnRulesWouldRefuseAsNone_soTheTeamsFormCanBeSavedAsItIsShown() {
        Map<String, Object> byAnAdmin = Map.of("primaryColor", "#FFF", "accentColor", "blue", "logoUrl", "/logo.png");
        assertThat(VendorTheme.from(byAnAdmin)).isEqualTo(new VendorTheme(null, null, null));
        assertThat(VendorTheme.from(Map.of("primaryColor", "#0F766E", "logoUrl", "https://cdn.test/l.png")))
                .isEqualTo(new VendorTheme("#0f766e", null, "https://cdn.test/l.png"));
        VendorTheme shown = VendorTheme.from(byAnAdmin);
        assertThat(VendorTheme.of(shown.primaryColor(), shown.accentColor(), shown.logoUrl(), "theme")).isEqualTo(shown);
    }
}
