package uk.gov.hwb.board.ui.manage;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import uk.gov.hwb.board.api.Bodies;
import uk.gov.hwb.board.api.BodyDto;
import uk.gov.hwb.board.api.MeetingDto;
import uk.gov.hwb.board.api.MeetingInput;
import uk.gov.hwb.board.api.MeetingPhase;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.board.api.ReportDto;
import uk.gov.hwb.board.api.Reports;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.security.Viewer;

/** Democratic services' list of meetings, drafts included, and arranging a new one. */
@Named
@ViewScoped
public class MeetingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Meetings meetings;

    @Inject
    transient Bodies bodies;

    @Inject
    transient Viewer viewer;

    @Inject
    transient Reports reports;

    private List<ReportDto> myReports;

    private List<MeetingDto> all;
    private Map<Long, MeetingPhase> phases;
    private List<BodyDto> bodyList;
    private Long bodyId;
    private LocalDateTime start;
    private String venue = "Council Chamber, Civic Centre, Victoria Avenue, Southend-on-Sea";

    @PostConstruct
    void load() {
        all = meetings.meetings(null, null, null, viewer, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
        phases = meetings.phases(all.stream().map(MeetingDto::id).toList());
        bodyList = bodies.bodies();
        myReports = reports.reports(null, null, viewer, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
    }

    /** Reports the viewer works on (all of them for democratic services). */
    public List<ReportDto> getReports() {
        return myReports;
    }

    public boolean isClerk() {
        return viewer.isClerk();
    }

    public void arrange() throws IOException {
        try {
            MeetingDto created = meetings.add(new MeetingInput(bodyId,
                    start == null ? null : start.atZone(CouncilCalendar.ZONE).toOffsetDateTime(), venue, null, null, null, 0), viewer);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.saved("Meeting arranged as a draft. Add the agenda items, then publish.");
            FacesContext.getCurrentInstance().getExternalContext().redirect("meeting.xhtml?id=" + created.id());
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    /** Where a meeting stands, in the same words as its own page. */
    public MeetingPhase phase(MeetingDto meeting) {
        return phases.get(meeting.id());
    }

    public List<MeetingDto> getMeetings() { return all; }
    public List<BodyDto> getBodies() { return bodyList; }
    public Long getBodyId() { return bodyId; }
    public void setBodyId(Long bodyId) { this.bodyId = bodyId; }
    public LocalDateTime getStart() { return start; }
    public void setStart(LocalDateTime start) { this.start = start; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
}
