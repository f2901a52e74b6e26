package uk.gov.hwb.bcf.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import uk.gov.hwb.bcf.api.Correction;
import uk.gov.hwb.bcf.api.Noting;
import uk.gov.hwb.bcf.api.ReturnChanges;
import uk.gov.hwb.bcf.api.ReturnDto;
import uk.gov.hwb.bcf.api.ReturnStatus;
import uk.gov.hwb.bcf.api.ReturnStep;
import uk.gov.hwb.bcf.api.Returns;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/**
 * One quarterly return: its countdown or overdue warning, confirmations and narrative (finance, while
 * a draft), the chair's sign-off (the chair's own account, or democratic services on the chair's
 * behalf), submission, the locked versions with their SHA-256, corrections and the board's notings.
 */
@Named("bcfReturnView")
@ViewScoped
public class ReturnView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Returns returns;

    @Inject
    transient Viewer viewer;

    private Long id;
    private ReturnDto quarterlyReturn;
    private boolean maySignOff;
    private boolean section75Signed;
    private String section75Explanation;
    private boolean nationalConditionsMet;
    private String conditionsExplanation;
    private String challenges;
    private String achievements;
    private String supportNeeded;
    private LocalDate due;
    private String reason;
    private Integer notedVersion;
    private LocalDate notedOn = LocalDate.now(CouncilCalendar.ZONE);
    private String meeting;
    private String note;

    public void load() {
        if (id != null) {
            show(returns.quarterlyReturn(id));
        }
    }

    private void show(ReturnDto r) {
        quarterlyReturn = r;
        maySignOff = returns.maySignOff(r.id(), viewer);
        section75Signed = r.section75Signed();
        section75Explanation = r.section75Explanation();
        nationalConditionsMet = r.nationalConditionsMet();
        conditionsExplanation = r.conditionsExplanation();
        challenges = r.challenges();
        achievements = r.achievements();
        supportNeeded = r.supportNeeded();
        due = r.due();
        notedVersion = r.versions().isEmpty() ? null : r.versions().get(r.versions().size() - 1).number();
    }

    public void save() {
        try {
            boolean wasSignedOff = quarterlyReturn.status() == ReturnStatus.SIGNED_OFF;
            show(returns.update(id, new ReturnChanges(section75Signed, section75Explanation, nationalConditionsMet, conditionsExplanation,
                    challenges, achievements, supportNeeded, due, quarterlyReturn.version()), viewer));
            Messages.saved(wasSignedOff && quarterlyReturn.status() == ReturnStatus.DRAFT
                    ? "Return saved. It changed after the chair's sign-off, so it is a draft again and needs signing off again."
                    : "Return saved.");
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void signOff() {
        try {
            show(returns.signOff(id, new ReturnStep(quarterlyReturn.version()), viewer));
            Messages.saved("Signed off by " + quarterlyReturn.signedOffBy() + (quarterlyReturn.signedOnBehalf()
                    ? " (recorded by " + quarterlyReturn.signOffRecordedBy() + " on the chair's behalf)." : "."));
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void submit() {
        try {
            show(returns.submit(id, new ReturnStep(quarterlyReturn.version()), viewer));
            Messages.saved("Submitted: version 1 is locked.");
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void correct() {
        try {
            show(returns.correct(id, new Correction(reason), viewer));
            reason = null;
            Messages.saved("Correction locked as version " + quarterlyReturn.versions().get(quarterlyReturn.versions().size() - 1).number() + ".");
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void recordNoting() {
        try {
            show(returns.recordNoting(id, new Noting(notedVersion, notedOn, meeting, note), viewer));
            meeting = null;
            note = null;
            Messages.saved("The board's noting is recorded.");
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    /** "Councillor Maxine Sadza, 30 October 2023, 14:00" and who recorded it when it was done on the chair's behalf. */
    public String getSignedOffText() {
        if (quarterlyReturn == null || quarterlyReturn.signedOffBy() == null) {
            return "Not yet signed off by the chair";
        }
        return quarterlyReturn.signedOffBy() + ", " + new BcfFormat().time(quarterlyReturn.signedOffAt())
                + (quarterlyReturn.signedOnBehalf() ? " (recorded by " + quarterlyReturn.signOffRecordedBy() + " on the chair's behalf)" : "");
    }

    public boolean isFinance() {
        return viewer.hasAny(Role.FINANCE, Role.ADMIN);
    }

    public boolean isMayNote() {
        return viewer.isClerk() || viewer.hasAny(Role.FINANCE);
    }

    public boolean isEditable() {
        return isFinance() && quarterlyReturn != null && quarterlyReturn.status() != ReturnStatus.SUBMITTED;
    }

    public boolean isSubmitted() {
        return quarterlyReturn != null && quarterlyReturn.status() == ReturnStatus.SUBMITTED;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ReturnDto getQuarterlyReturn() { return quarterlyReturn; }
    public boolean isMaySignOff() { return maySignOff; }
    public boolean isSection75Signed() { return section75Signed; }
    public void setSection75Signed(boolean value) { this.section75Signed = value; }
    public String getSection75Explanation() { return section75Explanation; }
    public void setSection75Explanation(String value) { this.section75Explanation = value; }
    public boolean isNationalConditionsMet() { return nationalConditionsMet; }
    public void setNationalConditionsMet(boolean value) { this.nationalConditionsMet = value; }
    public String getConditionsExplanation() { return conditionsExplanation; }
    public void setConditionsExplanation(String value) { this.conditionsExplanation = value; }
    public String getChallenges() { return challenges; }
    public void setChallenges(String value) { this.challenges = value; }
    public String getAchievements() { return achievements; }
    public void setAchievements(String value) { this.achievements = value; }
    public String getSupportNeeded() { return supportNeeded; }
    public void setSupportNeeded(String value) { this.supportNeeded = value; }
    public LocalDate getDue() { return due; }
    public void setDue(LocalDate due) { this.due = due; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Integer getNotedVersion() { return notedVersion; }
    public void setNotedVersion(Integer notedVersion) { this.notedVersion = notedVersion; }
    public LocalDate getNotedOn() { return notedOn; }
    public void setNotedOn(LocalDate notedOn) { this.notedOn = notedOn; }
    public String getMeeting() { return meeting; }
    public void setMeeting(String meeting) { this.meeting = meeting; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
