package uk.gov.hwb.send.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.period.FinancialYear;
import uk.gov.hwb.platform.problem.ConflictException;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.AnnualUpdateChanges;
import uk.gov.hwb.send.api.AnnualUpdateDto;
import uk.gov.hwb.send.api.AnnualUpdateEntry;
import uk.gov.hwb.send.api.AnnualUpdateEntryDto;
import uk.gov.hwb.send.api.AnnualUpdates;
import uk.gov.hwb.send.api.InspectionDto;
import uk.gov.hwb.send.api.Inspections;
import uk.gov.hwb.send.control.PlainText;
import uk.gov.hwb.send.control.SendAccess;
import uk.gov.hwb.send.control.SendPapers;
import uk.gov.hwb.send.entity.AnnualUpdate;
import uk.gov.hwb.send.entity.Inspection;
import uk.gov.hwb.send.entity.Recommendation;

/**
 * The annual update per recommendation and year. A year is named as the kernel names years
 * ({@link FinancialYear}: "2023/24", "2023-24" in addresses); its priorities are for the year after.
 * The year's update lists every recommendation of the latest inspection (and any other with an update
 * that year), written or not, so the SEND lead sees what is missing.
 */
@Stateless
@Facade
public class AnnualUpdatesService implements AnnualUpdates {

    static final int MAX_TEXT = 2000;

    @PersistenceContext(unitName = "send")
    EntityManager em;

    @Inject
    SendAccess access;

    @Inject
    SendPapers papers;

    @Inject
    Inspections inspections;

    @Override
    public List<String> years(Viewer viewer) {
        access.requireReader(viewer);
        return em.createQuery("select distinct u.startYear from AnnualUpdate u order by u.startYear desc", Integer.class).getResultStream()
                .map(y -> new FinancialYear(y).label().replace('/', '-')).toList();
    }

    @Override
    public AnnualUpdateDto year(String year, Viewer viewer) {
        access.requireReader(viewer);
        return toDto(parse(year));
    }

    @Override
    public AnnualUpdateDto save(String year, AnnualUpdateChanges changes, Viewer viewer) {
        access.requireEditor(viewer);
        FinancialYear fy = parse(year);
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<AnnualUpdateEntry> entries = changes.updates();
        Set<Long> ids = entries.stream().filter(java.util.Objects::nonNull).map(AnnualUpdateEntry::recommendationId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, Recommendation> recommendations = ids.isEmpty() ? Map.of() : em.createQuery(
                "select r from Recommendation r where r.id in :ids", Recommendation.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Recommendation::getId, Function.identity()));
        Map<Long, AnnualUpdate> stored = stored(fy).stream().collect(Collectors.toMap(u -> u.getRecommendation().getId(), Function.identity()));
        for (int i = 0; i < entries.size(); i++) {
            AnnualUpdateEntry entry = entries.get(i);
            String field = "updates[" + i + "]";
            if (entry == null) {
                errors.add(new FieldError(field, "is empty; leave it out instead"));
                continue;
            }
            if (entry.recommendationId() == null) {
                errors.add(new FieldError(field + ".recommendationId", "is required"));
            } else if (!recommendations.containsKey(entry.recommendationId())) {
                errors.add(new FieldError(field + ".recommendationId", "no recommendation has id " + entry.recommendationId()));
            } else if (!seen.add(entry.recommendationId())) {
                errors.add(new FieldError(field + ".recommendationId", "recommendation " + entry.recommendationId() + " appears twice"));
            }
            text(field + ".wanted", entry.wanted(), errors);
            text(field + ".difference", entry.difference(), errors);
            text(field + ".priority", entry.priority(), errors);
            List<String> did = PlainText.lines(entry.did());
            for (int j = 0; j < did.size(); j++) {
                if (did.get(j).length() > MAX_TEXT) {
                    errors.add(new FieldError(field + ".did[" + j + "]", "must be at most " + MAX_TEXT + " characters"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        for (AnnualUpdateEntry entry : entries) {
            AnnualUpdate update = stored.get(entry.recommendationId());
            Recommendation recommendation = recommendations.get(entry.recommendationId());
            if (update == null) {
                if (PlainText.optional(entry.wanted()) == null && PlainText.lines(entry.did()).isEmpty()
                        && PlainText.optional(entry.difference()) == null && PlainText.optional(entry.priority()) == null) {
                    continue; // nothing written for it yet
                }
                update = new AnnualUpdate(recommendation, fy.startYear());
            } else if (entry.version() == null) {
                throw new ConflictException("Recommendation " + recommendation.getNumber() + " has an update for " + fy.label()
                        + " already. Send the version you read to change it.");
            } else {
                Validations.requireVersion("The " + fy.label() + " update of recommendation " + recommendation.getNumber(), entry.version(),
                        update.getVersion());
            }
            update.setWanted(PlainText.optional(entry.wanted()));
            update.setDid(PlainText.lines(entry.did()));
            update.setDifference(PlainText.optional(entry.difference()));
            update.setPriority(PlainText.optional(entry.priority()));
            if (update.getId() == null) {
                em.persist(update);
            }
        }
        em.flush();
        return toDto(fy);
    }

    @Override
    public GeneratedDocument document(String year, Viewer viewer) {
        AnnualUpdateDto update = year(year, viewer);
        if (update.updates().stream().allMatch(u -> u.version() == null)) {
            throw new NotFoundException("Nothing has been written for the " + update.yearLabel() + " annual update yet.");
        }
        Inspection latest = latestInspection();
        InspectionDto inspection = latest == null ? null : inspections.inspection(latest.getId(), viewer);
        return papers.annualUpdate(update, inspection);
    }

    private static void text(String field, String text, List<FieldError> errors) {
        String clean = PlainText.line(text);
        if (clean.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
        }
    }

    private static FinancialYear parse(String year) {
        try {
            return FinancialYear.parse(year == null ? "" : year);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("year", "must be a year written like 2023-24 (" + e.getMessage() + ")");
        }
    }

    private List<AnnualUpdate> stored(FinancialYear year) {
        return em.createQuery("select u from AnnualUpdate u join fetch u.recommendation where u.startYear = :y", AnnualUpdate.class)
                .setParameter("y", year.startYear()).getResultList();
    }

    private Inspection latestInspection() {
        return em.createQuery("select i from Inspection i order by i.startDate desc, i.id desc", Inspection.class).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    private AnnualUpdateDto toDto(FinancialYear year) {
        Map<Long, AnnualUpdate> stored = stored(year).stream().collect(Collectors.toMap(u -> u.getRecommendation().getId(), Function.identity()));
        Map<Long, Recommendation> shown = new LinkedHashMap<>();
        Inspection latest = latestInspection();
        if (latest != null) {
            em.createQuery("select r from Recommendation r where r.inspection = :i order by r.number", Recommendation.class)
                    .setParameter("i", latest).getResultStream().forEach(r -> shown.put(r.getId(), r));
        }
        stored.values().stream().map(AnnualUpdate::getRecommendation).forEach(r -> shown.putIfAbsent(r.getId(), r));
        List<AnnualUpdateEntryDto> updates = shown.values().stream().sorted(java.util.Comparator.comparingInt(Recommendation::getNumber))
                .map(r -> {
                    AnnualUpdate u = stored.get(r.getId());
                    return u == null ? new AnnualUpdateEntryDto(r.getId(), r.getNumber(), r.getText(), null, List.of(), null, null, null)
                            : new AnnualUpdateEntryDto(r.getId(), r.getNumber(), r.getText(), u.getWanted(), u.getDid(), u.getDifference(),
                                    u.getPriority(), u.getVersion());
                }).toList();
        return new AnnualUpdateDto(year.label().replace('/', '-'), year.label(), new FinancialYear(year.startYear() + 1).label(), updates);
    }
}
