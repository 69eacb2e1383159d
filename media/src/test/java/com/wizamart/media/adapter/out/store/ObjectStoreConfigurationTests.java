package com.wizamart.media.adapter.out.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.wizamart.media.application.port.out.ObjectStore;
import com.wizamart.media.config.MediaStorageProperties;

class ObjectStoreConfigurationTests {

    @TempDir
    Path root;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ObjectStoreConfiguration.class, Properties.class);

    @EnableConfigurationProperties(MediaStorageProperties.class)
    static class Properties {
    }

    @Test
    void storesFilesUnderTheConfiguredRootWhenNoStoreIsNamed() {
        runner.withPropertyValues("wizamart.media.filesystem.root=" + root.resolve("media")).run(context -> {
            assertThat(context).hasSingleBean(ObjectStore.class).hasSingleBean(FilesystemObjectStore.class);
            assertThat(context.getBean(FilesystemObjectStore.class).root())
                    .isEqualTo(root.toRealPath().resolve("media"));
        });
    }

    @Test
    void storesInS3WhenNamed() {
        runner.withPropertyValues("wizamart.media.store=s3", "wizamart.media.s3.bucket=media",
                "wizamart.media.s3.endpoint=http://127.0.0.1:9000", "wizamart.media.s3.access-key=access",
                "wizamart.media.s3.secret-key=secret").run(context -> {
                    assertThat(context).hasSingleBean(ObjectStore.class).hasSingleBean(S3ObjectStore.class)
                            .doesNotHaveBean(FilesystemObjectStore.class);
                    assertThat(context.getBean(MediaStorageProperties.class).s3().pathStyle()).isTrue();
                });
    }

    @Test
    void refusesToStartWithS3ButNoBucket() {
        runner.withPropertyValues("wizamart.media.store=s3").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("wizamart.media.s3.bucket"));
    }

    @Test
    void refusesToStartWithAStoreThereIsNoAdapterFor() {
        runner.withPropertyValues("wizamart.media.store=ftp").run(context -> assertThat(context).hasFailed());
    }

    @Test
    void refusesAnAccessKeyWithoutItsSecret() {
        runner.withPropertyValues("wizamart.media.store=s3", "wizamart.media.s3.bucket=media",
                "wizamart.media.s3.access-key=access").run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("wizamart.media.s3.secret-key"));
    }

    @Test
    void neverShowsTheSecretKey() {
        runner.withPropertyValues("wizamart.media.store=s3", "wizamart.media.s3.bucket=media",
                "wizamart.media.s3.access-key=AKIAEXAMPLE", "wizamart.media.s3.secret-key=wJalrXUtnFEMI-secret")
                .run(context -> assertThat(context.getBean(MediaStorageProperties.class).toString())
                        .contains("AKIAEXAMPLE", "bucket=media").doesNotContain("wJalrXUtnFEMI-secret"));
    }
}
