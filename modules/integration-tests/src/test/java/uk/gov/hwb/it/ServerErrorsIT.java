package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

/** The five requests that answered 500 now get a 4xx problem naming what is wrong, or succeed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerErrorsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private static void problem(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.errorFields()).containsExactly(field);
    }

    @Test
    void pagingFarBeyondTheEndIsAClientMistake() {
        problem(Api.anonymous(base).get("api/search?q=care&offset=2147483600&limit=100"), "offset");
        problem(Api.anonymous(base).get("oparl/v1.1/body/1/papers?page=2147483647"), "page");
        problem(Api.anonymous(base).get("oparl/v1.1/body/1/meetings?page=2147483647"), "page");
        problem(Api.anonymous(base).get("oparl/v1.1/body/1/people?page=107374183"), "page");
    }

    @Test
    void extremeDatesAreClientMistakes() {
        problem(Api.anonymous(base).get("api/calendar/publication-deadline?meeting=-999999999-01-01"), "meeting");
        problem(Api.anonymous(base).get("api/calendar/publication-deadline?meeting=+999999999-12-31"), "meeting");
    }

    @Test
    void concurrentPublicationsAreSerialised() throws Exception {
        Papers p = new Papers(base);
        long meeting = p.meeting(p.body("Concurrent publishing " + Api.unique()), "2099-09-15T17:00:00+01:00");
        long report = id(p.report(meeting, "Concurrent report", "<p>Text.</p>"));
        p.makeReady(report);
        p.item(meeting, "Concurrent item", ",\"reportId\":" + report);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Callable<Api.Reply> publish = () -> p.democratic().post("api/meetings/" + meeting + "/publish", "");
                replies.add(pool.submit(publish));
            }
            for (Future<Api.Reply> reply : replies) {
                assertThat(reply.get().status()).as(reply.get().body()).isIn(200, 409);
            }
        } finally {
            pool.shutdown();
        }
        List<Integer> numbers = p.democratic().get("api/meetings/" + meeting + "/publications").array().stream()
                .map(v -> v.asJsonObject().getInt("number")).toList();
        assertThat(numbers).isEqualTo(java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList());
    }

    @Test
    void storedTextCannotBreakTheFeeds() {
        Papers p = new Papers(base);
        p.democratic().post("api/bodies", "{\"name\":\"RSS\\u0001 breaker " + Api.unique() + "\",\"kind\":\"SUB_GROUP\"}");
        assertThat(Api.anonymous(base).get("feeds/documents.rss").status()).isEqualTo(200);
        assertThat(Api.anonymous(base).get("calendar.ics").status()).isEqualTo(200);
        assertThat(Api.anonymous(base).get("oparl/v1.1/body/1/organizations").status()).isEqualTo(200);
    }
}
