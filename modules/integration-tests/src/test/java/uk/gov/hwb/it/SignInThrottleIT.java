package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guessing passwords is slowed, without locking anyone out: after five failures in a row an
 * account waits (429 with Retry-After, growing and capped) before its next attempt is even
 * checked; a client address only after a hundred, so an office behind one address is not slowed
 * by one person's typos. Unknown and known usernames get the same answers; failures are audited;
 * an administrator can clear a wait.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottleIT {

    private static final String PASSWORD = "throttle-test-password";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private String newAccount() {
        String username = "throttled." + Api.unique();
        Papers.created(Api.as(base, "admin").post("api/users",
                "{\"username\":\"" + username + "\",\"displayName\":\"Throttled\",\"roles\":[\"AUTHOR\"],\"password\":\"" + PASSWORD + "\"}"));
        return username;
    }

    @Test
    void anAccountWaitsAfterFiveFailuresAndUnknownUsersLookTheSame() throws Exception {
        String known = newAccount();
        String unknown = "nobody." + Api.unique();
        for (String username : List.of(known, unknown)) {
            for (int i = 0; i < 5; i++) {
                assertThat(Api.as(base, username, "wrong-" + i).get("api/people?limit=1").status()).as(username + " failure " + i).isEqualTo(401);
            }
        }
        Api.Reply knownNow = Api.as(base, known, PASSWORD).get("api/people?limit=1");
        Api.Reply unknownNow = Api.as(base, unknown, PASSWORD).get("api/people?limit=1");
        for (Api.Reply reply : List.of(knownNow, unknownNow)) {
            assertThat(reply.status()).as("even the right password waits").isEqualTo(429);
            assertThat(reply.isProblem()).isTrue();
            assertThat(Integer.parseInt(reply.header("Retry-After"))).isBetween(1, 60);
        }
        assertThat(unknownNow.json().getString("detail").replaceAll("\\d+", "N"))
                .as("the same answer for a username that does not exist").isEqualTo(knownNow.json().getString("detail").replaceAll("\\d+", "N"));
        assertThat(Api.as(base, "democratic").get("api/people?limit=1").status())
                .as("other accounts from the same address still sign in").isEqualTo(200);

        Thread.sleep(Integer.parseInt(knownNow.header("Retry-After")) * 1000L + 500);
        assertThat(Api.as(base, known, PASSWORD).get("api/people?limit=1").status()).as("after the wait").isEqualTo(200);

        List<JsonObject> audited = Api.as(base, "admin").get("api/audit?entity=SignIn&id=" + known).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(audited).hasSize(5).allSatisfy(e -> assertThat(e.getString("action")).isEqualTo("SIGN_IN_FAILED"));
        assertThat(Api.as(base, "member").get("api/audit?entity=SignIn&id=" + known).json().getInt("total"))
                .as("failed sign-ins are for democratic services and administrators").isZero();
    }

    @Test
    void anAdministratorClearsAnAccountsWait() {
        String username = newAccount();
        for (int i = 0; i < 6; i++) {
            Api.as(base, username, "wrong-" + i).get("api/people?limit=1");
        }
        assertThat(Api.as(base, username, PASSWORD).get("api/people?limit=1").status()).isEqualTo(429);
        assertThat(Api.as(base, "democratic").delete("api/sign-in-throttles/account/" + username).status()).isEqualTo(403);
        assertThat(Api.as(base, "admin").get("api/sign-in-throttles").body()).contains(username);
        assertThat(Api.as(base, "admin").delete("api/sign-in-throttles/account/" + username).status()).isEqualTo(204);
        assertThat(Api.as(base, username, PASSWORD).get("api/people?limit=1").status()).isEqualTo(200);
    }

    @Test
    void theSignInPageIsThrottledToo() {
        String username = newAccount();
        SignInForm browser = new SignInForm(base);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> page = browser.signIn(username, "wrong-" + i);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("The username or password is wrong");
        }
        HttpResponse<String> throttled = browser.signIn(username, PASSWORD);
        assertThat(throttled.statusCode()).isEqualTo(200);
        assertThat(throttled.body()).contains("Too many failed sign-ins").doesNotContain("userForm:signOut");
    }

    @Test
    void anAddressWaitsOnlyAfterAHundredFailures() throws Exception {
        String office = "127.0.0.2";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> attempts = new java.util.ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String username = "guess" + i + "." + Api.unique();
                attempts.add(pool.submit(() -> basicFrom(office, username, "wrong").status()));
            }
            for (Future<Integer> attempt : attempts) {
                assertThat(attempt.get()).isEqualTo(401);
            }
        } finally {
            pool.shutdown();
        }
        RawHttp.Response fromOffice = basicFrom(office, "democratic", Api.DEMO_PASSWORD);
        assertThat(fromOffice.status()).as("a hundred failures from one address").isEqualTo(429);
        assertThat(fromOffice.headers()).containsKey("retry-after");
        assertThat(Api.as(base, "democratic").get("api/people?limit=1").status()).as("other addresses are not slowed").isEqualTo(200);

        assertThat(Api.as(base, "admin").delete("api/sign-in-throttles/address/" + office).status()).isEqualTo(204);
        assertThat(basicFrom(office, "democratic", Api.DEMO_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void oneAccountsTyposNeverSlowTheOffice() {
        String username = newAccount();
        for (int i = 0; i < 8; i++) {
            basicFrom("127.0.0.3", username, "typo-" + i);
        }
        assertThat(basicFrom("127.0.0.3", "democratic", Api.DEMO_PASSWORD).status()).isEqualTo(200);
        assertThat(basicFrom("127.0.0.3", "author", Api.DEMO_PASSWORD).status()).isEqualTo(200);
    }

    private RawHttp.Response basicFrom(String address, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return RawHttp.get(base, "api/people?limit=1", address, Map.of("Authorization", "Basic " + token));
    }
}
