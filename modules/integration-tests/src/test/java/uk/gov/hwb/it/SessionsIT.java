package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A crawler cannot fill the server with sessions: a thousand anonymous page views and API calls
 * (with and without HTTP Basic credentials) leave the number of HTTP sessions as it was, and no
 * answer sets a session cookie. Signing in on the sign-in page still starts a session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @ArquillianResource
    ManagementClient management;

    /** The web module's active sessions, from WildFly's management model. */
    private int activeSessions() throws Exception {
        ModelNode names = Operations.createOperation("read-children-names", new ModelNode().setEmptyList());
        names.get("child-type").set("deployment");
        ModelNode deployments = management.getControllerClient().execute(names);
        String ear = Operations.readResult(deployments).asList().stream().map(ModelNode::asString).filter(n -> n.endsWith(".ear"))
                .findFirst().orElseThrow();
        ModelNode address = Operations.createAddress("deployment", ear, "subdeployment", "web.war", "subsystem", "undertow");
        ModelNode result = management.getControllerClient().execute(Operations.createReadAttributeOperation(address, "active-sessions"));
        assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
        return Operations.readResult(result).asInt();
    }

    @Test
    void aThousandPublicRequestsCreateNoSession() throws Exception {
        Api anonymous = Api.anonymous(base);
        long meeting = anonymous.get("api/meetings?limit=1").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        List<String> publicPages = List.of("", "index.xhtml", "public/index.xhtml", "public/meeting.xhtml?id=" + meeting,
                "public/search.xhtml?q=care", "board/index.xhtml", "login.xhtml", "no/such/page.xhtml", "public/report.xhtml?id=987654321",
                "api/meetings", "api/bodies", "feeds/documents.rss", "calendar.ics", "oparl/v1.1/body/1/meetings", "openapi");
        // Signed-in calls check a PBKDF2 hash each time, so they are fewer than the public ones.
        List<String> signedInApi = List.of("api/audit?limit=5", "api/meetings/" + meeting + "/items");
        Api member = Api.as(base, "member");
        Api democratic = Api.as(base, "democratic");
        int before = activeSessions();

        List<String> cookies = new ArrayList<>();
        int requests = 0;
        while (requests < 1000) {
            for (String path : publicPages) {
                Api.Reply reply = anonymous.get(path);
                assertThat(reply.status()).as(path).isLessThan(500);
                if (reply.header("Set-Cookie") != null) {
                    cookies.add(path + ": " + reply.header("Set-Cookie"));
                }
                requests++;
            }
            for (String path : signedInApi) {
                for (Api api : List.of(member, democratic)) {
                    Api.Reply reply = api.get(path);
                    assertThat(reply.status()).as(path).isEqualTo(200);
                    if (reply.header("Set-Cookie") != null) {
                        cookies.add("Basic " + path + ": " + reply.header("Set-Cookie"));
                    }
                    requests++;
                }
            }
        }
        assertThat(cookies).as("answers that set a cookie").isEmpty();
        assertThat(activeSessions()).as("sessions after " + requests + " requests").isLessThanOrEqualTo(before);
    }

    @Test
    void signingInOnThePageStillStartsASession() throws Exception {
        int before = activeSessions();
        SignInForm browser = new SignInForm(base);
        assertThat(browser.signIn("member", Api.DEMO_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(browser.get("people/index.xhtml").statusCode()).as("the session carries the sign-in").isEqualTo(200);
        assertThat(activeSessions()).isGreaterThan(before);
    }
}
