package com.wizamart.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@link FirewallCharacters} allow exactly what the regular expressions of Spring Security's firewall allow. */
class FirewallCharactersTests {

    // StrictHttpFirewall's defaults (spring-security-web 7.1)
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsTheFirewallsExpressionsJudgeIt() {
        int allowed = 0;
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String s = "a" + Character.toString(codePoint) + "b";
            boolean name = NAMES.matcher(s).matches();
            assertThat(FirewallCharacters.NAMES.test(s)).as("U+%04X in a name", codePoint).isEqualTo(name);
            assertThat(FirewallCharacters.VALUES.test(s)).as("U+%04X in a value", codePoint)
                    .isEqualTo(VALUES.matcher(s).matches());
            allowed += name ? 1 : 0;
        }
        assertThat(allowed).as("both kinds of code point were seen").isBetween(100_000, Character.MAX_CODE_POINT);
    }

    @Test
    void surrogatesAloneOrPairedAndEdgeCases() {
        for (String s : List.of("", "\t", "a\tb", "\uD83D\uDE00", "\uD83D", "\uDE00x", "x\uD83D", "\u007F", "\u0085",
                "\u00A0", "Bearer eyJ.x-y_z~1+2/3==", "\r\n", "é ü ß")) {
            assertThat(FirewallCharacters.NAMES.test(s)).as(s).isEqualTo(NAMES.matcher(s).matches());
            assertThat(FirewallCharacters.VALUES.test(s)).as(s).isEqualTo(VALUES.matcher(s).matches());
        }
    }
}
