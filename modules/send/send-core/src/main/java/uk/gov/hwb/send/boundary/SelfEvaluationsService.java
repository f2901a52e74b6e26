package uk.gov.hwb.send.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.problem.ConflictException;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.AnswerRef;
import uk.gov.hwb.send.api.EntryAnswers;
import uk.gov.hwb.send.api.NewSefVersion;
import uk.gov.hwb.send.api.SefAgreed;
import uk.gov.hwb.send.api.SefAgreement;
import uk.gov.hwb.send.api.SefAreaDto;
import uk.gov.hwb.send.api.SefComparisonDto;
import uk.gov.hwb.send.api.SefContent;
import uk.gov.hwb.send.api.SefDto;
import uk.gov.hwb.send.api.SefEntryDto;
import uk.gov.hwb.send.api.SefPriorityDto;
import uk.gov.hwb.send.api.SefSection;
import uk.gov.hwb.send.api.SefStatus;
import uk.gov.hwb.send.api.SefSummaryDto;
import uk.gov.hwb.send.api.SelfEvaluations;
import uk.gov.hwb.send.control.SefComparison;
import uk.gov.hwb.send.control.SefEditing;
import uk.gov.hwb.send.control.SefFramework;
import uk.gov.hwb.send.control.SefRules;
import uk.gov.hwb.send.control.SefSnapshot;
import uk.gov.hwb.send.control.SendAccess;
import uk.gov.hwb.send.control.SendPapers;
import uk.gov.hwb.send.entity.Inspection;
import uk.gov.hwb.send.entity.Metric;
import uk.gov.hwb.send.entity.PlanAction;
import uk.gov.hwb.send.entity.Recommendation;
import uk.gov.hwb.send.entity.SefAnswer;
import uk.gov.hwb.send.entity.SefArea;
import uk.gov.hwb.send.entity.SefEntry;
import uk.gov.hwb.send.entity.SefVersion;

/**
 * The Self-Evaluation Framework in dated versions. The rules live here: at most one draft; a new
 * version starts as a copy (entries keep their keys, so what answers them carries over); only a
 * draft changes, and only from the version read; agreeing freezes the content into its snapshot and
 * locks the version; entries are plain text. Reads of an agreed version come from its snapshot.
 */
@Stateless
@Facade
public class SelfEvaluationsService implements SelfEvaluations {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Set<SefSection> ANSWERABLE = Set.of(SefSection.KEY_ISSUE, SefSection.IMPROVE);

    @PersistenceContext(unitName = "send")
    EntityManager em;

    @Inject
    SendAccess access;

    @Inject
    SendPapers papers;

    @Inject
    Event<SefAgreed> agreed;

    @Override
    public List<SefSummaryDto> versions(Viewer viewer) {
        access.requireReader(viewer);
        return em.createQuery("select v from SefVersion v order by v.number desc", SefVersion.class).getResultList().stream()
                .map(v -> new SefSummaryDto(v.getNumber(), v.getDate(), v.getStatus(), v.getVersion(), v.getAgreedOn(), v.getAgreedMeetingId(),
                        v.getCopiedFrom())).toList();
    }

    @Override
    public SefDto version(int number, Viewer viewer) {
        access.requireReader(viewer);
        SefVersion version = find(number);
        return toDto(version, snapshot(version));
    }

    @Override
    public SefDto start(NewSefVersion request, Viewer viewer) {
        access.requireEditor(viewer);
        em.createQuery("select v from SefVersion v where v.status = :draft", SefVersion.class).setParameter("draft", SefStatus.DRAFT)
                .getResultStream().findFirst().ifPresent(draft -> {
                    throw new ConflictException("Version " + draft.getNumber() + " (dated " + DATE.format(draft.getDate()) + ") is the draft:"
                            + " carry on editing it, or record the board's agreement of it, before starting another.");
                });
        Integer last = em.createQuery("select max(v.number) from SefVersion v", Integer.class).getSingleResult();
        SefVersion source = null;
        if (request.copyOf() != null) {
            source = em.createQuery("select v from SefVersion v where v.number = :n", SefVersion.class).setParameter("n", request.copyOf())
                    .getResultStream().findFirst().orElseThrow(() -> new InvalidInputException("copyOf", "there is no SEF version " + request.copyOf()));
        } else if (last != null) {
            source = find(last);
        }
        LocalDate date = request.date() == null ? LocalDate.now(CouncilCalendar.ZONE) : request.date();
        SefSnapshot content = source == null ? empty(date) : withDate(snapshot(source), date);
        SefVersion version = new SefVersion(last == null ? 1 : last + 1, date, source == null ? null : source.getNumber());
        version.setContext(content.context());
        em.persist(version);
        write(version, content);
        em.flush();
        return toDto(version, content);
    }

    @Override
    public SefDto save(int number, SefContent content, Viewer viewer) {
        access.requireEditor(viewer);
        SefVersion version = find(number);
        requireDraft(version);
        Validations.requireVersion("SEF version " + number, content.version(), version.getVersion());
        SefSnapshot stored = rows(version);
        SefSnapshot saved = SefEditing.keep(stored, SefRules.clean(content, version.getDate(), recommendationNumbers()),
                () -> UUID.randomUUID().toString());
        // The entries are the version's content: any change moves its version on, so a stale copy is refused.
        em.lock(version, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        version.setDate(saved.date());
        version.setContext(saved.context());
        write(version, saved);
        em.flush();
        return toDto(version, saved);
    }

    @Override
    public SefDto agree(int number, SefAgreement agreement, Viewer viewer) {
        access.requireEditor(viewer);
        SefVersion version = find(number);
        requireDraft(version);
        if (agreement.version() != null) {
            Validations.requireVersion("SEF version " + number, agreement.version(), version.getVersion());
        }
        LocalDate on = agreement.agreedOn() == null ? LocalDate.now(CouncilCalendar.ZONE) : agreement.agreedOn();
        if (on.isBefore(version.getDate())) {
            throw new InvalidInputException("agreedOn", "is before the version's date, " + DATE.format(version.getDate()));
        }
        SefSnapshot frozen = rows(version);
        version.agree(on, agreement.meetingId(), viewer.username(), SefSnapshot.FORMAT, frozen.toJson());
        em.flush();
        agreed.fire(new SefAgreed(number, on, agreement.meetingId()));
        return toDto(version, frozen);
    }

    @Override
    public SefComparisonDto compare(int from, int to, Viewer viewer) {
        access.requireReader(viewer);
        return SefComparison.compare(from, snapshot(find(from)), to, snapshot(find(to)));
    }

    @Override
    public SefEntryDto answer(String entryKey, EntryAnswers answers, Viewer viewer) {
        access.requireEditor(viewer);
        List<SefEntry> appearances = em.createQuery("select e from SefEntry e join fetch e.sef where e.key = :k order by e.sef.number desc",
                SefEntry.class).setParameter("k", entryKey == null ? "" : entryKey).getResultList();
        if (appearances.isEmpty()) {
            throw new NotFoundException("SEF entry", entryKey);
        }
        if (!ANSWERABLE.contains(appearances.get(0).getSection())) {
            throw new InvalidInputException("key", "only Part A key issues and Part B \"what do we need to do to improve\" entries are answered"
                    + " by actions and metrics");
        }
        List<Long> actionIds = answers.actionIds() == null ? List.of() : answers.actionIds().stream().distinct().toList();
        List<Long> metricIds = answers.metricIds() == null ? List.of() : answers.metricIds().stream().distinct().toList();
        List<FieldError> errors = new ArrayList<>();
        missing(actionIds, PlanAction.class, "actionIds", "action", errors);
        missing(metricIds, Metric.class, "metricIds", "metric", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<SefAnswer> old = em.createQuery("select a from SefAnswer a where a.entryKey = :k", SefAnswer.class).setParameter("k", entryKey).getResultList();
        Set<Long> oldActions = old.stream().map(SefAnswer::getActionId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Set<Long> oldMetrics = old.stream().map(SefAnswer::getMetricId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        for (SefAnswer answer : old) {
            if (answer.getActionId() != null && !actionIds.contains(answer.getActionId())
                    || answer.getMetricId() != null && !metricIds.contains(answer.getMetricId())) {
                em.remove(answer);
            }
        }
        actionIds.stream().filter(id -> !oldActions.contains(id)).forEach(id -> em.persist(SefAnswer.byAction(entryKey, id)));
        metricIds.stream().filter(id -> !oldMetrics.contains(id)).forEach(id -> em.persist(SefAnswer.byMetric(entryKey, id)));
        em.flush();
        SefVersion latest = appearances.get(0).getSef();
        return toDto(latest, snapshot(latest)).entries().stream().filter(e -> e.key().equals(entryKey)).findFirst().orElseThrow();
    }

    @Override
    public GeneratedDocument document(int number, Viewer viewer) {
        SefDto sef = version(number, viewer);
        return papers.sef(sef);
    }

    private void missing(List<Long> ids, Class<?> type, String field, String what, List<FieldError> errors) {
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> found = new HashSet<>(em.createQuery("select x.id from " + type.getSimpleName() + " x where x.id in :ids", Long.class)
                .setParameter("ids", ids).getResultList());
        List<Long> unknown = ids.stream().filter(id -> !found.contains(id)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError(field, "no " + what + " has id " + unknown.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
    }

    private static void requireDraft(SefVersion version) {
        if (version.getStatus() == SefStatus.AGREED) {
            throw new ConflictException("SEF version " + version.getNumber() + " was agreed on " + DATE.format(version.getAgreedOn())
                    + " and is locked. Start a new version (a copy of it) to make changes.");
        }
    }

    /** A version's content: the frozen snapshot once agreed, the rows while a draft. */
    private SefSnapshot snapshot(SefVersion version) {
        return version.getStatus() == SefStatus.AGREED ? SefSnapshot.fromJson(version.getSnapshotFormat(), version.getSnapshot()) : rows(version);
    }

    private static SefSnapshot empty(LocalDate date) {
        List<SefSnapshot.Area> areas = SefFramework.AREAS.stream()
                .map(title -> new SefSnapshot.Area(UUID.randomUUID().toString(), title, List.of(), List.of(), List.of())).toList();
        return new SefSnapshot(SefSnapshot.FORMAT, date, null, List.of(), areas, List.of());
    }

    private static SefSnapshot withDate(SefSnapshot content, LocalDate date) {
        return new SefSnapshot(SefSnapshot.FORMAT, date, content.context(), content.keyIssues(), content.areas(), content.priorities());
    }

    /** A draft's rows read together: two queries. */
    private SefSnapshot rows(SefVersion version) {
        List<SefArea> areas = em.createQuery("select a from SefArea a where a.sef = :v order by a.position", SefArea.class)
                .setParameter("v", version).getResultList();
        List<SefEntry> entries = em.createQuery("select e from SefEntry e where e.sef = :v order by e.position, e.id", SefEntry.class)
                .setParameter("v", version).getResultList();
        Map<String, List<SefSnapshot.Entry>> lists = new HashMap<>();
        Map<Integer, List<SefSnapshot.Entry>> priorities = new java.util.TreeMap<>();
        for (SefEntry e : entries) {
            SefSnapshot.Entry entry = new SefSnapshot.Entry(e.getKey(), e.getText());
            if (e.getSection() == SefSection.PRIORITY) {
                priorities.computeIfAbsent(e.getRecommendation(), r -> new ArrayList<>()).add(entry);
            } else {
                lists.computeIfAbsent(e.getSection() + "/" + (e.getArea() == null ? "" : e.getArea().getId()), k -> new ArrayList<>()).add(entry);
            }
        }
        List<SefSnapshot.Area> areaContent = areas.stream().map(a -> new SefSnapshot.Area(a.getKey(), a.getTitle(),
                lists.getOrDefault(SefSection.DO_WELL + "/" + a.getId(), List.of()), lists.getOrDefault(SefSection.IMPACT + "/" + a.getId(), List.of()),
                lists.getOrDefault(SefSection.IMPROVE + "/" + a.getId(), List.of()))).toList();
        return new SefSnapshot(SefSnapshot.FORMAT, version.getDate(), version.getContext(), lists.getOrDefault(SefSection.KEY_ISSUE + "/", List.of()),
                areaContent, priorities.entrySet().stream().map(p -> new SefSnapshot.Priorities(p.getKey(), p.getValue())).toList());
    }

    /**
     * Makes a draft's rows say {@code content}: rows are matched by key, so an edited entry is one row
     * changed (and audited as such), a new entry one row added, a dropped one removed.
     */
    private void write(SefVersion version, SefSnapshot content) {
        Map<String, SefArea> areas = em.createQuery("select a from SefArea a where a.sef = :v", SefArea.class).setParameter("v", version)
                .getResultStream().collect(Collectors.toMap(SefArea::getKey, Function.identity()));
        Map<String, SefEntry> entries = em.createQuery("select e from SefEntry e where e.sef = :v", SefEntry.class).setParameter("v", version)
                .getResultStream().collect(Collectors.toMap(SefEntry::getKey, Function.identity()));
        Set<String> keptAreas = new HashSet<>();
        Set<String> keptEntries = new HashSet<>();
        place(version, SefSection.KEY_ISSUE, null, null, content.keyIssues(), entries, keptEntries);
        for (int i = 0; i < content.areas().size(); i++) {
            SefSnapshot.Area area = content.areas().get(i);
            SefArea row = areas.get(area.key());
            if (row == null) {
                row = new SefArea(version, area.key(), i, area.title());
                em.persist(row);
            } else {
                row.setPosition(i);
                if (!row.getTitle().equals(area.title())) {
                    row.setTitle(area.title());
                }
            }
            keptAreas.add(area.key());
            place(version, SefSection.DO_WELL, row, null, area.doWell(), entries, keptEntries);
            place(version, SefSection.IMPACT, row, null, area.impact(), entries, keptEntries);
            place(version, SefSection.IMPROVE, row, null, area.improve(), entries, keptEntries);
        }
        for (SefSnapshot.Priorities group : content.priorities()) {
            place(version, SefSection.PRIORITY, null, group.recommendation(), group.items(), entries, keptEntries);
        }
        entries.values().stream().filter(e -> !keptEntries.contains(e.getKey())).forEach(em::remove);
        areas.values().stream().filter(a -> !keptAreas.contains(a.getKey())).forEach(em::remove);
    }

    private void place(SefVersion version, SefSection section, SefArea area, Integer recommendation, List<SefSnapshot.Entry> list,
                       Map<String, SefEntry> entries, Set<String> kept) {
        for (int i = 0; i < list.size(); i++) {
            SefSnapshot.Entry entry = list.get(i);
            SefEntry row = entries.get(entry.key());
            if (row == null) {
                em.persist(new SefEntry(version, section, area, recommendation, entry.key(), i, entry.text()));
            } else {
                if (row.getSection() != section) {
                    row.setSection(section);
                }
                if (row.getArea() != area) {
                    row.setArea(area);
                }
                if (!java.util.Objects.equals(row.getRecommendation(), recommendation)) {
                    row.setRecommendation(recommendation);
                }
                if (row.getPosition() != i) {
                    row.setPosition(i);
                }
                if (!row.getText().equals(entry.text())) {
                    row.setText(entry.text());
                }
            }
            kept.add(entry.key());
        }
    }

    private SefDto toDto(SefVersion version, SefSnapshot content) {
        Map<Integer, String> recommendations = latestRecommendations();
        List<SefAreaDto> areas = new ArrayList<>();
        List<Object[]> answerable = new ArrayList<>();
        content.keyIssues().forEach(e -> answerable.add(new Object[] {e, SefSection.KEY_ISSUE, null, null}));
        for (int i = 0; i < content.areas().size(); i++) {
            SefSnapshot.Area a = content.areas().get(i);
            areas.add(new SefAreaDto(i + 1, a.title(), texts(a.doWell()), texts(a.impact()), texts(a.improve())));
            for (SefSnapshot.Entry e : a.improve()) {
                answerable.add(new Object[] {e, SefSection.IMPROVE, i + 1, a.title()});
            }
        }
        List<SefPriorityDto> priorities = content.priorities().stream()
                .map(p -> new SefPriorityDto(p.recommendation(), recommendations.get(p.recommendation()), texts(p.items()))).toList();
        Map<String, List<AnswerRef>> actionAnswers = new HashMap<>();
        Map<String, List<AnswerRef>> metricAnswers = new HashMap<>();
        answers(answerable.stream().map(a -> ((SefSnapshot.Entry) a[0]).key()).toList(), actionAnswers, metricAnswers);
        List<SefEntryDto> entries = new ArrayList<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (Object[] a : answerable) {
            SefSnapshot.Entry e = (SefSnapshot.Entry) a[0];
            String list = a[1] + "/" + a[2];
            int position = positions.merge(list, 1, Integer::sum);
            List<AnswerRef> actions = actionAnswers.getOrDefault(e.key(), List.of());
            List<AnswerRef> metrics = metricAnswers.getOrDefault(e.key(), List.of());
            entries.add(new SefEntryDto(e.key(), (SefSection) a[1], (Integer) a[2], (String) a[3], position, e.text(), actions, metrics,
                    !actions.isEmpty() || !metrics.isEmpty()));
        }
        return new SefDto(version.getNumber(), content.date(), version.getStatus(), version.getVersion(), version.getAgreedOn(),
                version.getAgreedMeetingId(), version.getAgreedBy(), version.getCopiedFrom(), content.context(), texts(content.keyIssues()),
                areas, priorities, entries, (int) entries.stream().filter(e -> !e.answered()).count());
    }

    /** What answers each entry: three queries (answers, their actions, their metrics). */
    private void answers(Collection<String> keys, Map<String, List<AnswerRef>> actions, Map<String, List<AnswerRef>> metrics) {
        if (keys.isEmpty()) {
            return;
        }
        List<SefAnswer> answers = em.createQuery("select a from SefAnswer a where a.entryKey in :keys order by a.id", SefAnswer.class)
                .setParameter("keys", keys).getResultList();
        Set<Long> actionIds = answers.stream().map(SefAnswer::getActionId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Set<Long> metricIds = answers.stream().map(SefAnswer::getMetricId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, AnswerRef> actionRefs = actionIds.isEmpty() ? Map.of() : em.createQuery(
                "select a from PlanAction a join fetch a.recommendation where a.id in :ids", PlanAction.class).setParameter("ids", actionIds)
                .getResultStream().collect(Collectors.toMap(PlanAction::getId,
                        a -> new AnswerRef(a.getId(), a.code() + " " + a.getTitle() + " (" + a.getStatus().label() + ")")));
        Map<Long, AnswerRef> metricRefs = metricIds.isEmpty() ? Map.of() : em.createQuery("select m from Metric m where m.id in :ids", Metric.class)
                .setParameter("ids", metricIds).getResultStream().collect(Collectors.toMap(Metric::getId, m -> new AnswerRef(m.getId(), m.getName())));
        for (SefAnswer a : answers) {
            if (a.getActionId() != null) {
                actions.computeIfAbsent(a.getEntryKey(), k -> new ArrayList<>()).add(actionRefs.get(a.getActionId()));
            } else {
                metrics.computeIfAbsent(a.getEntryKey(), k -> new ArrayList<>()).add(metricRefs.get(a.getMetricId()));
            }
        }
    }

    private static List<String> texts(List<SefSnapshot.Entry> entries) {
        return entries.stream().map(SefSnapshot.Entry::text).toList();
    }

    /** The latest inspection's recommendations, by number (Part C groups priorities under them). */
    private Map<Integer, String> latestRecommendations() {
        Inspection latest = em.createQuery("select i from Inspection i order by i.startDate desc, i.id desc", Inspection.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (latest == null) {
            return Map.of();
        }
        return em.createQuery("select r from Recommendation r where r.inspection = :i order by r.number", Recommendation.class)
                .setParameter("i", latest).getResultStream().collect(Collectors.toMap(Recommendation::getNumber, Recommendation::getText,
                        (a, b) -> a, LinkedHashMap::new));
    }

    private Set<Integer> recommendationNumbers() {
        return latestRecommendations().keySet();
    }

    private SefVersion find(int number) {
        return em.createQuery("select v from SefVersion v where v.number = :n", SefVersion.class).setParameter("n", number)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("SEF version", number));
    }
}
