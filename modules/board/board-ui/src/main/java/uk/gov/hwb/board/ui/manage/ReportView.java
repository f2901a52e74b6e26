package uk.gov.hwb.board.ui.manage;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import uk.gov.hwb.board.api.MeetingDto;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.api.ReportAction;
import uk.gov.hwb.board.api.ReportDto;
import uk.gov.hwb.board.api.ReportInput;
import uk.gov.hwb.board.api.ReportSections;
import uk.gov.hwb.board.api.ReportStatus;
import uk.gov.hwb.board.api.Reports;
import uk.gov.hwb.board.api.TransitionDto;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Writing a report to the standard template ({@code ?meeting=} for a new one, {@code ?id=} to
 * edit), taking it along the approval chain, and adding PDF appendices. The page names the
 * meeting first; its editors offer only what the sanitiser keeps (headings, bold, italic, lists,
 * links); it warns before leaving with unsaved changes and before the session ends.
 */
@Named
@ViewScoped
public class ReportView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The prose sections of the template, by number (2 is the recommendations list, 12 the appendices). */
    private static final List<Integer> PROSE = List.of(1, 3, 4, 5, 6, 7, 8, 9, 10, 11);

    @Inject
    transient Reports reports;

    @Inject
    transient Viewer viewer;

    @Inject
    transient Meetings meetings;

    private Long id;
    private Long meetingId;
    private MeetingDto meeting;
    private ReportDto report;
    private List<ReportAction> actions = List.of();
    private String title;
    private Part classification = Part.PART_1;
    private Integer exemptParagraph;
    private boolean keyDecision;
    private String executiveDirector;
    private String reportAuthor;
    private String executiveCouncillor;
    private final String[] prose = new String[12];
    private String recommendations;
    private String backgroundPapers;
    private String comment;
    private String appendixTitle;
    private transient UploadedFile file;

    /** Called by f:viewAction once the parameters are set. */
    public void load() {
        if (id == null) {
            loadMeeting();
            return;
        }
        try {
            report = reports.report(id, viewer);
            actions = reports.actions(id, viewer);
            meetingId = report.meetingId();
            title = report.title();
            classification = report.classification();
            exemptParagraph = report.exemptParagraph();
            keyDecision = report.keyDecision();
            executiveDirector = report.executiveDirector();
            reportAuthor = report.reportAuthor();
            executiveCouncillor = report.executiveCouncillor();
            ReportSections s = report.sections();
            for (int n : PROSE) {
                prose[n] = s.prose(n);
            }
            recommendations = String.join("\n", s.recommendations());
            backgroundPapers = String.join("\n", report.backgroundPapers());
            loadMeeting();
        } catch (RuntimeException e) {
            report = null;
            Messages.problem(e);
        }
    }

    private void loadMeeting() {
        if (meetingId == null) {
            return;
        }
        try {
            meeting = meetings.meeting(meetingId, viewer);
        } catch (RuntimeException e) {
            meeting = null;
            Messages.problem(e);
        }
    }


    public void save() throws IOException {
        try {
            ReportSections sections = new ReportSections(prose[1], lines(recommendations), prose[3], prose[4], prose[5], prose[6], prose[7],
                    prose[8], prose[9], prose[10], prose[11]);
            ReportInput input = new ReportInput(meetingId, title, classification,
                    classification == Part.PART_2 ? exemptParagraph : null, keyDecision, executiveDirector, reportAuthor, executiveCouncillor,
                    sections, lines(backgroundPapers), report == null ? 0 : report.version());
            ReportDto saved = id == null ? reports.create(input, viewer) : reports.update(id, input, viewer);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.saved("Saved '" + saved.title() + "'.");
            FacesContext.getCurrentInstance().getExternalContext().redirect("report.xhtml?id=" + saved.id());
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void take(ReportAction action) {
        try {
            ReportDto after = reports.transition(id, new TransitionDto(action, comment, report.version()), viewer);
            Messages.saved(action.label() + ". The report's status is now: " + after.status().label() + ".");
            comment = null;
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void upload() {
        try {
            if (file == null || file.getSize() == 0) {
                throw new InvalidInputException("file", "choose a PDF file to upload");
            }
            try (InputStream in = file.getInputStream()) {
                var added = reports.addAppendix(id, appendixTitle, file.getFileName(), in, viewer);
                Messages.saved("Added appendix '" + appendixTitle + "'.");
                if (Boolean.FALSE.equals(added.tagged())) {
                    Messages.warning("This PDF has no tags, so people using screen readers may not be able to read it, and the meeting pack's"
                            + " accessibility statement will name it. If you can, export it again from the original with tags"
                            + " (in Word: Save as PDF, Options, \"Document structure tags for accessibility\") and upload that instead.");
                }
            }
            appendixTitle = null;
            load();
        } catch (IOException e) {
            Messages.problem(new InvalidInputException("file", "the upload was interrupted; please try again"));
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    /** The steps the viewer may take next, as the approval chain says. */
    public List<ReportAction> getActions() {
        return actions;
    }

    public boolean isEditable() {
        return report == null || report.status() == ReportStatus.DRAFT;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public List<String> getHeadings() { return ReportSections.HEADINGS; }
    public List<Integer> getProseSections() { return PROSE; }
    public String[] getProse() { return prose; }
    public Part[] getParts() { return Part.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
    public ReportDto getReport() { return report; }
    public MeetingDto getMeeting() { return meeting; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Part getClassification() { return classification; }
    public void setClassification(Part classification) { this.classification = classification; }
    public Integer getExemptParagraph() { return exemptParagraph; }
    public void setExemptParagraph(Integer exemptParagraph) { this.exemptParagraph = exemptParagraph; }
    public boolean isKeyDecision() { return keyDecision; }
    public void setKeyDecision(boolean keyDecision) { this.keyDecision = keyDecision; }
    public String getExecutiveDirector() { return executiveDirector; }
    public void setExecutiveDirector(String executiveDirector) { this.executiveDirector = executiveDirector; }
    public String getReportAuthor() { return reportAuthor; }
    public void setReportAuthor(String reportAuthor) { this.reportAuthor = reportAuthor; }
    public String getExecutiveCouncillor() { return executiveCouncillor; }
    public void setExecutiveCouncillor(String executiveCouncillor) { this.executiveCouncillor = executiveCouncillor; }
    public String getRecommendations() { return recommendations; }
    public void setRecommendations(String recommendations) { this.recommendations = recommendations; }
    public String getBackgroundPapers() { return backgroundPapers; }
    public void setBackgroundPapers(String backgroundPapers) { this.backgroundPapers = backgroundPapers; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getAppendixTitle() { return appendixTitle; }
    public void setAppendixTitle(String appendixTitle) { this.appendixTitle = appendixTitle; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
}
