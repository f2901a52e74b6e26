package uk.gov.hwb.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.0 over a plain socket, for what Java's HTTP client will not do: send a forged
 * {@code Host} header, or connect from another local address (127.0.0.2 reaches the server as a
 * different client address on Linux's loopback).
 */
final class RawHttp {

    /** A response: status, headers (lower-case names, last value wins) and body as text. */
    record Response(int status, Map<String, String> headers, String body) {
    }

    private RawHttp() {
    }

    static Response get(URL base, String path, String localAddress, Map<String, String> headers) {
        return send(base, "GET", path, localAddress, headers, null);
    }

    static Response send(URL base, String method, String path, String localAddress, Map<String, String> headers, String body) {
        try (Socket socket = localAddress == null ? new Socket(base.getHost(), base.getPort())
                : new Socket(InetAddress.getByName(base.getHost()), base.getPort(), InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(60_000);
            StringBuilder request = new StringBuilder(method).append(' ').append(path.startsWith("/") ? path : "/" + path)
                    .append(" HTTP/1.0\r\n");
            Map<String, String> all = new LinkedHashMap<>();
            all.put("Host", base.getHost() + ":" + base.getPort());
            all.put("Accept", "application/json, */*;q=0.5");
            all.putAll(headers);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                all.put("Content-Length", String.valueOf(content.length));
            }
            all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        return new Response(status, headers, end < 0 ? "" : text.substring(end + 4));
    }
}
