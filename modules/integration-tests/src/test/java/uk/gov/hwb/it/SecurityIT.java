package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sign-in with database users, roles, and what the public may and may not reach. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "democratic", "author", "member", "finance", "sendlead", "strategylead"})
    void everyDemoUserCanSignInWithHttpBasic(String username) {
        Api.Reply reply = Api.as(base, username).get("api/audit?limit=1");
        assertThat(reply.status()).as(username).isEqualTo(200);
    }

    @Test
    void anonymousCallersGet401ProblemsOnProtectedResources() {
        for (String path : new String[] {"api/people", "api/organisations", "api/audit", "api/users"}) {
            Api.Reply reply = Api.anonymous(base).get(path);
            assertThat(reply.status()).as(path).isEqualTo(401);
            assertThat(reply.isProblem()).as(path).isTrue();
        }
        assertThat(Api.anonymous(base).post("api/people", "{\"name\":\"Anon\"}").status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordIsA401Problem() {
        Api.Reply reply = Api.as(base, "admin", "not-the-password").get("api/people");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
        assertThat(Api.as(base, "nobody-at-all", "whatever").get("api/people").status()).isEqualTo(401);
    }

    @Test
    void publicResourcesNeedNoSignIn() {
        assertThat(Api.anonymous(base).get("api/calendar/bank-holidays?year=2025").status()).isEqualTo(200);
        assertThat(Api.anonymous(base).get("").status()).isEqualTo(200);
        assertThat(Api.anonymous(base).get("board/index.xhtml").status()).isEqualTo(200);
    }

    @Test
    void rolesDecideWhoMayChangeWhat() {
        assertThat(Api.as(base, "member").post("api/people", "{\"name\":\"By a member\"}").status()).isEqualTo(403);
        assertThat(Api.as(base, "member").get("api/users").status()).isEqualTo(403);
        assertThat(Api.as(base, "democratic").get("api/users").status()).isEqualTo(403);
        assertThat(Api.as(base, "democratic").post("api/calendar/bank-holidays", "{\"date\":\"2029-01-01\",\"name\":\"New Year's Day\"}").status())
                .isEqualTo(403);
        assertThat(Api.as(base, "admin").get("api/users").status()).isEqualTo(200);
    }

    @Test
    void administratorsCreateUsersWhoCanThenSignInWithTheirRoles() {
        Api admin = Api.as(base, "admin");
        String username = "new.finance." + Api.unique();
        Api.Reply created = admin.post("api/users",
                "{\"username\":\"" + username + "\",\"displayName\":\"New Finance Officer\",\"roles\":[\"FINANCE\"],\"password\":\"a-long-new-password\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("a-long-new-password").doesNotContain("PBKDF2");

        Api newUser = Api.as(base, username, "a-long-new-password");
        assertThat(newUser.get("api/people").status()).isEqualTo(200);
        assertThat(newUser.post("api/people", "{\"name\":\"By finance\"}").status()).isEqualTo(403);

        // Disabled accounts cannot sign in.
        var account = created.json();
        admin.put("api/users/" + account.getJsonNumber("id").longValue(),
                "{\"username\":\"" + username + "\",\"displayName\":\"New Finance Officer\",\"enabled\":false,\"roles\":[\"FINANCE\"],\"version\":"
                        + account.getJsonNumber("version").longValue() + "}");
        assertThat(Api.as(base, username, "a-long-new-password").get("api/people").status()).isEqualTo(401);
    }

    @Test
    void protectedPagesSendTheAnonymousToTheLoginPage() throws Exception {
        var connection = (java.net.HttpURLConnection) new URL(base, "admin/users.xhtml").openConnection();
        connection.setInstanceFollowRedirects(false);
        assertThat(connection.getResponseCode()).isEqualTo(302);
        assertThat(connection.getHeaderField("Location")).contains("/login.xhtml?next=");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndNotSecureOverPlainHttp() {
        var signedIn = new SignInForm(base).signIn("member", Api.DEMO_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Set-Cookie")).get().asString().contains("JSESSIONID").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("secure");
    }

    @Test
    void sessionCookieIsSecureOverHttps() throws Exception {
        // The test server's certificate is WildFly's self-signed one, so trust anything here.
        // An "extended" trust manager, so Java's HTTP client does not check the host name against it either.
        javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
        trustAll.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509ExtendedTrustManager() {
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) { }
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) { }
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType, java.net.Socket socket) { }
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType, java.net.Socket socket) { }
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType, javax.net.ssl.SSLEngine engine) { }
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType, javax.net.ssl.SSLEngine engine) { }
            public java.security.cert.X509Certificate[] getAcceptedIssuers() { return new java.security.cert.X509Certificate[0]; }
        }}, null);
        URL https = new URL("https", base.getHost(), 8443 + Integer.getInteger("hwb.port.offset", 0), "/");
        var signedIn = new SignInForm(https, trustAll).signIn("member", Api.DEMO_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Set-Cookie")).get().asString()
                .containsIgnoringCase("secure").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }
}
