package com.wizamart.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.wizamart.resilience.support.Accounts;
import com.wizamart.resilience.support.Database;
import com.wizamart.resilience.support.Instance;

/** The harness itself: an instance starts on a fresh database, serves, dies by SIGKILL and starts again on it. */
class HarnessTests {

    @Test
    void anInstanceStartsServesDiesAndStartsAgainOnTheSameDatabase() {
        Path work = Path.of(System.getProperty("wizamart.resilience.work", "target/resilience"), "harness");
        try (Database database = Database.create()) {
            Instance first = Instance.start("harness-1", database, work, Map.of());
            Accounts.Vendor vendor;
            try {
                Accounts accounts = new Accounts(first.api());
                vendor = accounts.vendor(accounts.admin());
                first.kill();
                assertThat(first.alive()).isFalse();
            } finally {
                first.close();
            }
            try (Instance second = Instance.start("harness-2", database, work, Map.of())) {
                // the vendor committed before the kill is there, and its owner signs in on the new JVM
                assertThat(new Accounts(second.api()).owner(vendor.code(), vendor.ownerEmail())).isNotBlank();
                assertThat(database.count("select count(*) from tenancy_vendors where code = ?", vendor.code()))
                        .isEqualTo(1);
            }
        }
    }
}
