package uk.gov.hwb.send.ui.manage;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.Inspections;
import uk.gov.hwb.send.api.NewSefVersion;
import uk.gov.hwb.send.api.SefComparisonDto;
import uk.gov.hwb.send.api.SefDto;
import uk.gov.hwb.send.api.SefStatus;
import uk.gov.hwb.send.api.SefSummaryDto;
import uk.gov.hwb.send.api.SelfEvaluations;

/**
 * The SEF's versions: open one, start the next as a copy (the SEND lead; one draft at a time), and
 * compare two ({@code ?from=&to=} opens a comparison directly).
 */
@Named
@ViewScoped
public class SefVersionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SelfEvaluations sefs;

    @Inject
    transient Inspections inspections;

    @Inject
    transient Viewer viewer;

    private List<SefSummaryDto> versions = List.of();
    private Integer copyOf;
    private LocalDate date = LocalDate.now(CouncilCalendar.ZONE);
    private Integer from;
    private Integer to;
    private SefComparisonDto comparison;

    /** Called by f:viewAction once the parameters are set. */
    public void load() {
        try {
            versions = sefs.versions(viewer);
            copyOf = versions.stream().filter(v -> v.status() == SefStatus.AGREED).map(SefSummaryDto::number).findFirst()
                    .orElse(versions.isEmpty() ? null : versions.get(0).number());
            if (from == null && to == null && versions.size() >= 2) {
                to = versions.get(0).number();
                from = versions.get(1).number();
            } else if (from != null && to != null) {
                compare();
            }
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void start() throws IOException {
        try {
            SefDto draft = sefs.start(new NewSefVersion(copyOf, date), viewer);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.saved("Version " + draft.number() + " started" + (draft.copiedFrom() == null ? "." : " as a copy of version " + draft.copiedFrom() + "."));
            FacesContext.getCurrentInstance().getExternalContext().redirect("sef.xhtml?number=" + draft.number());
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void compare() {
        try {
            comparison = from == null || to == null ? null : sefs.compare(from, to, viewer);
        } catch (RuntimeException e) {
            comparison = null;
            Messages.problem(e);
        }
    }

    public boolean isEditor() {
        return inspections.mayEdit(viewer);
    }

    public boolean isDraftOpen() {
        return versions.stream().anyMatch(v -> v.status() == SefStatus.DRAFT);
    }

    public List<SefSummaryDto> getVersions() { return versions; }
    public Integer getCopyOf() { return copyOf; }
    public void setCopyOf(Integer copyOf) { this.copyOf = copyOf; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public Integer getFrom() { return from; }
    public void setFrom(Integer from) { this.from = from; }
    public Integer getTo() { return to; }
    public void setTo(Integer to) { this.to = to; }
    public SefComparisonDto getComparison() { return comparison; }
}
