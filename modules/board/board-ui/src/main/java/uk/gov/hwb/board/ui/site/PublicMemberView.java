package uk.gov.hwb.board.ui.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.gov.hwb.board.api.Attendance;
import uk.gov.hwb.board.api.MemberRecordDto;
import uk.gov.hwb.platform.security.Viewer;

/** A member's public page: the bodies they sit on and their record of attendance. */
@Named
@RequestScoped
public class PublicMemberView {

    @Inject
    Attendance attendance;

    @Inject
    Viewer viewer;

    private Long id;
    private MemberRecordDto member;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        try {
            member = id == null ? null : attendance.memberRecord(id, viewer);
        } catch (RuntimeException e) {
            member = null;
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MemberRecordDto getMember() { return member; }
}
