package uk.gov.hwb.send.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.period.FinancialYear;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.AnnualUpdateChanges;
import uk.gov.hwb.send.api.AnnualUpdateDto;
import uk.gov.hwb.send.api.AnnualUpdateEntry;
import uk.gov.hwb.send.api.AnnualUpdateEntryDto;
import uk.gov.hwb.send.api.AnnualUpdates;
import uk.gov.hwb.send.api.Inspections;

/**
 * The annual update of a year ({@code ?year=2023-24}), one section per recommendation: what we wanted,
 * what we did (a list edited in place), the difference it made and the priority for next year.
 */
@Named
@ViewScoped
public class AnnualUpdateView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One recommendation's update as the form edits it. */
    public static class Section implements Serializable {
        private static final long serialVersionUID = 1L;
        private long recommendationId;
        private int number;
        private String recommendation;
        private String wanted;
        private final List<Line> did = new ArrayList<>();
        private String difference;
        private String priority;
        private Long version;

        public int getNumber() { return number; }
        public String getRecommendation() { return recommendation; }
        public String getWanted() { return wanted; }
        public void setWanted(String wanted) { this.wanted = wanted; }
        public List<Line> getDid() { return did; }
        public String getDifference() { return difference; }
        public void setDifference(String difference) { this.difference = difference; }
        public String getPriority() { return priority; }
        public void setPriority(String priority) { this.priority = priority; }
        public Long getVersion() { return version; }
    }

    /** One "what we did" entry. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;

        Line(String text) {
            this.text = text;
        }

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    @Inject
    transient AnnualUpdates updates;

    @Inject
    transient Inspections inspections;

    @Inject
    transient Viewer viewer;

    private String year;
    private AnnualUpdateDto update;
    private final List<Section> sections = new ArrayList<>();
    private List<String> years = List.of();

    /** Called by f:viewAction once the parameters are set. */
    public void load() {
        try {
            years = updates.years(viewer);
            if (year == null || year.isBlank()) {
                year = years.isEmpty() ? FinancialYear.containing(LocalDate.now(CouncilCalendar.ZONE)).label().replace('/', '-') : years.get(0);
            }
            show(updates.year(year, viewer));
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    private void show(AnnualUpdateDto dto) {
        update = dto;
        year = dto.year();
        sections.clear();
        for (AnnualUpdateEntryDto e : dto.updates()) {
            Section s = new Section();
            s.recommendationId = e.recommendationId();
            s.number = e.recommendationNumber();
            s.recommendation = e.recommendation();
            s.wanted = e.wanted();
            e.did().forEach(d -> s.did.add(new Line(d)));
            s.difference = e.difference();
            s.priority = e.priority();
            s.version = e.version();
            sections.add(s);
        }
    }

    public void addLine(Section section, String repeatClientId) {
        section.did.add(new Line(""));
        PrimeFaces.current().focus(repeatClientId + ":" + (section.did.size() - 1) + ":did");
    }

    public void removeLine(Section section, Line line) {
        section.did.remove(line);
    }

    public void save() {
        try {
            List<AnnualUpdateEntry> entries = sections.stream().map(s -> new AnnualUpdateEntry(s.recommendationId, s.wanted,
                    s.did.stream().map(Line::getText).toList(), s.difference, s.priority, s.version)).toList();
            show(updates.save(year, new AnnualUpdateChanges(entries), viewer));
            Messages.saved("The " + update.yearLabel() + " update is saved.");
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public boolean isEditor() {
        return inspections.mayEdit(viewer);
    }

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public AnnualUpdateDto getUpdate() { return update; }
    public List<Section> getSections() { return sections; }
    public List<String> getYears() { return years; }
}
