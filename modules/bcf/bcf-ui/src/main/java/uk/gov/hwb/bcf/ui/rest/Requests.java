package uk.gov.hwb.bcf.ui.rest;

import jakarta.ws.rs.core.Response;
import uk.gov.hwb.bcf.api.StoredFile;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.Params;

/** What the BCF resources share: quarters and versions in addresses, files out. */
final class Requests {

    private Requests() {
    }

    /** A quarter in an address: 1 to 4, or Q1 to Q4. */
    static int quarter(String text) {
        String value = text == null ? "" : text.strip();
        if (value.matches("(?i)q[1-4]")) {
            value = value.substring(1);
        }
        if (!value.matches("[1-4]")) {
            throw new InvalidInputException("quarter", "'" + text + "' is not a quarter; use 1 to 4");
        }
        return Integer.parseInt(value);
    }

    static Long version(String text) {
        Integer value = Params.optionalInt("version", text);
        return value == null ? null : value.longValue();
    }

    /** A stored file exactly as stored, with its SHA-256 as the ETag. */
    static Response file(StoredFile file, boolean attachment) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", (attachment ? "attachment" : "inline") + "; filename=\"" + file.fileName() + "\"")
                .header("ETag", "\"" + file.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
