package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Items added at the same moment still number the agenda 1, 2, 3 … with no gaps or repeats. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgendaNumberingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void concurrentItemAddsKeepTheNumbering() throws Exception {
        Papers p = new Papers(base);
        long meeting = p.meeting(p.body("Numbering board " + Api.unique()), "2099-09-22T17:00:00+01:00");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                String title = "Concurrent item " + i;
                replies.add(pool.submit(() -> p.democratic().post("api/meetings/" + meeting + "/items",
                        "{\"title\":\"" + title + "\",\"purpose\":\"FOR_INFORMATION\",\"part\":\"PART_1\"}")));
            }
            for (Future<Api.Reply> reply : replies) {
                assertThat(reply.get().status()).as(reply.get().body()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        List<Integer> numbers = p.democratic().get("api/meetings/" + meeting + "/items").array().stream()
                .map(v -> v.asJsonObject().getInt("number")).toList();
        assertThat(numbers).isEqualTo(IntStream.rangeClosed(1, 10).boxed().toList());
    }
}
