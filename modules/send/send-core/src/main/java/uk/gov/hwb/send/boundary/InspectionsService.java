package uk.gov.hwb.send.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.InspectionChanges;
import uk.gov.hwb.send.api.InspectionDto;
import uk.gov.hwb.send.api.InspectionFramework;
import uk.gov.hwb.send.api.InspectionOutcome;
import uk.gov.hwb.send.api.Inspections;
import uk.gov.hwb.send.api.Inspectorate;
import uk.gov.hwb.send.api.NewInspection;
import uk.gov.hwb.send.api.NewRecommendation;
import uk.gov.hwb.send.api.RecommendationChanges;
import uk.gov.hwb.send.api.RecommendationDto;
import uk.gov.hwb.send.control.InspectionWindows;
import uk.gov.hwb.send.control.NextInspection;
import uk.gov.hwb.send.control.PlainText;
import uk.gov.hwb.send.control.SendAccess;
import uk.gov.hwb.send.entity.Inspection;
import uk.gov.hwb.send.entity.Recommendation;

/**
 * The inspections and their recommendations: who may read and change them is checked here, and the
 * dates must make sense together (the inspection ends after it starts, the report follows the
 * inspection, an outcome comes with the published report).
 */
@Stateless
@Facade
public class InspectionsService implements Inspections {

    @PersistenceContext(unitName = "send")
    EntityManager em;

    @Inject
    SendAccess access;

    @Inject
    InspectionWindows windows;

    @Override
    public List<InspectionDto> inspections(Viewer viewer) {
        access.requireReader(viewer);
        List<Inspection> all = em.createQuery("select distinct i from Inspection i left join fetch i.inspectorates", Inspection.class).getResultList();
        Map<Long, Long> counts = recommendationCounts();
        return all.stream().sorted(Comparator.comparing(Inspection::getStartDate).reversed().thenComparing(Inspection::getId))
                .map(i -> toDto(i, counts.getOrDefault(i.getId(), 0L).intValue())).toList();
    }

    @Override
    public InspectionDto inspection(long id, Viewer viewer) {
        access.requireReader(viewer);
        return toDto(find(id), recommendationCounts().getOrDefault(id, 0L).intValue());
    }

    @Override
    public InspectionDto create(NewInspection input, Viewer viewer) {
        access.requireEditor(viewer);
        check(input.startDate(), input.endDate(), input.publishedOn(), input.outcome(), input.framework());
        Inspection inspection = new Inspection(input.framework(), input.startDate(), input.endDate());
        inspection.setInspectorates(input.inspectorates());
        inspection.setPublishedOn(input.publishedOn());
        inspection.setOutcome(input.outcome());
        em.persist(inspection);
        em.flush();
        return toDto(inspection, 0);
    }

    @Override
    public InspectionDto update(long id, InspectionChanges input, Viewer viewer) {
        access.requireEditor(viewer);
        Inspection inspection = find(id);
        Validations.requireVersion("Inspection " + id, input.version(), inspection.getVersion());
        check(input.startDate(), input.endDate(), input.publishedOn(), input.outcome(), input.framework());
        inspection.setInspectorates(input.inspectorates());
        inspection.setFramework(input.framework());
        inspection.setStartDate(input.startDate());
        inspection.setEndDate(input.endDate());
        inspection.setPublishedOn(input.publishedOn());
        inspection.setOutcome(input.outcome());
        em.flush();
        return toDto(inspection, recommendationCounts().getOrDefault(id, 0L).intValue());
    }

    @Override
    public List<RecommendationDto> recommendations(long inspectionId, Viewer viewer) {
        access.requireReader(viewer);
        find(inspectionId);
        List<Recommendation> recommendations = em.createQuery(
                "select r from Recommendation r where r.inspection.id = :i order by r.number", Recommendation.class)
                .setParameter("i", inspectionId).getResultList();
        return toDtos(recommendations);
    }

    @Override
    public RecommendationDto recommendation(long id, Viewer viewer) {
        access.requireReader(viewer);
        return toDtos(List.of(findRecommendation(id))).get(0);
    }

    @Override
    public RecommendationDto addRecommendation(long inspectionId, NewRecommendation input, Viewer viewer) {
        access.requireEditor(viewer);
        Inspection inspection = find(inspectionId);
        boolean taken = em.createQuery("select count(r) from Recommendation r where r.inspection = :i and r.number = :n", Long.class)
                .setParameter("i", inspection).setParameter("n", input.number()).getSingleResult() > 0;
        String text = PlainText.line(input.text());
        List<FieldError> errors = new ArrayList<>();
        if (taken) {
            errors.add(new FieldError("number", "this inspection has a recommendation " + input.number() + " already"));
        }
        if (text.isEmpty()) {
            errors.add(new FieldError("text", "is required: the recommendation as the report words it"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Recommendation recommendation = new Recommendation(inspection, input.number(), text);
        em.persist(recommendation);
        em.flush();
        return toDtos(List.of(recommendation)).get(0);
    }

    @Override
    public RecommendationDto updateRecommendation(long id, RecommendationChanges input, Viewer viewer) {
        access.requireEditor(viewer);
        Recommendation recommendation = findRecommendation(id);
        Validations.requireVersion("Recommendation " + id, input.version(), recommendation.getVersion());
        String text = PlainText.line(input.text());
        if (text.isEmpty()) {
            throw new InvalidInputException("text", "is required: the recommendation as the report words it");
        }
        recommendation.setText(text);
        em.flush();
        return toDtos(List.of(recommendation)).get(0);
    }

    @Override
    public boolean mayRead(Viewer viewer) {
        return access.mayRead(viewer);
    }

    @Override
    public boolean mayEdit(Viewer viewer) {
        return access.mayEdit(viewer);
    }

    private static void check(LocalDate start, LocalDate end, LocalDate published, InspectionOutcome outcome, InspectionFramework framework) {
        List<FieldError> errors = new ArrayList<>();
        if (end.isBefore(start)) {
            errors.add(new FieldError("endDate", "is before the start date " + start));
        }
        if (published != null && published.isBefore(end)) {
            errors.add(new FieldError("publishedOn", "is before the inspection ended (" + end + "); the report follows the inspection"));
        }
        if (published != null && published.isAfter(LocalDate.now(CouncilCalendar.ZONE))) {
            errors.add(new FieldError("publishedOn", "is in the future; record it once the report is out"));
        }
        if (outcome != null && published == null) {
            errors.add(new FieldError("publishedOn", "is required with the outcome: the outcome is the published report's"));
        }
        if (framework != InspectionFramework.AREA_SEND_2023) {
            errors.add(new FieldError("framework", "must be AREA_SEND_2023"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private InspectionDto toDto(Inspection i, int recommendations) {
        NextInspection.Window window = windows.window(i);
        List<Inspectorate> inspectorates = i.getInspectorates().stream().sorted().toList();
        InspectionOutcome outcome = i.getOutcome();
        return new InspectionDto(i.getId(), inspectorates, inspectorates.stream().map(Inspectorate::label).collect(Collectors.joining(" and ")),
                i.getFramework(), i.getFramework().label(), i.getStartDate(), i.getEndDate(), i.getPublishedOn(), outcome,
                outcome == null ? null : outcome.number(), outcome == null ? null : outcome.label(), window.fullBy(), window.monitoringBy(),
                window.sentence(), window.actionPlanDue(), recommendations, i.getVersion());
    }

    private List<RecommendationDto> toDtos(List<Recommendation> recommendations) {
        if (recommendations.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = recommendations.stream().map(Recommendation::getId).collect(Collectors.toSet());
        Map<Long, Long> actions = new HashMap<>();
        for (Object[] row : em.createQuery("select a.recommendation.id, count(a) from PlanAction a where a.recommendation.id in :ids"
                + " group by a.recommendation.id", Object[].class).setParameter("ids", ids).getResultList()) {
            actions.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, Long> overdue = new HashMap<>();
        for (Object[] row : em.createQuery("select m.action.recommendation.id, count(m) from Milestone m where m.action.recommendation.id in :ids"
                + " and m.completedOn is null and m.dueOn < :today group by m.action.recommendation.id", Object[].class)
                .setParameter("ids", ids).setParameter("today", LocalDate.now(CouncilCalendar.ZONE)).getResultList()) {
            overdue.put((Long) row[0], (Long) row[1]);
        }
        return recommendations.stream().map(r -> new RecommendationDto(r.getId(), r.getInspection().getId(), r.getNumber(), r.getText(),
                actions.getOrDefault(r.getId(), 0L).intValue(), overdue.getOrDefault(r.getId(), 0L).intValue(), r.getVersion())).toList();
    }

    private Map<Long, Long> recommendationCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select r.inspection.id, count(r) from Recommendation r group by r.inspection.id", Object[].class)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private Inspection find(long id) {
        Inspection inspection = em.find(Inspection.class, id);
        if (inspection == null) {
            throw new NotFoundException("Inspection", id);
        }
        return inspection;
    }

    private Recommendation findRecommendation(long id) {
        Recommendation recommendation = em.find(Recommendation.class, id);
        if (recommendation == null) {
            throw new NotFoundException("Recommendation", id);
        }
        return recommendation;
    }
}
