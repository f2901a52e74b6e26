package uk.gov.hwb.board.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.hwb.board.api.DecisionDto;
import uk.gov.hwb.board.api.Decisions;
import uk.gov.hwb.board.api.MinutesStatus;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.control.MeetingRecords;
import uk.gov.hwb.board.control.MeetingStates;
import uk.gov.hwb.board.control.MinutesRules;
import uk.gov.hwb.board.entity.AgendaItem;
import uk.gov.hwb.board.entity.ItemMinute;
import uk.gov.hwb.board.entity.Meeting;
import uk.gov.hwb.board.entity.Resolution;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The decisions register, read from the resolutions of announced meetings as soon as they are
 * recorded. Confidential decisions show only their existence, exemption and public summary to
 * those who may not see them.
 */
@Stateless
@Facade
public class DecisionsService implements Decisions {

    private static final String FROM = " from Resolution r join r.meeting m join m.body b join r.item i where " + MeetingStates.ANNOUNCED;

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    MeetingRecords records;

    @Override
    public Page<DecisionDto> decisions(Query query, Viewer viewer, PageRequest page) {
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw new InvalidInputException("to", "must not be before from");
        }
        StringBuilder where = new StringBuilder(FROM);
        if (query.bodyId() != null) {
            where.append(" and b.id = :body");
        }
        if (query.from() != null) {
            where.append(" and m.start >= :from");
        }
        if (query.to() != null) {
            where.append(" and m.start < :to");
        }
        if (query.keyDecision() != null) {
            where.append(" and i.keyDecision = :key");
        }
        TypedQuery<Resolution> list = em.createQuery("select r" + where + " order by m.start desc, m.id, i.position, r.position", Resolution.class);
        TypedQuery<Long> count = em.createQuery("select count(r)" + where, Long.class);
        for (TypedQuery<?> q : List.of(list, count)) {
            if (query.bodyId() != null) {
                q.setParameter("body", query.bodyId());
            }
            if (query.from() != null) {
                q.setParameter("from", query.from().atStartOfDay(CouncilCalendar.ZONE).toOffsetDateTime());
            }
            if (query.to() != null) {
                q.setParameter("to", query.to().plusDays(1).atStartOfDay(CouncilCalendar.ZONE).toOffsetDateTime());
            }
            if (query.keyDecision() != null) {
                q.setParameter("key", query.keyDecision());
            }
        }
        Map<Long, Boolean> sees = new HashMap<>();
        List<DecisionDto> items = list.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                .map(r -> toDto(r, sees.computeIfAbsent(r.getMeeting().getBody().getId(), b -> records.seesConfidential(r.getMeeting(), viewer))))
                .toList();
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }

    @Override
    public DecisionDto decision(long id, Viewer viewer) {
        Resolution resolution = em.find(Resolution.class, id);
        if (resolution == null || !MeetingStates.announced(resolution.getMeeting().getStatus()) && !viewer.isClerk()) {
            throw new NotFoundException("Decision", id);
        }
        return toDto(resolution, records.seesConfidential(resolution.getMeeting(), viewer));
    }

    private DecisionDto toDto(Resolution r, boolean seesConfidential) {
        Meeting meeting = r.getMeeting();
        AgendaItem item = r.getItem();
        boolean confidential = records.confidential(item);
        boolean withheld = confidential && !seesConfidential;
        String summary = confidential ? em.createQuery("select m from ItemMinute m where m.item = :i", ItemMinute.class).setParameter("i", item)
                .getResultStream().findFirst().map(ItemMinute::getPublicSummary).orElse(null) : null;
        MinutesStatus status = records.minutes(meeting.getId()).map(m -> m.getStatus()).orElse(MinutesStatus.DRAFT);
        return new DecisionDto(r.getId(), meeting.getId(), records.day(meeting), meeting.getBody().getId(), meeting.getBody().getName(), item.getId(),
                item.getPosition(), item.getTitle(), item.getPosition() + "." + r.getPosition(), item.isKeyDecision(),
                confidential ? Part.PART_2 : Part.PART_1, records.exemptionLabel(item), withheld ? null : MinutesRules.display(r.getText()), summary,
                withheld, status, r.getRecordedAt().atZoneSameInstant(CouncilCalendar.ZONE).toOffsetDateTime());
    }
}
