package uk.gov.hwb.send.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.people.OrganisationDto;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.period.ReportingPeriod;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.ActionChanges;
import uk.gov.hwb.send.api.ActionDto;
import uk.gov.hwb.send.api.Actions;
import uk.gov.hwb.send.api.MilestoneDto;
import uk.gov.hwb.send.api.MilestoneInput;
import uk.gov.hwb.send.api.NewAction;
import uk.gov.hwb.send.api.ProgressNoteDto;
import uk.gov.hwb.send.api.ProgressNoteInput;
import uk.gov.hwb.send.control.ActionRules;
import uk.gov.hwb.send.control.InspectionWindows;
import uk.gov.hwb.send.control.PlainText;
import uk.gov.hwb.send.control.PlanYears;
import uk.gov.hwb.send.control.SendAccess;
import uk.gov.hwb.send.entity.Milestone;
import uk.gov.hwb.send.entity.PlanAction;
import uk.gov.hwb.send.entity.ProgressNote;
import uk.gov.hwb.send.entity.Recommendation;

/**
 * The strategic action plan: actions per recommendation with their owners, milestones by plan year,
 * status and progress notes. The SEND lead changes them; readers see them with overdue milestones
 * worked out for today. Lists are read in three queries (actions, milestones, notes), whatever their length.
 */
@Stateless
@Facade
public class ActionsService implements Actions {

    @PersistenceContext(unitName = "send")
    EntityManager em;

    @Inject
    SendAccess access;

    @Inject
    InspectionWindows windows;

    @Inject
    People people;

    @Override
    public List<ActionDto> actions(long recommendationId, Viewer viewer) {
        access.requireReader(viewer);
        findRecommendation(recommendationId);
        return toDtos(em.createQuery("select a from PlanAction a join fetch a.recommendation"
                + " where a.recommendation.id = :r order by a.number", PlanAction.class).setParameter("r", recommendationId).getResultList());
    }

    @Override
    public List<ActionDto> plan(Viewer viewer) {
        access.requireReader(viewer);
        return toDtos(em.createQuery("select a from PlanAction a join fetch a.recommendation"
                + " order by a.recommendation.inspection.startDate desc, a.recommendation.number, a.number", PlanAction.class).getResultList());
    }

    @Override
    public ActionDto action(long id, Viewer viewer) {
        access.requireReader(viewer);
        return toDtos(List.of(find(id))).get(0);
    }

    @Override
    public ActionDto add(long recommendationId, NewAction input, Viewer viewer) {
        access.requireEditor(viewer);
        Recommendation recommendation = findRecommendation(recommendationId);
        List<FieldError> errors = new ArrayList<>();
        Owner owner = owner(input.ownerPersonId(), input.ownerOrganisationId(), errors);
        LocalDate today = LocalDate.now(CouncilCalendar.ZONE);
        List<ActionRules.CheckedMilestone> milestones = ActionRules.milestones(input.milestones(),
                windows.planYears(recommendation.getInspection()), today, errors);
        for (int i = 0; input.milestones() != null && i < input.milestones().size(); i++) {
            MilestoneInput m = input.milestones().get(i);
            if (m != null && m.id() != null) {
                errors.add(new FieldError("milestones[" + i + "].id", "a new action's milestones are new: leave the id out"));
            }
        }
        String title = PlainText.line(input.title());
        if (title.isEmpty()) {
            errors.add(new FieldError("title", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Integer last = em.createQuery("select max(a.number) from PlanAction a where a.recommendation = :r", Integer.class)
                .setParameter("r", recommendation).getSingleResult();
        PlanAction action = new PlanAction(recommendation, last == null ? 1 : last + 1, title);
        action.setDescription(PlainText.paragraphs(input.description()));
        action.setOwnerPerson(owner.personId(), owner.personName());
        action.setOwnerOrganisation(owner.organisationId(), owner.organisationName());
        action.setStatus(input.status() == null ? ProgressStatus.NOT_STARTED : input.status());
        em.persist(action);
        for (ActionRules.CheckedMilestone m : milestones) {
            Milestone milestone = new Milestone(action);
            apply(m, milestone);
            em.persist(milestone);
        }
        em.flush();
        return toDtos(List.of(action)).get(0);
    }

    @Override
    public ActionDto update(long id, ActionChanges input, Viewer viewer) {
        access.requireEditor(viewer);
        PlanAction action = find(id);
        Validations.requireVersion("Action " + action.code(), input.version(), action.getVersion());
        List<FieldError> errors = new ArrayList<>();
        Owner owner = owner(input.ownerPersonId(), input.ownerOrganisationId(), errors);
        LocalDate today = LocalDate.now(CouncilCalendar.ZONE);
        List<ActionRules.CheckedMilestone> milestones = ActionRules.milestones(input.milestones(),
                windows.planYears(action.getRecommendation().getInspection()), today, errors);
        Map<Long, Milestone> stored = milestones(Set.of(action.getId())).stream().collect(Collectors.toMap(Milestone::getId, m -> m));
        for (int i = 0; input.milestones() != null && i < input.milestones().size(); i++) {
            MilestoneInput m = input.milestones().get(i);
            if (m != null && m.id() != null && !stored.containsKey(m.id())) {
                errors.add(new FieldError("milestones[" + i + "].id", "this action has no milestone " + m.id()));
            }
        }
        String title = PlainText.line(input.title());
        if (title.isEmpty()) {
            errors.add(new FieldError("title", "is required"));
        }
        ProgressNoteInput noteInput = input.note();
        boolean noteGiven = noteInput != null && !PlainText.line(noteInput.text()).isEmpty();
        ReportingPeriod quarter = null;
        if (noteInput != null && (noteGiven || noteInput.period() != null && !noteInput.period().isBlank())) {
            if (!noteGiven) {
                errors.add(new FieldError("note.text", "is required: what happened in the quarter"));
            } else if (PlainText.line(noteInput.text()).length() > 4000) {
                errors.add(new FieldError("note.text", "must be at most 4000 characters"));
            }
            try {
                quarter = ActionRules.quarter(noteInput.period());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("note.period", e.getMessage()));
            }
        }
        FieldError missingNote = ActionRules.statusNeedsNote(action.getStatus(), input.status(), noteGiven);
        if (missingNote != null) {
            errors.add(missingNote);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // Milestones and notes are the action's too: any change moves its version on, so a stale copy is refused.
        em.lock(action, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        action.setTitle(title);
        action.setDescription(PlainText.paragraphs(input.description()));
        action.setOwnerPerson(owner.personId(), owner.personName());
        action.setOwnerOrganisation(owner.organisationId(), owner.organisationName());
        action.setStatus(input.status());
        Set<Long> kept = milestones.stream().map(ActionRules.CheckedMilestone::id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        for (Milestone m : stored.values()) {
            if (!kept.contains(m.getId())) {
                em.remove(m);
            }
        }
        for (ActionRules.CheckedMilestone m : milestones) {
            Milestone milestone = m.id() == null ? new Milestone(action) : stored.get(m.id());
            apply(m, milestone);
            if (m.id() == null) {
                em.persist(milestone);
            }
        }
        if (noteGiven) {
            em.persist(new ProgressNote(action, quarter, input.status(), PlainText.line(noteInput.text()), viewer.username(),
                    OffsetDateTime.now(CouncilCalendar.ZONE)));
        }
        em.flush();
        return toDtos(List.of(action)).get(0);
    }

    private static void apply(ActionRules.CheckedMilestone m, Milestone milestone) {
        milestone.setPlanYear(m.planYear());
        milestone.setDescription(m.description());
        milestone.setDueOn(m.dueOn());
        milestone.setCompletedOn(m.completedOn());
    }

    /** The owner as given: a person (whose organisation is taken unless another is named) and/or an organisation. */
    private record Owner(Long personId, String personName, Long organisationId, String organisationName) {
    }

    private Owner owner(Long personId, Long organisationId, List<FieldError> errors) {
        PersonDto person = null;
        if (personId != null) {
            person = people.findPerson(personId).orElse(null);
            if (person == null) {
                errors.add(new FieldError("ownerPersonId", "no person has id " + personId));
            }
        }
        Long orgId = organisationId;
        String orgName = null;
        if (organisationId != null) {
            try {
                OrganisationDto organisation = people.organisation(organisationId);
                orgName = organisation.name();
            } catch (NotFoundException e) {
                errors.add(new FieldError("ownerOrganisationId", "no organisation has id " + organisationId));
            }
        } else if (person != null) {
            orgId = person.organisationId();
            orgName = person.organisationName();
        }
        return new Owner(personId, person == null ? null : person.name(), orgId, orgName);
    }

    private List<ActionDto> toDtos(List<PlanAction> actions) {
        if (actions.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = actions.stream().map(PlanAction::getId).collect(Collectors.toSet());
        Map<Long, List<Milestone>> milestones = milestones(ids).stream().collect(Collectors.groupingBy(m -> m.getAction().getId()));
        Map<Long, List<ProgressNote>> notes = em.createQuery("select n from ProgressNote n where n.action.id in :ids", ProgressNote.class)
                .setParameter("ids", ids).getResultList().stream().collect(Collectors.groupingBy(n -> n.getAction().getId()));
        LocalDate today = LocalDate.now(CouncilCalendar.ZONE);
        Map<Long, PlanYears> years = new HashMap<>();
        List<ActionDto> dtos = new ArrayList<>();
        for (PlanAction a : actions) {
            PlanYears plan = years.computeIfAbsent(a.getRecommendation().getInspection().getId(),
                    i -> windows.planYears(a.getRecommendation().getInspection()));
            List<MilestoneDto> ms = milestones.getOrDefault(a.getId(), List.of()).stream()
                    .sorted(Comparator.comparingInt(Milestone::getPlanYear).thenComparing(Milestone::getDueOn).thenComparing(Milestone::getId))
                    .map(m -> new MilestoneDto(m.getId(), m.getPlanYear(), plan.label(m.getPlanYear()), m.getDescription(), m.getDueOn(),
                            m.getCompletedOn(), ActionRules.overdue(m.getDueOn(), m.getCompletedOn(), today),
                            ActionRules.state(m.getDueOn(), m.getCompletedOn(), today))).toList();
            List<ProgressNoteDto> ns = notes.getOrDefault(a.getId(), List.of()).stream()
                    .sorted(Comparator.comparing(ProgressNote::getPeriod).thenComparing(ProgressNote::getWrittenAt).reversed())
                    .map(n -> new ProgressNoteDto(n.getId(), n.getPeriod().label(), n.getStatus(), n.getStatus().label(), n.getText(),
                            n.getAuthor(), n.getWrittenAt())).toList();
            dtos.add(new ActionDto(a.getId(), a.getRecommendation().getId(), a.getRecommendation().getNumber(), a.code(), a.getTitle(),
                    a.getDescription(), a.getOwnerPersonId(), a.getOwnerName(), a.getOwnerOrganisationId(), a.getOwnerOrganisation(),
                    a.getStatus(), a.getStatus().label(), ms, ns, (int) ms.stream().filter(MilestoneDto::overdue).count(), a.getVersion()));
        }
        return dtos;
    }

    private List<Milestone> milestones(Set<Long> actionIds) {
        return em.createQuery("select m from Milestone m where m.action.id in :ids", Milestone.class).setParameter("ids", actionIds).getResultList();
    }

    private PlanAction find(long id) {
        List<PlanAction> found = em.createQuery("select a from PlanAction a join fetch a.recommendation where a.id = :id",
                PlanAction.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("Action", id);
        }
        return found.get(0);
    }

    private Recommendation findRecommendation(long id) {
        Recommendation recommendation = em.find(Recommendation.class, id);
        if (recommendation == null) {
            throw new NotFoundException("Recommendation", id);
        }
        return recommendation;
    }
}
