package uk.gov.hwb.board.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.gov.hwb.board.api.ApproveMinutes;
import uk.gov.hwb.board.api.MeetingDto;
import uk.gov.hwb.board.api.MeetingStatus;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.board.api.Minutes;
import uk.gov.hwb.board.api.MinutesDto;
import uk.gov.hwb.board.api.MinutesDto.ItemMinuteDto;
import uk.gov.hwb.board.api.MinutesStatus;
import uk.gov.hwb.board.api.RecordMinutes;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The minutes editor beside the agenda, item by item and keyboard-first: the agenda on the left
 * (each item a button), the item being minuted on the right (special circumstances of a late item,
 * the minute, resolutions one per line, the vote, the public summary of confidential business);
 * "Save and next item" moves down the agenda. Approval is by resolution at a later meeting of
 * the same body.
 */
@Named
@ViewScoped
public class MinutesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Minutes minutes;

    @Inject
    transient Meetings meetings;

    @Inject
    transient Viewer viewer;

    private Long id;
    private MeetingDto meeting;
    private MinutesDto record;
    private int current;
    private String minute;
    private String resolutions;
    private Integer votesFor;
    private Integer votesAgainst;
    private Integer abstentions;
    private String publicSummary;
    private Long approveAt;
    private List<MeetingDto> later = new ArrayList<>();

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        try {
            meeting = meetings.meeting(id, viewer);
            record = minutes.minutes(id, viewer);
            current = Math.min(current, Math.max(0, record.items().size() - 1));
            edit(current);
            LocalDate after = meeting.start().atZoneSameInstant(CouncilCalendar.ZONE).toLocalDate();
            later = meetings.meetings(meeting.bodyId(), after, LocalDate.now(CouncilCalendar.ZONE), viewer, new PageRequest(0, 50)).items().stream()
                    .filter(m -> m.start().isAfter(meeting.start()) && m.status() != MeetingStatus.CANCELLED && m.status() != MeetingStatus.DRAFT).toList();
        } catch (RuntimeException e) {
            meeting = null;
            Messages.problem(e);
        }
    }

    /** Shows an item in the editor. */
    public void edit(int index) {
        if (record == null || record.items().isEmpty()) {
            return;
        }
        current = index;
        ItemMinuteDto item = record.items().get(index);
        minute = item.minute();
        resolutions = String.join("\n", item.resolutions().stream().map(r -> r.replaceFirst("^Resolved: ", "")).toList());
        votesFor = item.votes() == null ? null : item.votes().inFavour();
        votesAgainst = item.votes() == null ? null : item.votes().against();
        abstentions = item.votes() == null ? null : item.votes().abstentions();
        publicSummary = item.publicSummary();
    }

    public void save() {
        store(false);
    }

    public void saveAndNext() {
        store(true);
    }

    private void store(boolean next) {
        ItemMinuteDto item = getItem();
        try {
            List<String> lines = resolutions == null ? List.of()
                    : Arrays.stream(resolutions.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
            RecordMinutes.Votes votes = votesFor == null && votesAgainst == null && abstentions == null ? null
                    : new RecordMinutes.Votes(votesFor, votesAgainst, abstentions, item.votes() == null ? null : item.votes().named().stream()
                    .map(v -> new RecordMinutes.NamedVote(v.personId(), v.vote())).toList());
            record = minutes.record(id, new RecordMinutes(List.of(new RecordMinutes.ItemMinute(item.itemId(), minute,
                    item.minutesOfMeetingId() != null ? item.resolutions() : lines, votes, publicSummary)), record.version()), viewer);
            Messages.saved("Saved the minute of item " + item.number() + ".");
            if (next && current + 1 < record.items().size()) {
                current++;
            }
            edit(current);
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void approve() {
        try {
            record = minutes.approve(id, new ApproveMinutes(approveAt), viewer);
            Messages.saved("The minutes are approved as a correct record; the resolution is recorded at the later meeting.");
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public ItemMinuteDto getItem() {
        return record == null || record.items().isEmpty() ? null : record.items().get(current);
    }

    public boolean isEditable() {
        return viewer.isClerk() && record != null && record.status() == MinutesStatus.DRAFT;
    }

    public boolean isClerk() { return viewer.isClerk(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MeetingDto getMeeting() { return meeting; }
    public MinutesDto getRecord() { return record; }
    public int getCurrent() { return current; }
    public String getMinute() { return minute; }
    public void setMinute(String minute) { this.minute = minute; }
    public String getResolutions() { return resolutions; }
    public void setResolutions(String resolutions) { this.resolutions = resolutions; }
    public Integer getVotesFor() { return votesFor; }
    public void setVotesFor(Integer votesFor) { this.votesFor = votesFor; }
    public Integer getVotesAgainst() { return votesAgainst; }
    public void setVotesAgainst(Integer votesAgainst) { this.votesAgainst = votesAgainst; }
    public Integer getAbstentions() { return abstentions; }
    public void setAbstentions(Integer abstentions) { this.abstentions = abstentions; }
    public String getPublicSummary() { return publicSummary; }
    public void setPublicSummary(String publicSummary) { this.publicSummary = publicSummary; }
    public Long getApproveAt() { return approveAt; }
    public void setApproveAt(Long approveAt) { this.approveAt = approveAt; }
    public List<MeetingDto> getLater() { return later; }
}
