package uk.gov.hwb.board.ui.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.gov.hwb.board.api.Publications;
import uk.gov.hwb.board.api.PublishedReportDto;
import uk.gov.hwb.platform.security.Viewer;

/** A published report, readable as a web page, laid out as the standard template prints it. */
@Named
@RequestScoped
public class PublicReportView {

    @Inject
    Publications publications;

    @Inject
    Viewer viewer;

    private Long id;
    private PublishedReportDto report;
    private String refusal;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        if (id == null) {
            refusal = "No report was asked for.";
            return;
        }
        try {
            report = publications.publishedReport(id, viewer);
        } catch (RuntimeException e) {
            refusal = unwrap(e).getMessage();
        }
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t instanceof jakarta.ejb.EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PublishedReportDto getReport() { return report; }
    public String getRefusal() { return refusal; }
}
