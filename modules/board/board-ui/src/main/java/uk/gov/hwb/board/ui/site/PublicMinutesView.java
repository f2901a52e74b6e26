package uk.gov.hwb.board.ui.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.gov.hwb.board.api.ActionLog;
import uk.gov.hwb.board.api.ActionLogEntryDto;
import uk.gov.hwb.board.api.Attendance;
import uk.gov.hwb.board.api.AttendanceDto;
import uk.gov.hwb.board.api.DeclarationDto;
import uk.gov.hwb.board.api.Declarations;
import uk.gov.hwb.board.api.Minutes;
import uk.gov.hwb.board.api.MinutesDto;
import uk.gov.hwb.platform.security.Viewer;

/**
 * A meeting's minutes on the public site: attendance and quorum, declarations, each item's minute
 * and resolutions, the action log; confidential business as its exemption and public summary
 * unless the viewer is a member of the body or democratic services.
 */
@Named
@RequestScoped
public class PublicMinutesView {

    @Inject
    Minutes minutes;

    @Inject
    Attendance attendance;

    @Inject
    Declarations declarations;

    @Inject
    ActionLog actions;

    @Inject
    Viewer viewer;

    private Long id;
    private MinutesDto record;
    private AttendanceDto present;
    private List<DeclarationDto> declared;
    private List<ActionLogEntryDto> log;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        try {
            if (id != null) {
                record = minutes.minutes(id, viewer);
                present = attendance.attendance(id, viewer);
                declared = declarations.declarations(id, viewer);
                log = actions.actions(id, viewer);
            }
        } catch (RuntimeException e) {
            record = null;
        }
    }

    /** The number of the first confidential item, before which the resolution excluding the public is printed (-1 if none). */
    public int getFirstConfidentialItem() {
        return record == null || record.exclusionResolution() == null ? -1
                : record.items().stream().filter(i -> i.exemptionLabel() != null).mapToInt(MinutesDto.ItemMinuteDto::number).findFirst().orElse(-1);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MinutesDto getMinutes() { return record; }
    public AttendanceDto getAttendance() { return present; }
    public List<DeclarationDto> getDeclarations() { return declared; }
    public List<ActionLogEntryDto> getActions() { return log; }
}
