package uk.gov.hwb.board.ui.manage;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.gov.hwb.board.api.Attendance;
import uk.gov.hwb.board.api.Bodies;
import uk.gov.hwb.board.api.CompositionDto;
import uk.gov.hwb.board.api.StatutoryBasis;
import uk.gov.hwb.board.api.StatutorySeat;
import uk.gov.hwb.board.api.BodyDto;
import uk.gov.hwb.board.api.BodyInput;
import uk.gov.hwb.board.api.BodyKind;
import uk.gov.hwb.board.api.MembershipDto;
import uk.gov.hwb.board.api.MembershipRole;
import uk.gov.hwb.board.api.NewMembership;
import uk.gov.hwb.board.api.TermsOfReferenceDto;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.security.Viewer;

/** A body's details, terms of reference and members ({@code ?id=}), or a new body (no id). */
@Named
@ViewScoped
public class BodyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Bodies bodies;

    @Inject
    transient People people;

    @Inject
    transient Viewer viewer;

    @Inject
    transient Attendance attendance;

    private Long id;
    private long version;
    private String name;
    private BodyKind kind = BodyKind.PARTNERSHIP_GROUP;
    private Long parentId;
    private String purpose;
    private String accountability;
    private String meetingFrequency;
    private String quorum;
    private String chairTerm;
    private boolean deputiesAllowed;
    private LocalDate reviewDate;
    private Integer quorumMembers;
    private Integer quorumCouncillors;
    private boolean executive;
    private StatutoryBasis statutoryBasis;
    private CompositionDto composition;
    private boolean memberCouncillor;
    private StatutorySeat memberSeat;
    private List<MembershipDto> members = List.of();
    private Long memberPersonId;
    private MembershipRole memberRole = MembershipRole.MEMBER;
    private boolean memberVoting = true;
    private LocalDate memberFrom;
    private LocalDate memberTo;
    private Long deputyForId;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            BodyDto b = bodies.body(id);
            version = b.version();
            name = b.name();
            kind = b.kind();
            parentId = b.parentId();
            TermsOfReferenceDto t = b.termsOfReference();
            if (t != null) {
                purpose = t.purpose();
                accountability = t.accountability();
                meetingFrequency = t.meetingFrequency();
                quorum = t.quorum();
                chairTerm = t.chairTerm();
                deputiesAllowed = t.deputiesAllowed();
                reviewDate = t.reviewDate();
                quorumMembers = t.quorumMembers();
                quorumCouncillors = t.quorumCouncillors();
            }
            executive = b.executive();
            statutoryBasis = b.statutoryBasis();
            members = bodies.members(id);
            composition = attendance.composition(id, viewer);
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void save() throws IOException {
        try {
            BodyInput input = new BodyInput(name, kind, parentId, new TermsOfReferenceDto(purpose, accountability, meetingFrequency,
                    quorum, chairTerm, deputiesAllowed, reviewDate, quorumMembers, quorumCouncillors), version, executive, statutoryBasis);
            BodyDto saved = id == null ? bodies.add(input, viewer) : bodies.update(id, input, viewer);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.saved("Saved " + saved.name() + ".");
            FacesContext.getCurrentInstance().getExternalContext().redirect("body.xhtml?id=" + saved.id());
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void addMember() {
        try {
            bodies.addMember(id, new NewMembership(memberPersonId, null, memberRole, deputyForId, memberVoting, memberFrom, memberTo,
                    memberCouncillor, memberSeat), viewer);
            Messages.saved("Membership added.");
            memberPersonId = null;
            deputyForId = null;
            memberSeat = null;
            memberCouncillor = false;
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public List<BodyDto> getOtherBodies() {
        return bodies.bodies().stream().filter(b -> !b.id().equals(id)).toList();
    }

    public List<PersonDto> getPeople() {
        return people.people(null, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
    }

    public boolean isClerk() { return viewer.isClerk(); }
    public BodyKind[] getKinds() { return BodyKind.values(); }
    public MembershipRole[] getRoles() { return MembershipRole.values(); }
    public List<MembershipDto> getMembers() { return members; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BodyKind getKind() { return kind; }
    public void setKind(BodyKind kind) { this.kind = kind; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
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
    public Long getMemberPersonId() { return memberPersonId; }
    public void setMemberPersonId(Long memberPersonId) { this.memberPersonId = memberPersonId; }
    public MembershipRole getMemberRole() { return memberRole; }
    public void setMemberRole(MembershipRole memberRole) { this.memberRole = memberRole; }
    public boolean isMemberVoting() { return memberVoting; }
    public void setMemberVoting(boolean memberVoting) { this.memberVoting = memberVoting; }
    public LocalDate getMemberFrom() { return memberFrom; }
    public void setMemberFrom(LocalDate memberFrom) { this.memberFrom = memberFrom; }
    public LocalDate getMemberTo() { return memberTo; }
    public void setMemberTo(LocalDate memberTo) { this.memberTo = memberTo; }
    public Long getDeputyForId() { return deputyForId; }
    public Integer getQuorumMembers() { return quorumMembers; }
    public void setQuorumMembers(Integer quorumMembers) { this.quorumMembers = quorumMembers; }
    public Integer getQuorumCouncillors() { return quorumCouncillors; }
    public void setQuorumCouncillors(Integer quorumCouncillors) { this.quorumCouncillors = quorumCouncillors; }
    public boolean isExecutive() { return executive; }
    public void setExecutive(boolean executive) { this.executive = executive; }
    public StatutoryBasis getStatutoryBasis() { return statutoryBasis; }
    public void setStatutoryBasis(StatutoryBasis statutoryBasis) { this.statutoryBasis = statutoryBasis; }
    public StatutoryBasis[] getBases() { return StatutoryBasis.values(); }
    public StatutorySeat[] getSeats() { return StatutorySeat.values(); }
    public CompositionDto getComposition() { return composition; }

    public String holders(CompositionDto.SeatDto seat) {
        return seat.holders().isEmpty() ? "not filled" : String.join(", ", seat.holders());
    }

    public String getCompositionSummary() {
        return composition == null ? "" : composition.complete() ? "Every seat the law requires is filled."
                : "Seats the law requires are not filled: " + String.join("; ", composition.missing()) + ".";
    }
    public boolean isMemberCouncillor() { return memberCouncillor; }
    public void setMemberCouncillor(boolean memberCouncillor) { this.memberCouncillor = memberCouncillor; }
    public StatutorySeat getMemberSeat() { return memberSeat; }
    public void setMemberSeat(StatutorySeat memberSeat) { this.memberSeat = memberSeat; }
    public void setDeputyForId(Long deputyForId) { this.deputyForId = deputyForId; }
}
