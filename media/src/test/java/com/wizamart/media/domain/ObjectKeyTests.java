package com.wizamart.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectKeyTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "vendor/0b6f6c4e-2b7a-4f0e-9d55-1d2f3a4b5c6d/"
                    + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08/thumbnail.jpg",
            "thumbnail.jpg", "a/b_c-d/e.tar.gz" })
    void acceptsKeysOfLowerCaseFoldersAndANamedFile(String key) {
        assertThat(ObjectKey.of(key).value()).isEqualTo(key);
        assertThat(ObjectKey.isValid(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "/", "/vendor/a.jpg", "vendor/a.jpg/", "vendor//a.jpg", "../a.jpg", "vendor/../a.jpg",
            "vendor/./a.jpg", "vendor/a..jpg", ".a.jpg", "vendor/.a.jpg.123.tmp", "vendor/a", "ven.dor/a.jpg",
            "Vendor/a.jpg", "vendor/a.JPG", "vendor/a b.jpg", "vendor\\a.jpg", "vendor/%2e%2e/a.jpg", "vendor/é.jpg",
            "vendor/a.jpg\u0000", "vendor/a.jpg\n", "c:/a.jpg", "~/a.jpg" })
    void refusesEverythingElse(String key) {
        assertThat(ObjectKey.isValid(key)).isFalse();
        assertThatThrownBy(() -> ObjectKey.of(key)).isInstanceOfSatisfying(MediaException.class,
                e -> assertThat(e.errorCode()).isEqualTo("MEDIA_OBJECT_KEY_INVALID"));
    }

    @ParameterizedTest
    @ValueSource(ints = { ObjectKey.MAX_LENGTH, ObjectKey.MAX_LENGTH + 1 })
    void refusesKeysLongerThanS3Allows(int length) {
        String key = "a".repeat(length - 4) + ".jpg";
        assertThat(ObjectKey.isValid(key)).isEqualTo(length <= ObjectKey.MAX_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "vendor/", "vendor/0b", "vendor/0b6f/", "vendor/x/thumb", "vendor/x/thumb.",
            "vendor/x/thumb.jp" })
    void acceptsEveryBeginningOfAKey(String prefix) {
        assertThat(ObjectKey.checkPrefix(prefix)).isEqualTo(prefix);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/vendor", "vendor//", "../", "vendor/..", "vendor/.", ".", "vendor/.tmp",
            "Vendor/", "vendor/a b", "ven.dor/", "vendor\\" })
    void refusesBeginningsNoKeyHas(String prefix) {
        assertThatThrownBy(() -> ObjectKey.checkPrefix(prefix)).isInstanceOfSatisfying(MediaException.class,
                e -> assertThat(e.errorCode()).isEqualTo("MEDIA_OBJECT_KEY_INVALID"));
    }
}
