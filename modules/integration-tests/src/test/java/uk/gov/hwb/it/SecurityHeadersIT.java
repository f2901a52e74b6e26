package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Every response carries the fixed security headers from the server configuration; pages carry
 * a Content-Security-Policy with a fresh nonce per response (PrimeFaces' own CSP support), and
 * the screens still work under it with no policy violation in the browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    private static void fixedHeaders(Api.Reply reply, String what) {
        assertThat(reply.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(reply.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(reply.header("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
        assertThat(reply.header("Strict-Transport-Security")).as(what + " over plain HTTP").isNull();
    }

    @Test
    void everyResponseCarriesTheFixedHeaders() {
        fixedHeaders(Api.anonymous(base).get("public/index.xhtml"), "a page");
        fixedHeaders(Api.anonymous(base).get("api/bodies"), "the API");
        fixedHeaders(Api.anonymous(base).get("api/people"), "a 401");
        fixedHeaders(Api.anonymous(base).get("no/such/page.xhtml"), "a 404 page");
        fixedHeaders(Api.anonymous(base).get("feeds/documents.rss"), "a feed");
        fixedHeaders(Api.anonymous(base).get("jakarta.faces.resource/css/hwb.css.xhtml"), "a stylesheet");
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithAFreshNonce() {
        Api.Reply first = Api.anonymous(base).get("public/index.xhtml");
        Api.Reply second = Api.anonymous(base).get("public/index.xhtml");
        String policy = first.header("Content-Security-Policy");
        assertThat(policy).as("CSP").isNotNull().contains("script-src 'self'").contains("frame-ancestors 'none'")
                .contains("object-src 'none'").contains("base-uri 'self'").doesNotContain("unsafe-eval");
        assertThat(policy.replaceAll("style-src[^;]*;", "")).doesNotContain("unsafe-inline");
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).isTrue();
        assertThat(first.body()).contains("nonce=\"" + nonce.group(1) + "\"");
        Matcher other = NONCE.matcher(second.header("Content-Security-Policy"));
        assertThat(other.find()).isTrue();
        assertThat(other.group(1)).as("a fresh nonce per response").isNotEqualTo(nonce.group(1));
        assertThat(first.body()).as("no inline event handlers").doesNotContainPattern("\\son(click|change|load|submit|keyup|keydown)=\"");
    }

    @Test
    void httpsAddsStrictTransportSecurity() throws Exception {
        javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
        trustAll.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) { }
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) { }
            public java.security.cert.X509Certificate[] getAcceptedIssuers() { return new java.security.cert.X509Certificate[0]; }
        }}, null);
        var connection = (javax.net.ssl.HttpsURLConnection) new URL("https", base.getHost(), 8443 + Integer.getInteger("hwb.port.offset", 0),
                "/public/index.xhtml").openConnection();
        connection.setSSLSocketFactory(trustAll.getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        assertThat(connection.getResponseCode()).isEqualTo(200);
        assertThat(connection.getHeaderField("Strict-Transport-Security")).contains("max-age=");
        assertThat(connection.getHeaderField("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theScreensWorkUnderThePolicy() {
        try (Browser browser = new Browser()) {
            browser.open(base + "index.xhtml");
            browser.open(base + "public/index.xhtml");
            browser.signIn(base, "democratic");
            browser.open(base + "board/manage/meetings.xhtml");
            browser.open(base + "people/index.xhtml");
            browser.driver().findElement(By.id("peopleForm:tabs:addPerson")).click();
            browser.await(By.id("personDialogForm:name"));
            assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return Object.keys(PrimeFaces.widgets).length")).as("PrimeFaces widgets started").isNotEqualTo(0L);
            browser.open(base + "audit/index.xhtml");
            List<LogEntry> violations = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                    .filter(e -> e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Refused to")).toList();
            assertThat(violations).as("CSP violations in the browser console").isEmpty();
        }
    }
}
