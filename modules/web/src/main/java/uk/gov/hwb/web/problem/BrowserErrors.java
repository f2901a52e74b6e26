package uk.gov.hwb.web.problem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A person following a link to a document (a pack, an appendix, a report PDF) that cannot be
 * given gets the site's own error page, not a problem document in JSON: when a request to the API
 * asks for HTML (as browsers do for links they follow), an error status is handed to the
 * container's error pages ({@code web.xml}) with the problem's {@code detail} as the message; a
 * refusal of someone not signed in (401, or 403 for a members' paper) goes to the sign-in page,
 * which brings them back (never the browser's Basic-authentication box). API clients, which
 * do not ask for HTML, still get {@code application/problem+json}.
 */
@WebFilter(urlPatterns = {"/api/*"}, asyncSupported = true)
public class BrowserErrors extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The request attribute the error pages show: what the API said went wrong, in words. */
    public static final String DETAIL = "hwb.problem.detail";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!wantsHtml(request)) {
            chain.doFilter(request, response);
            return;
        }
        ErrorCatcher catcher = new ErrorCatcher(response);
        chain.doFilter(request, catcher);
        if (catcher.status == 0 || response.isCommitted()) {
            return;
        }
        response.reset();
        boolean refused = catcher.status == HttpServletResponse.SC_UNAUTHORIZED || catcher.status == HttpServletResponse.SC_FORBIDDEN;
        if (refused && request.getUserPrincipal() == null) { // perhaps a member who has not signed in yet
            String path = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
            return;
        }
        String detail = catcher.detail();
        if (detail != null) {
            request.setAttribute(DETAIL, detail);
        }
        response.sendError(catcher.status);
    }

    /** Browsers following a link say they want HTML; scripts and API clients ask for JSON, PDF or anything. */
    static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html") && request.getHeader("Faces-Request") == null
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
    }

    /** Lets a successful response through untouched; holds back the body of an error, to read its detail. */
    private static final class ErrorCatcher extends HttpServletResponseWrapper {

        private int status;
        private final ByteArrayOutputStream held = new ByteArrayOutputStream();
        private ServletOutputStream heldStream;
        private PrintWriter heldWriter;

        ErrorCatcher(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            if (sc >= 400) {
                status = sc;
            } else {
                super.setStatus(sc);
            }
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public void setHeader(String name, String value) {
            if (status == 0) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (status == 0) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setContentType(String type) {
            if (status == 0) {
                super.setContentType(type);
            }
        }

        @Override
        public void setContentLength(int len) {
            if (status == 0) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (status == 0) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (status == 0) {
                return super.getOutputStream();
            }
            if (heldStream == null) {
                heldStream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        // writes never block
                    }

                    @Override
                    public void write(int b) {
                        held.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        held.write(b, off, len);
                    }
                };
            }
            return heldStream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (status == 0) {
                return super.getWriter();
            }
            if (heldWriter == null) {
                heldWriter = new PrintWriter(new OutputStreamWriter(held, StandardCharsets.UTF_8), true);
            }
            return heldWriter;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (status == 0) {
                super.flushBuffer();
            }
        }

        /** The problem document's detail, if the held body is one. */
        String detail() {
            if (heldWriter != null) {
                heldWriter.flush();
            }
            if (held.size() == 0) {
                return null;
            }
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(held.toByteArray()))) {
                JsonValue value = reader.readValue();
                if (value instanceof JsonObject problem && problem.get("detail") instanceof JsonString detail) {
                    return detail.getString();
                }
            } catch (RuntimeException notJson) {
                // not a problem document: the error page says it in general words
            }
            return null;
        }
    }
}
