package uk.gov.hwb.board.ui.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import uk.gov.hwb.board.api.MeetingDto;
import uk.gov.hwb.board.api.MeetingPhase;
import uk.gov.hwb.board.api.MeetingStateDto;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.board.api.PackVariant;
import uk.gov.hwb.board.api.Publications;
import uk.gov.hwb.board.api.PublishedMeetingDto;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.security.Viewer;

/**
 * A meeting's public page: details as they are now, the agenda and papers as last published, and
 * confidential content only for members of the body and democratic services.
 */
@Named
@RequestScoped
public class PublicMeetingView {

    @Inject
    Meetings meetings;

    @Inject
    Publications publications;

    @Inject
    Viewer viewer;

    @Inject
    uk.gov.hwb.board.api.Packs packs;

    private Long id;
    private MeetingDto meeting;
    private MeetingStateDto state;
    private PublishedMeetingDto published;
    private String notFound;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        try {
            if (id == null) {
                throw new NotFoundException("No meeting was asked for.");
            }
            state = meetings.state(id, viewer); // refuses a draft to anyone but democratic services
            meeting = meetings.meeting(id, viewer);
            published = publications.published(id, viewer).orElse(null);
        } catch (RuntimeException e) {
            meeting = null;
            notFound = "There is no meeting here. It may have been removed, or the address is wrong.";
        }
    }

    /** The public pack's accessibility statement: tagged throughout, or which documents in it are not. */
    public String getAccessibility() {
        try {
            return meeting == null ? null : packs.accessibility(id, uk.gov.hwb.board.api.PackVariant.PUBLIC, viewer).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public boolean isCancelled() {
        return state != null && state.phase() == MeetingPhase.CANCELLED;
    }

    /** The packs there are to link (none that would only say "not found"), in their usual order. */
    public List<PackVariant> getPacks() {
        return state == null ? List.of() : Arrays.stream(PackVariant.values()).filter(state.packs()::contains).toList();
    }

    /** Why the latest version corrected the papers of a held meeting, if it did. */
    public String getCorrection() {
        return state == null || state.versions().isEmpty() ? null : state.versions().get(state.versions().size() - 1).correctionReason();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MeetingDto getMeeting() { return meeting; }
    public MeetingStateDto getState() { return state; }
    public PublishedMeetingDto getPublished() { return published; }
    public String getNotFound() { return notFound; }
}
