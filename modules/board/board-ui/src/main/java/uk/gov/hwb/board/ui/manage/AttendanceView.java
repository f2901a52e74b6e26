package uk.gov.hwb.board.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.hwb.board.api.AgendaItemDto;
import uk.gov.hwb.board.api.Attendance;
import uk.gov.hwb.board.api.AttendanceDto;
import uk.gov.hwb.board.api.AttendanceStatus;
import uk.gov.hwb.board.api.DeclarationDto;
import uk.gov.hwb.board.api.Declarations;
import uk.gov.hwb.board.api.DispensationScope;
import uk.gov.hwb.board.api.MeetingDto;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.board.api.NewDeclaration;
import uk.gov.hwb.board.api.OtherAttendeeKind;
import uk.gov.hwb.board.api.Participation;
import uk.gov.hwb.board.api.RecordAttendance;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.security.Viewer;

/**
 * A meeting's attendance and declarations of interest, for democratic services: each expected
 * member's attendance (with a substitute where the terms of reference allow), officers and others
 * in attendance, the quorum as it stands, and the declarations item by item.
 */
@Named
@ViewScoped
public class AttendanceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Attendance attendance;

    @Inject
    transient Declarations declarations;

    @Inject
    transient Meetings meetings;

    @Inject
    transient People people;

    @Inject
    transient Viewer viewer;

    private Long id;
    private MeetingDto meeting;
    private AttendanceDto record;
    private List<MemberRow> rows = new ArrayList<>();
    private List<OtherRow> others = new ArrayList<>();
    private List<DeclarationDto> declared = new ArrayList<>();
    private List<AgendaItemDto> items = new ArrayList<>();
    private List<PersonDto> everyone = new ArrayList<>();
    private final DeclarationForm declaration = new DeclarationForm();

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        try {
            meeting = meetings.meeting(id, viewer);
            record = attendance.attendance(id, viewer);
            rows = new ArrayList<>(record.members().stream().map(MemberRow::new).toList());
            others = new ArrayList<>(record.others().stream().map(OtherRow::new).toList());
            declared = declarations.declarations(id, viewer);
            items = meetings.items(id, viewer);
            everyone = people.people(null, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
        } catch (RuntimeException e) {
            meeting = null;
            Messages.problem(e);
        }
    }

    public void save() {
        try {
            record = attendance.record(id, new RecordAttendance(
                    rows.stream().filter(r -> r.status != null).map(r -> new RecordAttendance.MemberAttendance(r.membershipId, r.status,
                            r.status == AttendanceStatus.SUBSTITUTED ? r.substitutePersonId : null)).toList(),
                    others.stream().map(o -> new RecordAttendance.OtherAttendee(o.personId, o.name, o.capacity, o.kind)).toList(),
                    record.version()), viewer);
            Messages.saved("Attendance saved. " + record.quorum().explanation());
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    /** Everyone not yet recorded is present: the usual start. */
    public void allPresent() {
        rows.stream().filter(r -> r.status == null).forEach(r -> r.status = AttendanceStatus.PRESENT);
    }

    public void addOther() {
        others.add(new OtherRow());
    }

    public void removeOther(OtherRow row) {
        others.remove(row);
    }

    public void declare() {
        try {
            DeclarationForm f = declaration;
            NewDeclaration.Dispensation dispensation = f.dispensation
                    ? new NewDeclaration.Dispensation(f.grantedBy, f.grantedOn, f.expiresOn, f.scope, f.grounds) : null;
            DeclarationDto saved = declarations.declare(id, new NewDeclaration(f.itemId, f.personId, f.kind, f.nature, f.sensitive,
                    f.participation, dispensation), viewer);
            Messages.saved("Declaration recorded: " + saved.summary());
            declaration.clear();
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void withdraw(DeclarationDto d) {
        try {
            declarations.withdraw(id, d.id(), viewer);
            Messages.saved("Declaration removed.");
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public List<String> getKinds() { return declarations.kinds(); }
    public AttendanceStatus[] getStatuses() { return AttendanceStatus.values(); }
    public OtherAttendeeKind[] getOtherKinds() { return OtherAttendeeKind.values(); }
    public Participation[] getParticipations() { return Participation.values(); }
    public DispensationScope[] getScopes() { return DispensationScope.values(); }
    public boolean isClerk() { return viewer.isClerk(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MeetingDto getMeeting() { return meeting; }
    public AttendanceDto getRecord() { return record; }
    public List<MemberRow> getRows() { return rows; }
    public List<OtherRow> getOthers() { return others; }
    public List<DeclarationDto> getDeclared() { return declared; }
    public List<AgendaItemDto> getItems() { return items; }
    public List<PersonDto> getEveryone() { return everyone; }
    public DeclarationForm getDeclaration() { return declaration; }

    /** People who may declare: the members expected and the substitutes recorded. */
    public List<PersonDto> getDeclarants() {
        List<Long> ids = new ArrayList<>();
        if (record != null) {
            record.members().forEach(m -> {
                ids.add(m.personId());
                if (m.substitutePersonId() != null) {
                    ids.add(m.substitutePersonId());
                }
            });
        }
        return everyone.stream().filter(p -> ids.contains(p.id())).toList();
    }

    /** One member's line of the attendance. */
    public static class MemberRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long membershipId;
        private final String name;
        private final String role;
        private final boolean councillor;
        private final String deputies;
        private AttendanceStatus status;
        private Long substitutePersonId;

        MemberRow(AttendanceDto.MemberAttendanceDto m) {
            membershipId = m.membershipId();
            name = m.name();
            role = m.role().label() + (m.seat() == null ? "" : " – " + m.seat().label());
            councillor = m.councillor();
            deputies = m.namedDeputies().isEmpty() ? null : String.join(", ", m.namedDeputies().stream().map(AttendanceDto.DeputyDto::name).toList());
            status = m.status();
            substitutePersonId = m.substitutePersonId();
        }

        public long getMembershipId() { return membershipId; }
        public String getName() { return name; }
        public String getRole() { return role; }
        public boolean isCouncillor() { return councillor; }
        public String getDeputies() { return deputies; }
        public AttendanceStatus getStatus() { return status; }
        public void setStatus(AttendanceStatus status) { this.status = status; }
        public Long getSubstitutePersonId() { return substitutePersonId; }
        public void setSubstitutePersonId(Long substitutePersonId) { this.substitutePersonId = substitutePersonId; }
    }

    /** An officer or someone else in attendance. */
    public static class OtherRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long personId;
        private String name;
        private String capacity;
        private OtherAttendeeKind kind = OtherAttendeeKind.OFFICER;

        OtherRow() {
        }

        OtherRow(AttendanceDto.OtherAttendeeDto o) {
            personId = o.personId();
            name = o.personId() == null ? o.name() : null;
            capacity = o.capacity();
            kind = o.kind();
        }

        public Long getPersonId() { return personId; }
        public void setPersonId(Long personId) { this.personId = personId; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getCapacity() { return capacity; }
        public void setCapacity(String capacity) { this.capacity = capacity; }
        public OtherAttendeeKind getKind() { return kind; }
        public void setKind(OtherAttendeeKind kind) { this.kind = kind; }
    }

    /** The declare-an-interest form. */
    public static class DeclarationForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long itemId;
        private Long personId;
        private String kind;
        private String nature;
        private boolean sensitive;
        private Participation participation = Participation.WITHDREW;
        private boolean dispensation;
        private String grantedBy;
        private LocalDate grantedOn;
        private LocalDate expiresOn;
        private DispensationScope scope = DispensationScope.DISCUSSION;
        private String grounds;

        void clear() {
            itemId = null;
            personId = null;
            kind = null;
            nature = null;
            sensitive = false;
            participation = Participation.WITHDREW;
            dispensation = false;
            grantedBy = null;
            grantedOn = null;
            expiresOn = null;
            scope = DispensationScope.DISCUSSION;
            grounds = null;
        }

        public Long getItemId() { return itemId; }
        public void setItemId(Long itemId) { this.itemId = itemId; }
        public Long getPersonId() { return personId; }
        public void setPersonId(Long personId) { this.personId = personId; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getNature() { return nature; }
        public void setNature(String nature) { this.nature = nature; }
        public boolean isSensitive() { return sensitive; }
        public void setSensitive(boolean sensitive) { this.sensitive = sensitive; }
        public Participation getParticipation() { return participation; }
        public void setParticipation(Participation participation) { this.participation = participation; }
        public boolean isDispensation() { return dispensation; }
        public void setDispensation(boolean dispensation) { this.dispensation = dispensation; }
        public String getGrantedBy() { return grantedBy; }
        public void setGrantedBy(String grantedBy) { this.grantedBy = grantedBy; }
        public LocalDate getGrantedOn() { return grantedOn; }
        public void setGrantedOn(LocalDate grantedOn) { this.grantedOn = grantedOn; }
        public LocalDate getExpiresOn() { return expiresOn; }
        public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
        public DispensationScope getScope() { return scope; }
        public void setScope(DispensationScope scope) { this.scope = scope; }
        public String getGrounds() { return grounds; }
        public void setGrounds(String grounds) { this.grounds = grounds; }
    }
}
