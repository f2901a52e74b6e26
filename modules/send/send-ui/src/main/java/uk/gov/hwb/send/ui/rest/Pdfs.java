package uk.gov.hwb.send.ui.rest;

import jakarta.ws.rs.core.Response;
import uk.gov.hwb.platform.documents.GeneratedDocument;

/** A generated document as an HTTP answer: shown in the browser, saved under a plain file name. */
final class Pdfs {

    private Pdfs() {
    }

    static Response inline(GeneratedDocument document, String fileName) {
        return Response.ok(document.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
