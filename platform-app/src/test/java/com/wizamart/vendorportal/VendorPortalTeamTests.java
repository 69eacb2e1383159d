package com.wizamart.vendorportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.wizamart.support.BrowserTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * The team page in a real browser: an Owner invites someone who joins through the link while signed out and signs in
 * to the pages of their role; an existing account joins with its current password, or with one button when signed in
 * as the invited address; a withdrawn link, and a pending one under another vendor's id, say they are no longer valid;
 * the Owner changes a member's role, removes a member and manages custom roles; an Editor and a Viewer read the team
 * without being offered a change, and the API refuses them; markup in a name stays text; another vendor's member and
 * role are not found; an answer for a member or role the address has left is not shown under the next one.
 */
class VendorPortalTeamTests extends BrowserTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)>";
    private static final String TEAM = "/api/v1/vendor/team";

    @Test
    void anOwnerInvitesSomeoneWhoJoinsThroughTheLinkSignedOutAndWorksWithTheirRole() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String email = Fixtures.unique("eddie") + "@team.test";
        signInToPortal(vendor.code(), vendor.owner().email());
        go("team");
        browser.await(By.id("invite-form"));
        browser.until("the roles to choose", d -> d.findElements(By.cssSelector("#invite-role option")).size() >= 4);
        browser.type(By.id("invite-email"), email);
        new Select(browser.await(By.id("invite-role"))).selectByValue("Editor");
        browser.click(By.id("invite-submit"));
        browser.awaitText(By.id("invitation-issued"), "shown only now");
        String link = browser.await(By.id("invitation-link")).getAttribute("value");
        assertThat(link).contains("/vendor/#/invitation?token=" + vendor.id() + ".");
        browser.click(By.id("invitation-copy"));
        browser.until("the copy says what happened", d -> !d.findElement(By.id("copy-status")).getText().isBlank());
        browser.awaitText(By.cssSelector("#invitations-table tr[data-email='" + email + "']"), "Editor");
        JsonNode pending = http.get(TEAM + "/invitations").bearer(vendor.owner().accessToken()).send().json();
        assertThat(pending.toString()).contains(email, "Editor").doesNotContain(link.substring(link.indexOf("=") + 1));
        for (int width : new int[] {1280, 390}) {
            browser.resize(width, 900);
            assertAccessible("the invitation's link", width);
        }
        browser.resize(1280, 900);

        // The invited person opens the link in a browser where nobody is signed in (a fresh page: nothing typed).
        browser.click(By.id("logout"));
        browser.await(By.id("login-email"));
        browser.open("about:blank");
        browser.open(portalUrl() + link.substring(link.indexOf('#')));
        browser.awaitText(By.id("invitation-vendor"), "Shop " + vendor.code());
        assertThat(browser.driver().findElement(By.id("invitation-email")).getText()).isEqualTo(email);
        assertThat(browser.driver().findElement(By.id("invitation-role")).getText()).isEqualTo("Editor");
        assertThat(browser.driver().findElements(By.id("login-email"))).isEmpty();
        for (int width : new int[] {1280, 390}) {
            browser.resize(width, 900);
            assertAccessible("the invitation page", width);
        }
        browser.resize(1280, 900);
        browser.type(By.id("invitation-first-name"), "Eddie");
        browser.type(By.id("invitation-last-name"), MARKUP);
        browser.type(By.id("invitation-password"), Fixtures.PASSWORD);
        browser.type(By.id("invitation-password-again"), "another-password");
        browser.click(By.id("invitation-accept"));
        browser.awaitText(By.id("invitation-password-again-error"), "differ");
        browser.type(By.id("invitation-password-again"), Fixtures.PASSWORD);
        browser.click(By.id("invitation-accept"));
        browser.awaitText(By.id("invitation-done-title"), "You joined Shop " + vendor.code() + " as Editor");
        assertAccessible("the invitation accepted", 1280);

        // ... signs in with the vendor code filled in, and works with the Editor's pages
        browser.click(By.id("invitation-sign-in"));
        assertThat(browser.await(By.id("login-vendor")).getAttribute("value")).isEqualTo(vendor.code());
        assertThat(browser.await(By.id("login-email")).getAttribute("value")).isEqualTo(email);
        browser.type(By.id("login-password"), Fixtures.PASSWORD);
        browser.click(By.id("login-submit"));
        browser.await(By.id("page-imports"));
        assertThat(browser.driver().findElement(By.id("role")).getText()).isEqualTo("Editor");
        browser.await(By.id("import-start"));
        assertThat(browser.driver().findElements(By.id("nav-dashboard"))).isEmpty();

        // the Owner sees the new member, the name shown as text
        browser.click(By.id("logout"));
        signInToPortal(vendor.code(), vendor.owner().email());
        go("team");
        WebElement name = browser.await(By.cssSelector("#members-table tr[data-email='" + email + "'] .member-link"));
        assertThat(name.getText()).isEqualTo("Eddie " + MARKUP);
        assertThat(browser.driver().findElements(By.cssSelector("main img, main script"))).isEmpty();
        assertThat(http.get(TEAM + "/invitations").bearer(vendor.owner().accessToken()).send().body())
                .doesNotContain(email);
        assertNoAlert();
        assertNoConsoleErrorsBut();
    }

    @Test
    void anExistingAccountJoinsWithItsCurrentPasswordAndAWithdrawnLinkIsNoLongerValid() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.VendorAccount elsewhere = fixtures.vendor();
        Fixtures.Session existing = fixtures.member(elsewhere, "Viewer");
        String token = fixtures.invite(vendor.owner(), existing.email(), "Editor");

        browser.open(portalUrl() + "#/invitation?token=" + token);
        browser.awaitText(By.id("invitation-role"), "Editor");
        // as a new person first: the API answers that the address has an account, the page asks for its password
        browser.type(By.id("invitation-password"), "a-new-password-1");
        browser.type(By.id("invitation-password-again"), "a-new-password-1");
        browser.click(By.id("invitation-accept"));
        browser.awaitText(By.id("invitation-note"), "already has a Wizamart account");
        browser.type(By.id("invitation-current-password"), "not-the-password");
        browser.click(By.id("invitation-accept"));
        browser.awaitText(By.id("invitation-current-password-error"), "not the password");
        browser.type(By.id("invitation-current-password"), Fixtures.PASSWORD);
        browser.click(By.id("invitation-accept"));
        browser.awaitText(By.id("invitation-done-title"), "as Editor");
        // the account keeps its password and now belongs to both teams
        assertThat(fixtures.loginMember(existing.email(), vendor.code()).role()).isEqualTo("Editor");
        assertThat(fixtures.loginMember(existing.email(), elsewhere.code()).role()).isEqualTo("Viewer");

        // a link whose invitation the Owner withdrew
        String withdrawnEmail = Fixtures.unique("withdrawn") + "@team.test";
        String withdrawn = fixtures.invite(vendor.owner(), withdrawnEmail, "Viewer");
        signInToPortal(vendor.code(), vendor.owner().email());
        go("team");
        By row = By.cssSelector("#invitations-table tr[data-email='" + withdrawnEmail + "']");
        browser.await(row).findElement(By.cssSelector(".invitation-revoke")).click();
        browser.awaitText(By.id("confirm-message"), withdrawnEmail);
        browser.click(By.id("confirm-yes"));
        browser.awaitGone(row);
        assertThat(http.get("/api/v1/auth/invitations/" + withdrawn).send().status()).isEqualTo(404);
        browser.click(By.id("logout"));
        browser.open(portalUrl() + "#/invitation?token=" + withdrawn);
        browser.awaitText(By.id("invitation-invalid"), "no longer valid");
        assertThat(browser.driver().findElements(By.id("invitation-form"))).isEmpty();
        assertAccessible("an invitation no longer valid", 390);

        // a tampered one: the secret of a pending invitation under another vendor's id (the same link with its own
        // vendor's id opens the invitation, so only the prefix makes it invalid)
        String pendingEmail = Fixtures.unique("pending") + "@team.test";
        String pending = fixtures.invite(vendor.owner(), pendingEmail, "Viewer");
        assertThat(pending).startsWith(vendor.id() + ".");
        String tampered = elsewhere.id() + pending.substring(pending.indexOf('.'));
        browser.open(portalUrl() + "#/invitation?token=" + pending);
        browser.awaitText(By.id("invitation-email"), pendingEmail);
        browser.open(portalUrl() + "#/invitation?token=" + tampered);
        browser.awaitText(By.id("invitation-invalid"), "no longer valid");
        assertThat(browser.driver().findElements(By.id("invitation-form"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("page-invitation")).getText())
                .doesNotContain(pendingEmail, vendor.code(), elsewhere.code());
        assertThat(http.get("/api/v1/auth/invitations/" + pending).send().status()).isEqualTo(200);
        assertNoConsoleErrorsBut("status of 401", "status of 404");
    }

    @Test
    void anInviteeSignedInToAnotherTeamOpensTheLinkAndAcceptsWithOneButton() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.VendorAccount elsewhere = fixtures.vendor();
        Fixtures.Session existing = fixtures.member(elsewhere, "Viewer");
        String token = fixtures.invite(vendor.owner(), existing.email(), "Editor");

        // signed in, the link freshly loaded in the same tab: the invitation and who is signed in load side by side;
        // here the invitation answers first, and once the member signed in is known the page offers the one button
        signInToPortal(elsewhere.code(), existing.email());
        browser.open("about:blank");
        HeldAnswers.openHoldingAnswersTo(browser, "/vendor/me", portalUrl() + "#/invitation?token=" + token);
        browser.awaitText(By.id("invitation-email"), existing.email());
        browser.until("the call for the member signed in to go out", d -> HeldAnswers.count(browser) == 1);
        HeldAnswers.release(browser);
        browser.awaitText(By.id("invitation-accept"), "Accept as " + existing.email());
        assertThat(browser.driver().findElements(By.id("invitation-password"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("invitation-current-password"))).isEmpty();
        browser.click(By.id("invitation-accept"));
        browser.awaitText(By.id("invitation-done-title"), "You joined Shop " + vendor.code() + " as Editor");
        assertThat(fixtures.loginMember(existing.email(), vendor.code()).role()).isEqualTo("Editor");
        assertThat(fixtures.loginMember(existing.email(), elsewhere.code()).role()).isEqualTo("Viewer");
        assertNoConsoleErrorsBut();
    }

    @Test
    void anOwnerChangesAMembersRoleAndRemovesAMemberAndAnotherVendorsMemberIsNotFound() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.VendorAccount other = fixtures.vendor();
        String hostileEmail = Fixtures.unique("hostile") + "@team.test";
        Http.Response joined = http.post("/api/v1/auth/invitations/"
                + fixtures.invite(vendor.owner(), hostileEmail, "Editor") + "/accept")
                .json(Map.of("password", Fixtures.PASSWORD, "firstName", "<script>alert(2)</script>", "lastName", MARKUP))
                .send();
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        String hostileId = fixtures.membershipId(vendor, hostileEmail).toString();
        Fixtures.Session leaving = fixtures.member(vendor, "Viewer");
        String leavingId = fixtures.membershipId(vendor, leaving.email()).toString();
        String foreignId = fixtures.membershipId(other, fixtures.member(other, "Editor").email()).toString();

        signInToPortal(vendor.code(), vendor.owner().email());
        go("team");
        WebElement link = browser.await(By.cssSelector("tr[data-member-id='" + hostileId + "'] .member-link"));
        assertThat(link.getText()).isEqualTo("<script>alert(2)</script> " + MARKUP);
        assertThat(browser.driver().findElements(By.cssSelector("main img, main script"))).isEmpty();
        link.click();
        browser.awaitText(By.id("member-heading"), "<script>alert(2)</script>");
        assertThat(browser.driver().findElement(By.id("member-current-role")).getText()).isEqualTo("Editor");
        for (int width : new int[] {1280, 390}) {
            browser.resize(width, 900);
            assertAccessible("a member's detail", width);
        }
        browser.resize(1280, 900);
        new Select(browser.await(By.id("member-role"))).selectByValue("Viewer");
        browser.click(By.id("member-role-save"));
        browser.awaitText(By.id("member-current-role"), "Viewer");
        browser.awaitText(By.cssSelector("tr[data-member-id='" + hostileId + "'] .member-role"), "Viewer");
        assertThat(http.get(TEAM + "/members/" + hostileId).bearer(vendor.owner().accessToken()).send().json()
                .get("role").asString()).isEqualTo("Viewer");

        // removal asks first, then the member is gone and their session with them
        browser.open(portalUrl() + "#/team?id=" + leavingId);
        browser.awaitText(By.id("member-email"), leaving.email());
        browser.click(By.id("member-remove"));
        browser.awaitText(By.id("confirm-message"), leaving.email());
        browser.click(By.id("confirm-no"));
        assertThat(http.get(TEAM + "/members/" + leavingId).bearer(vendor.owner().accessToken()).send().status())
                .isEqualTo(200);
        browser.click(By.id("member-remove"));
        browser.click(By.id("confirm-yes"));
        browser.awaitText(By.id("member-outcome"), "was removed");
        browser.awaitGone(By.cssSelector("tr[data-member-id='" + leavingId + "']"));
        assertThat(http.get(TEAM + "/members/" + leavingId).bearer(vendor.owner().accessToken()).send().status())
                .isEqualTo(404);
        assertThat(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", leaving.refreshToken())).send()
                .status()).isEqualTo(401);

        // the last Owner cannot be demoted: the API's refusal is shown
        String ownerId = fixtures.membershipId(vendor, vendor.owner().email()).toString();
        browser.open(portalUrl() + "#/team?id=" + ownerId);
        browser.awaitText(By.id("member-current-role"), "Owner");
        new Select(browser.await(By.id("member-role"))).selectByValue("Manager");
        browser.click(By.id("member-role-save"));
        browser.awaitText(By.id("member-problem"), "LAST_OWNER");

        // another vendor's member: not found, nothing of it shown
        browser.open(portalUrl() + "#/team?id=" + foreignId);
        browser.awaitText(By.id("member-error"), "Member not found");
        assertThat(browser.driver().findElements(By.id("member-detail"))).isEmpty();
        assertNoAlert();
        assertNoConsoleErrorsBut("status of 404", "status of 409");
    }

    @Test
    void anOwnerCreatesEditsAndDeletesACustomRoleWithReadablePermissions() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.VendorAccount other = fixtures.vendor();
        String foreignRole = http.post(TEAM + "/roles").bearer(other.owner().accessToken())
                .json(Map.of("name", "Foreign", "permissions", List.of("products.view"))).send().json().get("id")
                .asString();
        String name = Fixtures.unique("Packer");

        signInToPortal(vendor.code(), vendor.owner().email());
        go("team");
        // the default roles, their permissions in words and by group
        WebElement editor = browser.await(By.cssSelector("#roles-list [data-role-name='Editor']"));
        assertThat(editor.getText()).contains("Products", "products.edit — edit products");
        assertThat(editor.findElements(By.cssSelector(".role-edit")).stream().filter(WebElement::isDisplayed))
                .isEmpty();

        browser.click(By.id("role-new"));
        browser.await(By.id("role-form"));
        browser.click(By.id("role-save"));
        browser.awaitText(By.id("role-permissions-error"), "at least one");
        browser.type(By.id("role-name"), name);
        browser.click(By.id("role-perm-orders-view"));
        browser.click(By.id("role-perm-team-view"));
        for (int width : new int[] {1280, 390}) {
            browser.resize(width, 900);
            assertAccessible("the role form", width);
        }
        browser.resize(1280, 900);
        browser.click(By.id("role-save"));
        browser.awaitText(By.id("role-outcome"), "created");
        By card = By.cssSelector("#roles-list [data-role-name='" + name + "']");
        assertThat(browser.await(card).getText()).contains("orders.view — see orders and customers",
                "team.view — see the team");
        JsonNode created = roleNamed(vendor, name);
        assertThat(created.get("permissions").values().stream().map(JsonNode::asString).toList())
                .containsExactly("team.view", "orders.view");

        // edit: another name and one more permission, through the role's address
        browser.driver().findElement(card).findElement(By.cssSelector(".role-edit")).click();
        browser.until("the role's permissions are ticked", d -> d.findElement(By.id("role-perm-orders-view")).isSelected());
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/team?role=" + created.get("id").asString());
        browser.type(By.id("role-name"), name + " lead");
        browser.click(By.id("role-perm-orders-edit"));
        browser.click(By.id("role-save"));
        browser.awaitText(By.id("role-outcome"), "saved");
        browser.await(By.cssSelector("#roles-list [data-role-name='" + name + " lead']"));
        assertThat(roleNamed(vendor, name + " lead").get("permissions").values().stream().map(JsonNode::asString)
                .toList()).containsExactly("team.view", "orders.edit", "orders.view");

        // a role someone has is not deleted; once nobody has it, it is
        Fixtures.Session packer = fixtures.member(vendor, name + " lead");
        browser.open(portalUrl() + "#/team?role=" + created.get("id").asString());
        browser.until("the role form", d -> d.findElement(By.id("role-name")).getAttribute("value")
                .equals(name + " lead"));
        browser.click(By.id("role-delete"));
        browser.click(By.id("confirm-yes"));
        browser.awaitText(By.id("role-error"), "ROLE_IN_USE");
        http.delete(TEAM + "/members/" + fixtures.membershipId(vendor, packer.email()))
                .bearer(vendor.owner().accessToken()).send();
        browser.click(By.id("role-delete"));
        browser.click(By.id("confirm-yes"));
        browser.awaitText(By.id("role-outcome"), "deleted");
        browser.awaitGone(By.cssSelector("#roles-list [data-role-name='" + name + " lead']"));
        assertThat(http.get(TEAM + "/roles/" + created.get("id").asString()).bearer(vendor.owner().accessToken())
                .send().status()).isEqualTo(404);

        // another vendor's role in the address: not found
        browser.open(portalUrl() + "#/team?role=" + foreignRole);
        browser.awaitText(By.id("role-load-error"), "Role not found");
        assertThat(browser.driver().findElements(By.id("role-form"))).isEmpty();
        assertNoConsoleErrorsBut("status of 404", "status of 409");
    }

    @Test
    void anEditorAndAViewerReadTheTeamAManagerInvitesButNoneManagesRolesAndTheApiRefusesThem() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.Session editor = fixtures.member(vendor, "Editor");
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");
        Fixtures.Session manager = fixtures.member(vendor, "Manager");
        String viewerId = fixtures.membershipId(vendor, viewer.email()).toString();
        fixtures.invite(vendor.owner(), Fixtures.unique("pending") + "@team.test", "Viewer");

        for (Fixtures.Session member : List.of(editor, viewer)) {
            signInToPortal(vendor.code(), member.email());
            go("team");
            browser.await(By.id("team-read-only"));
            browser.await(By.id("invite-view-only"));
            browser.awaitText(By.id("roles-note"), "can see the roles but not change them");
            browser.await(By.cssSelector("#invitations-table tbody tr"));
            assertThat(browser.driver().findElements(By.id("invite-form"))).isEmpty();
            assertThat(browser.driver().findElement(By.id("role-new")).isDisplayed()).isFalse();
            assertThat(browser.driver().findElements(By.cssSelector(".invitation-revoke")).stream()
                    .filter(WebElement::isDisplayed)).isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector(".role-edit")).stream()
                    .filter(WebElement::isDisplayed)).isEmpty();
            browser.open(portalUrl() + "#/team?id=" + viewerId);
            browser.awaitText(By.id("member-locked"), "not change their roles or remove them");
            assertThat(browser.driver().findElements(By.id("member-role-form"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("member-remove"))).isEmpty();
            browser.click(By.id("logout"));
            browser.await(By.id("login-email"));

            // the API refuses what the page does not offer
            assertThat(http.put(TEAM + "/members/" + viewerId).bearer(member.accessToken())
                    .json(Map.of("role", "Owner")).send().status()).isEqualTo(403);
            assertThat(http.delete(TEAM + "/members/" + viewerId).bearer(member.accessToken()).send().status())
                    .isEqualTo(403);
            assertThat(http.post(TEAM + "/invitations").bearer(member.accessToken())
                    .json(Map.of("email", Fixtures.unique("x") + "@team.test", "role", "Viewer")).send().status())
                    .isEqualTo(403);
            assertThat(http.post(TEAM + "/roles").bearer(member.accessToken())
                    .json(Map.of("name", Fixtures.unique("Mine"), "permissions", List.of("team.view"))).send()
                    .status()).isEqualTo(403);
        }

        // a Manager invites, with the roles they may give only, and manages no role
        signInToPortal(vendor.code(), manager.email());
        go("team");
        browser.await(By.id("invite-form"));
        browser.until("the roles to choose", d -> d.findElements(By.cssSelector("#invite-role option")).size() >= 3);
        assertThat(browser.driver().findElements(By.cssSelector("#invite-role option")).stream()
                .map(o -> o.getAttribute("value")).toList()).containsExactly("Manager", "Editor", "Viewer");
        assertThat(browser.driver().findElement(By.id("role-new")).isDisplayed()).isFalse();
        assertThat(http.post(TEAM + "/invitations").bearer(manager.accessToken())
                .json(Map.of("email", Fixtures.unique("boss") + "@team.test", "role", "Owner")).send().status())
                .isEqualTo(403);
        assertNoConsoleErrorsBut();
    }

    @Test
    void anAnswerForTheMemberOrRoleTheAddressLeftIsNotShownUnderTheNextOne() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.Session first = fixtures.member(vendor, "Viewer");
        Fixtures.Session second = fixtures.member(vendor, "Editor");
        String firstId = fixtures.membershipId(vendor, first.email()).toString();
        String secondId = fixtures.membershipId(vendor, second.email()).toString();
        String firstName = Fixtures.unique("First");
        String secondName = Fixtures.unique("Second");
        String firstRole = http.post(TEAM + "/roles").bearer(vendor.owner().accessToken())
                .json(Map.of("name", firstName, "permissions", List.of("orders.view"))).send().json().get("id")
                .asString();
        String secondRole = http.post(TEAM + "/roles").bearer(vendor.owner().accessToken())
                .json(Map.of("name", secondName, "permissions", List.of("products.view"))).send().json().get("id")
                .asString();
        signInToPortal(vendor.code(), vendor.owner().email());
        go("team");
        browser.await(By.cssSelector("tr[data-member-id='" + secondId + "']"));

        // member A's answer is held until member B is shown, then arrives: B stays
        HeldAnswers.holdAnswersTo(browser, "/members/" + firstId);
        browser.script("location.hash = arguments[0]", "#/team?id=" + firstId);
        browser.until("the call for the first member to go out", d -> HeldAnswers.count(browser) == 1);
        browser.script("location.hash = arguments[0]", "#/team?id=" + secondId);
        browser.awaitText(By.id("member-email"), second.email());
        HeldAnswers.release(browser);
        assertThat(browser.driver().findElement(By.id("member-email")).getText()).isEqualTo(second.email());
        assertThat(browser.driver().findElement(By.id("member-current-role")).getText()).isEqualTo("Editor");

        // the same for roles: the form holds role B, and saving it changes B, never A
        HeldAnswers.holdAnswersTo(browser, "/roles/" + firstRole);
        browser.script("location.hash = arguments[0]", "#/team?role=" + firstRole);
        browser.until("the call for the first role to go out", d -> HeldAnswers.count(browser) == 1);
        browser.script("location.hash = arguments[0]", "#/team?role=" + secondRole);
        browser.until("the second role in the form",
                d -> d.findElement(By.id("role-name")).getAttribute("value").equals(secondName));
        HeldAnswers.release(browser);
        assertThat(browser.driver().findElement(By.id("role-name")).getAttribute("value")).isEqualTo(secondName);
        assertThat(browser.driver().findElement(By.id("role-perm-products-view")).isSelected()).isTrue();
        assertThat(browser.driver().findElement(By.id("role-perm-orders-view")).isSelected()).isFalse();
        browser.click(By.id("role-perm-orders-view"));
        browser.click(By.id("role-save"));
        browser.awaitText(By.id("role-outcome"), "Role " + secondName + " saved");
        assertThat(roleNamed(vendor, secondName).get("permissions").values().stream().map(JsonNode::asString)
                .toList()).containsExactlyInAnyOrder("products.view", "orders.view");
        assertThat(roleNamed(vendor, firstName).get("permissions").values().stream().map(JsonNode::asString)
                .toList()).containsExactly("orders.view");
        assertNoConsoleErrorsBut();
    }

    private JsonNode roleNamed(Fixtures.VendorAccount vendor, String name) {
        for (JsonNode role : http.get(TEAM + "/roles").bearer(vendor.owner().accessToken()).send().json()) {
            if (role.get("name").asString().equals(name)) {
                return role;
            }
        }
        throw new AssertionError("no role " + name);
    }

    private static void assertNoAlert() {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("an alert opened: markup in a name ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
