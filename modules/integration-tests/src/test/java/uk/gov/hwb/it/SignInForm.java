package uk.gov.hwb.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The sign-in page driven over plain HTTP, as a browser without a test framework would: fetch the
 * page, fill the form (with its view state and, under the Content-Security-Policy, its nonce) and
 * post it. Each instance is one browser: its own cookies.
 */
final class SignInForm {

    private final URL base;
    private final HttpClient http;

    SignInForm(URL base) {
        this(base, null);
    }

    /** Over HTTPS with the given trust (the test server's certificate is self-signed). */
    SignInForm(URL base, javax.net.ssl.SSLContext tls) {
        this.base = base;
        HttpClient.Builder builder = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10));
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.http = builder.build();
    }

    /** Posts the form; the answer is the page shown (200 with messages) or the redirect after success. */
    HttpResponse<String> signIn(String username, String password) {
        Document page = Jsoup.parse(get("login.xhtml").body(), base.toString());
        Element form = page.getElementById("loginForm");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        Element script = page.selectFirst("script[nonce]");
        if (script != null) {
            fields.put("primefaces.nonce", script.attr("nonce"));
        }
        fields.put("loginForm:username", username);
        fields.put("loginForm:password", password);
        fields.put("loginForm:signInButton", "");
        String body = fields.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(form.absUrl("action"))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON PUT in this browser's session. */
    HttpResponse<String> put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
