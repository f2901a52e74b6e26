package uk.gov.hwb.board.ui.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.hwb.board.api.Bodies;
import uk.gov.hwb.board.api.BodyDto;
import uk.gov.hwb.board.api.MeetingDto;
import uk.gov.hwb.board.api.MeetingPhase;
import uk.gov.hwb.board.api.MeetingStatus;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The public meetings page: upcoming and past meetings, of all bodies or one ({@code ?body=}),
 * with the next meeting highlighted. Drafts are not announced.
 */
@Named
@RequestScoped
public class PublicMeetingsView {

    private static final int PAST_SHOWN = 50;

    @Inject
    Bodies bodies;

    @Inject
    Meetings meetings;

    private Long bodyId;
    private List<BodyDto> allBodies;
    private final List<MeetingDto> upcoming = new ArrayList<>();
    private final List<MeetingDto> past = new ArrayList<>();
    private final Map<Long, MeetingPhase> phases = new HashMap<>();

    @PostConstruct
    void load() {
        allBodies = bodies.bodies();
    }

    /** Called by f:viewAction once the body parameter is set. */
    public void find() {
        LocalDate today = LocalDate.now(CouncilCalendar.ZONE);
        upcoming.addAll(meetings.meetings(bodyId, today, null, Viewer.anonymous(), new PageRequest(0, 100)).items());
        long pastCount = meetings.meetings(bodyId, null, today.minusDays(1), Viewer.anonymous(), new PageRequest(0, 1)).total();
        var latest = meetings.meetings(bodyId, null, today.minusDays(1), Viewer.anonymous(),
                new PageRequest((int) Math.max(0, pastCount - PAST_SHOWN), PAST_SHOWN)).items();
        for (int i = latest.size() - 1; i >= 0; i--) {
            past.add(latest.get(i));
        }
        List<Long> ids = new ArrayList<>();
        upcoming.forEach(m -> ids.add(m.id()));
        past.forEach(m -> ids.add(m.id()));
        phases.putAll(meetings.phases(ids));
    }

    /** Where a meeting stands, in words that agree with its own page ("Agenda published", "Held"). */
    public MeetingPhase phase(MeetingDto meeting) {
        return phases.get(meeting.id());
    }

    /** The first upcoming meeting that is going ahead. */
    public MeetingDto getNext() {
        return upcoming.stream().filter(m -> m.status() != MeetingStatus.CANCELLED).findFirst().orElse(null);
    }

    public Long getBodyId() { return bodyId; }
    public void setBodyId(Long bodyId) { this.bodyId = bodyId; }
    public List<BodyDto> getBodies() { return allBodies; }
    public List<MeetingDto> getUpcoming() { return upcoming; }
    public List<MeetingDto> getPast() { return past; }

    public String getBodyName() {
        return allBodies.stream().filter(b -> b.id().equals(bodyId)).map(BodyDto::name).findFirst().orElse(null);
    }
}
