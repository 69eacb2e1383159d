package com.wizamart.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;

class SmokeIntegrationTests extends ApiTest {

    @Test
    void opensAVendorWhoseOwnerCanSeeTheTeam() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        var members = http.get("/api/v1/vendor/team/members").bearer(vendor.owner().accessToken()).send();
        assertThat(members.status()).as(members.toString()).isEqualTo(200);
        assertThat(members.json().get("content").get(0).get("role").asString()).isEqualTo("Owner");
        assertThat(members.json().get("page").get("totalElements").asLong()).isEqualTo(1);
        var editor = fixtures.member(vendor, "Editor");
        assertThat(editor.role()).isEqualTo("Editor");
    }
}
