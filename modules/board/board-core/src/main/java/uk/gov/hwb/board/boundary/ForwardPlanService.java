package uk.gov.hwb.board.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.hwb.board.api.ForwardPlan;
import uk.gov.hwb.board.api.ForwardPlanChanges;
import uk.gov.hwb.board.api.ForwardPlanEntryDto;
import uk.gov.hwb.board.api.ForwardPlanStatus;
import uk.gov.hwb.board.api.NewForwardPlanEntry;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.control.AgendaRules;
import uk.gov.hwb.board.control.ForwardPlanDocument;
import uk.gov.hwb.board.control.KeyDecisionChecks;
import uk.gov.hwb.board.control.KeyDecisionRules;
import uk.gov.hwb.board.control.MeetingRecords;
import uk.gov.hwb.board.entity.AgendaItem;
import uk.gov.hwb.board.entity.Body;
import uk.gov.hwb.board.entity.ForwardPlanEntry;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.RefusedException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The executive's forward plan of key decisions. Everything on it is a public notice, so it is
 * public to read; democratic services keep it. The notice date is the day an entry is first saved
 * (the plan is published as it is kept) and never changes.
 */
@Stateless
@Facade
public class ForwardPlanService implements ForwardPlan {

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    MeetingRecords records;

    @Inject
    ForwardPlanDocument document;

    @Override
    public List<ForwardPlanEntryDto> entries(Long bodyId, boolean includeClosed, Viewer viewer) {
        if (bodyId != null && em.find(Body.class, bodyId) == null) {
            throw new NotFoundException("Body", bodyId);
        }
        String where = " where 1 = 1" + (bodyId == null ? "" : " and e.body.id = :b") + (includeClosed ? "" : " and e.status = :planned");
        var query = em.createQuery("select e from ForwardPlanEntry e join fetch e.body" + where + " order by e.decisionDue, e.id", ForwardPlanEntry.class);
        if (bodyId != null) {
            query.setParameter("b", bodyId);
        }
        if (!includeClosed) {
            query.setParameter("planned", ForwardPlanStatus.PLANNED);
        }
        return query.getResultList().stream().map(this::toDto).toList();
    }

    @Override
    public ForwardPlanEntryDto entry(long id, Viewer viewer) {
        return toDto(find(id));
    }

    @Override
    public ForwardPlanEntryDto add(NewForwardPlanEntry input, Viewer viewer) {
        records.requireClerk(viewer, "keep the forward plan");
        Body body = em.find(Body.class, input.bodyId());
        if (body == null) {
            throw new InvalidInputException("bodyId", "no body has id " + input.bodyId());
        }
        if (!body.isExecutive()) {
            throw RefusedException.unprocessable("not-executive", "bodyId", "The " + body.getName() + " is not an executive decision maker:"
                    + " the forward plan lists the executive's key decisions (a committee's key decision flag is for information).");
        }
        Part part = input.part() == null ? Part.PART_1 : input.part();
        List<FieldError> errors = new ArrayList<>(AgendaRules.problems(part, input.exemptParagraph(), false, null));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ForwardPlanEntry entry = new ForwardPlanEntry(body, LocalDate.now(CouncilCalendar.ZONE), viewer.username());
        describe(entry, input.title(), input.matter(), input.decisionDue(), input.keyDecision(), part, input.exemptParagraph(),
                input.decisionMaker(), input.leadOfficer(), input.documents());
        em.persist(entry);
        em.flush();
        return toDto(entry);
    }

    @Override
    public ForwardPlanEntryDto update(long id, ForwardPlanChanges input, Viewer viewer) {
        records.requireClerk(viewer, "keep the forward plan");
        ForwardPlanEntry entry = find(id);
        Validations.requireVersion("Forward plan entry " + id, input.version(), entry.getVersion());
        Part part = input.part() == null ? Part.PART_1 : input.part();
        List<FieldError> errors = new ArrayList<>(AgendaRules.problems(part, input.exemptParagraph(), false, null));
        AgendaItem item = null;
        if (input.itemId() != null) {
            item = em.find(AgendaItem.class, input.itemId());
            if (item == null || !item.getMeeting().getBody().getId().equals(entry.getBody().getId())) {
                errors.add(new FieldError("itemId", "no agenda item of a meeting of the " + entry.getBody().getName() + " has id " + input.itemId()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        describe(entry, input.title(), input.matter(), input.decisionDue(), input.keyDecision(), part, input.exemptParagraph(),
                input.decisionMaker(), input.leadOfficer(), input.documents());
        entry.setItem(item);
        if (input.status() != null) {
            entry.setStatus(input.status());
        }
        var ge = input.generalException();
        entry.generalException(ge == null ? null : ge.scrutinyChairInformedOn(), ge == null ? null : ge.publicNoticeOn(),
                ge == null ? null : ge.reasons().strip());
        var su = input.specialUrgency();
        entry.specialUrgency(su == null ? null : su.agreedBy(), su == null ? null : su.agreedByName().strip(), su == null ? null : su.agreedOn(),
                su == null ? null : su.reasons().strip());
        em.flush();
        return toDto(entry);
    }

    @Override
    public byte[] pdf(Long bodyId, Viewer viewer) {
        return document.render(entries(bodyId, false, viewer), bodyId == null ? null : em.find(Body.class, bodyId).getName());
    }

    private ForwardPlanEntry find(long id) {
        ForwardPlanEntry entry = em.find(ForwardPlanEntry.class, id);
        if (entry == null) {
            throw new NotFoundException("Forward plan entry", id);
        }
        return entry;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private ForwardPlanEntryDto toDto(ForwardPlanEntry e) {
        AgendaItem item = e.getItem();
        LocalDate meetingDay = item == null ? null : records.day(item.getMeeting());
        LocalDate decision = meetingDay != null ? meetingDay : e.getDecisionDue();
        KeyDecisionRules.Assessment assessment = e.isKeyDecision()
                ? KeyDecisionRules.assess(decision, e.getNoticeDate(), KeyDecisionChecks.exception(e), KeyDecisionChecks.urgency(e)) : null;
        var ge = e.getPublicNoticeOn() == null ? null
                : new ForwardPlanChanges.GeneralException(e.getScrutinyChairInformedOn(), e.getPublicNoticeOn(), e.getGeneralExceptionReasons());
        var su = e.getUrgencyAgreedBy() == null ? null
                : new ForwardPlanChanges.SpecialUrgency(e.getUrgencyAgreedBy(), e.getUrgencyAgreedByName(), e.getUrgencyAgreedOn(), e.getUrgencyReasons());
        return new ForwardPlanEntryDto(e.getId(), e.getBody().getId(), e.getBody().getName(), e.getTitle(), e.getMatter(), e.getDecisionDue(),
                e.isKeyDecision(), e.getPart(), e.getExemptParagraph(), AgendaRules.exemptionLabel(e.getPart(), e.getExemptParagraph()),
                e.getDecisionMaker(), e.getLeadOfficer(), e.getDocuments(), e.getNoticeDate(), KeyDecisionRules.earliestDecision(e.getNoticeDate()),
                item == null ? null : item.getId(), item == null ? null : item.getMeeting().getId(), meetingDay, e.getStatus(), ge, su,
                assessment == null ? null : assessment.basis(),
                assessment == null || assessment.allowed() || e.getStatus() == ForwardPlanStatus.WITHDRAWN ? null : assessment.explanation(), e.getVersion());
    }

    /** What a notice says of the decision, as created and as changed. */
    private static void describe(ForwardPlanEntry entry, String title, String matter, LocalDate decisionDue, boolean keyDecision, Part part,
            Integer exemptParagraph, String decisionMaker, String leadOfficer, String documents) {
        entry.setTitle(title.strip());
        entry.setMatter(text(matter));
        entry.setDecisionDue(decisionDue);
        entry.setKeyDecision(keyDecision);
        entry.setPart(part);
        entry.setExemptParagraph(exemptParagraph);
        entry.setDecisionMaker(text(decisionMaker));
        entry.setLeadOfficer(text(leadOfficer));
        entry.setDocuments(text(documents));
    }
}
