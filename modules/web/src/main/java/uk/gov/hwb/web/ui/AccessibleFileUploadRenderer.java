package uk.gov.hwb.web.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' simple {@code p:fileUpload} as the browser's own file input, reachable by keyboard and
 * screen reader: PrimeFaces marks that input {@code aria-hidden="true"} although it is the control
 * people use (axe-core's {@code aria-hidden-focus}, WCAG 4.1.2). Its label names it as before.
 * The advanced upload's "Choose" control is a focusable span around the file input, named by
 * {@code aria-labelledby} without a role, which ARIA prohibits (axe-core's {@code aria-prohibited-attr});
 * a button role would nest the file input inside a button ({@code nested-interactive}). So the span
 * keeps its visible text ("Choose a workbook"), which is what it is read as, and loses the attribute.
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(FacesContext context, FileUpload fileUpload, String clientId, String inputId, String style)
            throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new Without("aria-hidden", writer));
        try {
            super.encodeSimpleInputField(context, fileUpload, clientId, inputId, style);
        } finally {
            context.setResponseWriter(writer);
        }
    }

    @Override
    protected void encodeChooseButton(FacesContext context, FileUpload fileUpload, boolean disabled) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new Without("aria-labelledby", writer));
        try {
            super.encodeChooseButton(context, fileUpload, disabled);
        } finally {
            context.setResponseWriter(writer);
        }
    }

    /** Writes everything through except one attribute. */
    private static final class Without extends ResponseWriterWrapper {

        private final String attribute;

        Without(String attribute, ResponseWriter wrapped) {
            super(wrapped);
            this.attribute = attribute;
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!attribute.equals(name)) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}
