package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Links in feeds and open data point at the site's configured address, never at whatever Host a client sends. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SiteAddressIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void aForgedHostHeaderDoesNotReachTheLinks() {
        Map<String, String> forged = Map.of("Host", "evil.example", "X-Forwarded-Host", "evil.example");
        for (String path : new String[] {"feeds/documents.rss", "calendar.ics", "oparl/v1.1/system", "oparl/v1.1/body/1",
                "oparl/v1.1/body/1/meetings?page=1"}) {
            RawHttp.Response response = RawHttp.get(base, path, null, forged);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("evil.example");
        }
        assertThat(RawHttp.get(base, "oparl/v1.1/system", null, Map.of()).body()).as("links still use the site's address")
                .contains("http://localhost:8080/oparl/v1.1/bodies");
    }
}
