package uk.gov.hwb.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A body's terms of reference, kept with the body. */
@Embeddable
public class TermsOfReference {

    @Column(length = 4000)
    private String purpose;

    @Column(length = 2000)
    private String accountability;

    @Column(name = "meeting_frequency", length = 200)
    private String meetingFrequency;

    @Column(length = 200)
    private String quorum;

    @Column(name = "chair_term", length = 200)
    private String chairTerm;

    @Column(name = "deputies_allowed", nullable = false)
    private boolean deputiesAllowed;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    /** The quorum as a rule: voting members present, of whom councillors. */
    @Column(name = "quorum_members")
    private Integer quorumMembers;

    @Column(name = "quorum_councillors")
    private Integer quorumCouncillors;

    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getAccountability() { return accountability; }
    public void setAccountability(String accountability) { this.accountability = accountability; }
    public String getMeetingFrequency() { return meetingFrequency; }
    public void setMeetingFrequency(String meetingFrequency) { this.meetingFrequency = meetingFrequency; }
    public String getQuorum() { return quorum; }
    public void setQuorum(String quorum) { this.quorum = quorum; }
    public String getChairTerm() { return chairTerm; }
    public void setChairTerm(String chairTerm) { this.chairTerm = chairTerm; }
    public boolean isDeputiesAllowed() { return deputiesAllowed; }
    public void setDeputiesAllowed(boolean deputiesAllowed) { this.deputiesAllowed = deputiesAllowed; }
    public LocalDate getReviewDate() { return reviewDate; }
    public void setReviewDate(LocalDate reviewDate) { this.reviewDate = reviewDate; }
    public Integer getQuorumMembers() { return quorumMembers; }
    public void setQuorumMembers(Integer quorumMembers) { this.quorumMembers = quorumMembers; }
    public Integer getQuorumCouncillors() { return quorumCouncillors; }
    public void setQuorumCouncillors(Integer quorumCouncillors) { this.quorumCouncillors = quorumCouncillors; }
}
