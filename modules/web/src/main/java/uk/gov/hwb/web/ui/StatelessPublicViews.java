package uk.gov.hwb.web.ui;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Pages for someone not signed in are stateless: their views keep nothing on the server, so a
 * crawler (or anyone) reading public pages never opens an HTTP session. Signed-in screens keep their
 * server-side view state, which is also the CSRF defence of their forms.
 *
 * <p>Decided when the view is created, before anything renders it: PrimeFaces' CSP support keeps the
 * nonce in the view map of a stateful view, which would open a session before the page's own
 * {@code <f:view>} is read.
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (view != null && context.getExternalContext().getRemoteUser() == null) {
            view.setTransient(true);
        }
        return view;
    }
}
