package uk.gov.hwb.send.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.ActionDto;
import uk.gov.hwb.send.api.Actions;
import uk.gov.hwb.send.api.AnswerRef;
import uk.gov.hwb.send.api.EntryAnswers;
import uk.gov.hwb.send.api.Inspections;
import uk.gov.hwb.send.api.MetricDto;
import uk.gov.hwb.send.api.Metrics;
import uk.gov.hwb.send.api.SefAgreement;
import uk.gov.hwb.send.api.SefAreaContent;
import uk.gov.hwb.send.api.SefAreaDto;
import uk.gov.hwb.send.api.SefContent;
import uk.gov.hwb.send.api.SefDto;
import uk.gov.hwb.send.api.SefEntryDto;
import uk.gov.hwb.send.api.SefPriorityContent;
import uk.gov.hwb.send.api.SefPriorityDto;
import uk.gov.hwb.send.api.SefSection;
import uk.gov.hwb.send.api.SefStatus;
import uk.gov.hwb.send.api.SelfEvaluations;

/**
 * The SEF editor ({@code ?number=}): Part A (context, key issues), Part B one evaluation area at a time
 * (what we do well, impact on outcomes, what we need to do to improve), Part C (priorities under each
 * recommendation). Lists are edited in place: each entry its own field, with buttons to add, move up
 * and remove, all keyboard-usable. The working copy lives in this view until it is saved, so moving
 * between areas or adding entries never loses what was typed, nor does a refused save. An agreed
 * version is shown read-only. The SEND lead also sets what answers each key issue and improvement.
 */
@Named
@ViewScoped
public class SefView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One entry of a list as the form edits it; {@code key} and {@code answer} come from the last save. */
    public static class Entry implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private String text;
        private String answer;
        private boolean answered;

        Entry(String key, String text) {
            this.key = key;
            this.text = text;
        }

        public String getKey() { return key; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getAnswer() { return answer; }
        public boolean isAnswered() { return answered; }
    }

    /** A Part B evaluation area's three lists. */
    public static class Area implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private final List<Entry> doWell = new ArrayList<>();
        private final List<Entry> impact = new ArrayList<>();
        private final List<Entry> improve = new ArrayList<>();

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public List<Entry> getDoWell() { return doWell; }
        public List<Entry> getImpact() { return impact; }
        public List<Entry> getImprove() { return improve; }
    }

    /** Part C: the priorities under one recommendation. */
    public static class Group implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer recommendation;
        private String recommendationText;
        private final List<Entry> items = new ArrayList<>();

        public Integer getRecommendation() { return recommendation; }
        public void setRecommendation(Integer recommendation) { this.recommendation = recommendation; }
        public String getRecommendationText() { return recommendationText; }
        public List<Entry> getItems() { return items; }
    }

    @Inject
    transient SelfEvaluations sefs;

    @Inject
    transient Inspections inspections;

    @Inject
    transient Actions actions;

    @Inject
    transient Metrics metrics;

    @Inject
    transient Viewer viewer;

    private Integer number;
    private SefDto sef;
    private LocalDate date;
    private String context;
    private final List<Entry> keyIssues = new ArrayList<>();
    private final List<Area> areas = new ArrayList<>();
    private final List<Group> priorities = new ArrayList<>();
    private int areaIndex;
    private LocalDate agreedOn = LocalDate.now(CouncilCalendar.ZONE);
    private Long meetingId;
    private Entry answering;
    private Long[] answerActions = {};
    private Long[] answerMetrics = {};
    private List<ActionDto> actionChoices;
    private List<MetricDto> metricChoices;

    /** Called by f:viewAction once the parameters are set. */
    public void load() {
        if (number == null) {
            return;
        }
        try {
            show(sefs.version(number, viewer));
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    private void show(SefDto dto) {
        sef = dto;
        date = dto.date();
        context = dto.context();
        Map<String, SefEntryDto> traced = new HashMap<>();
        dto.entries().forEach(e -> traced.put(e.section() + "/" + e.area() + "/" + e.position(), e));
        keyIssues.clear();
        for (int i = 0; i < dto.keyIssues().size(); i++) {
            keyIssues.add(traced(dto.keyIssues().get(i), traced.get(SefSection.KEY_ISSUE + "/null/" + (i + 1))));
        }
        areas.clear();
        for (SefAreaDto a : dto.areas()) {
            Area area = new Area();
            area.title = a.title();
            a.doWell().forEach(t -> area.doWell.add(new Entry(null, t)));
            a.impact().forEach(t -> area.impact.add(new Entry(null, t)));
            for (int i = 0; i < a.improve().size(); i++) {
                area.improve.add(traced(a.improve().get(i), traced.get(SefSection.IMPROVE + "/" + a.number() + "/" + (i + 1))));
            }
            areas.add(area);
        }
        areaIndex = Math.min(areaIndex, Math.max(0, areas.size() - 1));
        priorities.clear();
        for (SefPriorityDto p : dto.priorities()) {
            Group group = new Group();
            group.recommendation = p.recommendation();
            group.recommendationText = p.recommendationText();
            p.items().forEach(t -> group.items.add(new Entry(null, t)));
            priorities.add(group);
        }
    }

    private static Entry traced(String text, SefEntryDto trace) {
        Entry entry = new Entry(trace == null ? null : trace.key(), text);
        if (trace != null) {
            entry.answered = trace.answered();
            List<String> by = new ArrayList<>();
            trace.actions().stream().map(AnswerRef::label).forEach(a -> by.add("action " + a));
            trace.metrics().stream().map(AnswerRef::label).forEach(m -> by.add("metric " + m));
            entry.answer = trace.answered() ? "Answered by " + String.join("; ", by) + "." : "Not yet answered by any action or metric.";
        }
        return entry;
    }

    /** Adds an empty entry to the list and puts the cursor in it. */
    public void add(List<Entry> list, String listClientId) {
        list.add(new Entry(null, ""));
        PrimeFaces.current().focus(listClientId + ":" + (list.size() - 1) + ":text");
    }

    public void remove(List<Entry> list, Entry entry) {
        list.remove(entry);
    }

    public void moveUp(List<Entry> list, Entry entry) {
        int i = list.indexOf(entry);
        if (i > 0) {
            list.remove(i);
            list.add(i - 1, entry);
        }
    }

    public void addGroup() {
        Group group = new Group();
        group.recommendation = priorities.stream().mapToInt(g -> g.recommendation == null ? 0 : g.recommendation).max().orElse(0) + 1;
        priorities.add(group);
    }

    public void showArea(int index) {
        areaIndex = index;
    }

    public void save() {
        try {
            List<SefAreaContent> areaContent = areas.stream().map(a -> new SefAreaContent(a.title, texts(a.doWell), texts(a.impact), texts(a.improve)))
                    .toList();
            List<SefPriorityContent> groups = priorities.stream().map(g -> new SefPriorityContent(g.recommendation, texts(g.items))).toList();
            show(sefs.save(number, new SefContent(date, context, texts(keyIssues), areaContent, groups, sef.version()), viewer));
            Messages.saved("Version " + number + " saved.");
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void agree() {
        try {
            show(sefs.agree(number, new SefAgreement(meetingId, agreedOn, sef.version()), viewer));
            Messages.saved("Version " + number + " is agreed and locked.");
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void editAnswers(Entry entry) {
        answering = entry;
        SefEntryDto trace = sef.entries().stream().filter(e -> e.key().equals(entry.key)).findFirst().orElse(null);
        answerActions = trace == null ? new Long[0] : trace.actions().stream().map(AnswerRef::id).toArray(Long[]::new);
        answerMetrics = trace == null ? new Long[0] : trace.metrics().stream().map(AnswerRef::id).toArray(Long[]::new);
        PrimeFaces.current().focus("sefForm:answerActions");
    }

    public void saveAnswers() {
        try {
            sefs.answer(answering.key, new EntryAnswers(List.of(answerActions == null ? new Long[0] : answerActions),
                    List.of(answerMetrics == null ? new Long[0] : answerMetrics)), viewer);
            Messages.saved("What answers the entry is saved.");
            answering = null;
            SefDto fresh = sefs.version(number, viewer);
            if (sef.status() == SefStatus.AGREED) {
                show(fresh);
            } else {
                refreshAnswers(fresh);
            }
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    /** New answers on a draft: only the traceability lines change; what is being typed stays. */
    private void refreshAnswers(SefDto fresh) {
        Map<String, SefEntryDto> byKey = new HashMap<>();
        fresh.entries().forEach(e -> byKey.put(e.key(), e));
        List<Entry> answerable = new ArrayList<>(keyIssues);
        areas.forEach(a -> answerable.addAll(a.improve));
        for (Entry entry : answerable) {
            if (entry.key != null && byKey.containsKey(entry.key)) {
                Entry updated = traced(entry.text, byKey.get(entry.key));
                entry.answer = updated.answer;
                entry.answered = updated.answered;
            }
        }
        sef = new SefDto(sef.number(), sef.date(), sef.status(), sef.version(), sef.agreedOn(), sef.agreedMeetingId(), sef.agreedBy(),
                sef.copiedFrom(), sef.context(), sef.keyIssues(), sef.areas(), sef.priorities(), fresh.entries(), fresh.unanswered());
    }

    public void cancelAnswers() {
        answering = null;
    }

    private static List<String> texts(List<Entry> entries) {
        return entries.stream().map(e -> e.text).toList();
    }

    public boolean isEditor() {
        return inspections.mayEdit(viewer);
    }

    /** The SEND lead may change a draft. */
    public boolean isEditable() {
        return sef != null && sef.status() == SefStatus.DRAFT && isEditor();
    }

    public List<ActionDto> getActionChoices() {
        if (actionChoices == null) {
            actionChoices = actions.plan(viewer);
        }
        return actionChoices;
    }

    public List<MetricDto> getMetricChoices() {
        if (metricChoices == null) {
            metricChoices = metrics.metrics(viewer);
        }
        return metricChoices;
    }

    public Area getArea() {
        return areas.isEmpty() ? null : areas.get(areaIndex);
    }

    public Integer getNumber() { return number; }
    public void setNumber(Integer number) { this.number = number; }
    public SefDto getSef() { return sef; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getContext() { return context; }
    public void setContext(String context) { this.context = context; }
    public List<Entry> getKeyIssues() { return keyIssues; }
    public List<Area> getAreas() { return areas; }
    public List<Group> getPriorities() { return priorities; }
    public int getAreaIndex() { return areaIndex; }
    public LocalDate getAgreedOn() { return agreedOn; }
    public void setAgreedOn(LocalDate agreedOn) { this.agreedOn = agreedOn; }
    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
    public Entry getAnswering() { return answering; }
    public Long[] getAnswerActions() { return answerActions; }
    public void setAnswerActions(Long[] answerActions) { this.answerActions = answerActions; }
    public Long[] getAnswerMetrics() { return answerMetrics; }
    public void setAnswerMetrics(Long[] answerMetrics) { this.answerMetrics = answerMetrics; }
}
