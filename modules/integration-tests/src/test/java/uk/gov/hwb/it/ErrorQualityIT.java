package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

/** Errors say what is wrong in the user's terms, name the right field and are logged at the right level. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorQualityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        Api.Reply reply = Api.as(base, "democratic").post("api/bodies", "{\"name\":\"Super " + Api.unique() + "\",\"kind\":\"SUPERBOARD\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.errorFields()).containsExactly("kind");
        assertThat(reply.body()).contains("BOARD", "PARTNERSHIP_GROUP", "SUB_GROUP").doesNotContain("uk.gov").doesNotContain("No enum constant")
                .doesNotContain("Internal error");
        Api.Reply nested = Api.as(base, "admin").post("api/users",
                "{\"username\":\"enum." + Api.unique() + "\",\"displayName\":\"Enum\",\"roles\":[\"AUTHOR\",\"KING\"],\"password\":\"long-enough-password\"}");
        assertThat(nested.errorFields()).containsExactly("roles[1]");
        assertThat(nested.body()).contains("DEMOCRATIC_SERVICES").doesNotContain("uk.gov");
    }

    @Test
    void anOversizedUploadStatesTheLimit() {
        Papers p = new Papers(base);
        long meeting = p.meeting(p.body("Upload board " + Api.unique()), "2099-11-03T17:00:00Z");
        long report = id(p.report(meeting, "Upload report", "<p>Text.</p>"));
        byte[] huge = new byte[30 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), 0, huge, 0, 9);
        Api.Reply reply = p.author().upload("api/reports/" + report + "/appendices", "huge.pdf", huge, "Huge");
        assertThat(reply.status()).isEqualTo(413);
        String detail = reply.json().getString("detail");
        assertThat(detail).doesNotContain("The file is 25.0 MB").contains("more than 25.0 MB").contains("at most 25.0 MB");
    }

    @Test
    void pagingErrorsNameTheParameterTheCallerSent() {
        assertThat(Api.anonymous(base).get("oparl/v1.1/body/1/meetings?page=2147483647").errorFields()).containsExactly("page");
        assertThat(Api.anonymous(base).get("oparl/v1.1/body/1/meetings?page=0").errorFields()).containsExactly("page");
        assertThat(Api.anonymous(base).get("api/meetings?offset=-1").errorFields()).containsExactly("offset");
    }

    @Test
    void publicationsOfAnUnknownMeetingAre404() {
        Api.Reply reply = Api.anonymous(base).get("api/meetings/999999999/publications");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
    }

    @Test
    void concurrentChangesAre409sLoggedInOneLine() throws Exception {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        long start = Files.size(log);
        Papers p = new Papers(base);
        long meeting = p.meeting(p.body("Clash board " + Api.unique()), "2099-11-04T17:00:00Z");
        long report = id(p.report(meeting, "Clash report", "<p>Text.</p>"));
        SignInForm session = new SignInForm(base);
        assertThat(session.signIn("author", Api.DEMO_PASSWORD).statusCode()).isEqualTo(302);
        String big = "<p>" + "Clashing words, ".repeat(5000) + "</p>";

        boolean clashed = false;
        for (int round = 0; round < 10 && !clashed; round++) {
            long version = p.author().get("api/reports/" + report).json().getJsonNumber("version").longValue();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<HttpResponse<String>>> replies = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    String json = "{\"meetingId\":" + meeting + ",\"title\":\"Clash report " + round + "-" + i + "\",\"sections\":{\"background\":\""
                            + big + i + "\"},\"version\":" + version + "}";
                    replies.add(pool.submit(() -> session.put("api/reports/" + report, json)));
                }
                for (Future<HttpResponse<String>> reply : replies) {
                    assertThat(reply.get().statusCode()).as(reply.get().body()).isIn(200, 409);
                    clashed |= reply.get().body().contains("at the same time");
                }
            } finally {
                pool.shutdown();
            }
        }
        assertThat(clashed).as("two saves met in the database").isTrue();
        String appended = Files.readString(log, StandardCharsets.UTF_8).substring((int) start);
        assertThat(appended.lines().filter(l -> l.contains(" ERROR ")).toList()).as("no errors logged for a 409").isEmpty();
        assertThat(appended).as("no stack traces for a 409").doesNotContain("\tat org.hibernate");
        assertThat(appended.lines().filter(l -> l.contains(" INFO ") && l.contains("409")).toList()).as("one INFO line per 409").isNotEmpty();
    }
}
