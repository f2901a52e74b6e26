package uk.gov.hwb.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages} as a valid list: PrimeFaces gives each {@code <li>} the role
 * {@code alert}, which takes it out of its {@code <ul>} (axe-core's {@code list} rule, WCAG 1.3.1).
 * The messages' container already announces them ({@code aria-live="polite"}), so each item stays a
 * plain list item.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new ListItems(writer), uiMessages, msg, severity, escape);
    }

    /** Writes everything through, except the role and atomicity PrimeFaces puts on a list item. */
    private static final class ListItems extends ResponseWriterWrapper {

        ListItems(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("role".equals(name) && "alert".equals(value) || "aria-atomic".equals(name)) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
