package uk.gov.hwb.board.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import uk.gov.hwb.board.api.AgendaItemDto;
import uk.gov.hwb.board.api.AppendixDto;
import uk.gov.hwb.board.api.ItemPurpose;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.api.ReportDto;
import uk.gov.hwb.board.api.ReportSections;
import uk.gov.hwb.board.api.ReportStatus;

/**
 * What a publication froze: the agenda items in order, each with its report as it then stood,
 * stored as JSON in the publication.
 *
 * <p>The stored format is its own ({@link StoredItem}, {@link StoredReport} …), never the API's
 * records, so the API can change without changing what was published. Format 1 was the API
 * records of the time; its field names are the ones kept here, so format 1 reads into these
 * records unchanged ({@code SnapshotFormatTest} holds real format-1 publications and what readers
 * saw of them). Enums are stored by name as text. Who wrote and approved a report is not part of
 * what is published.
 */
public record Snapshot(int format, List<Entry> items) {

    /** The format written now; format 1 had no number (it reads as 0). */
    public static final int FORMAT = 2;
    private static final Jsonb JSON = JsonbBuilder.create();

    /** An item and its report (null when it has none), as stored; read through {@link #item()} and {@link #report()}. */
    public record Entry(@JsonbProperty("item") StoredItem storedItem, @JsonbProperty("report") StoredReport storedReport) {

        public static Entry of(AgendaItemDto item, ReportDto report) {
            return new Entry(StoredItem.of(item), report == null ? null : StoredReport.of(report));
        }

        public AgendaItemDto item() {
            return storedItem.toDto();
        }

        public ReportDto report() {
            return storedReport == null ? null : storedReport.toDto();
        }

        /** Confidential when the item is Part 2 or its report is classified Part 2. */
        public boolean confidential() {
            return Part.valueOf(storedItem.part()) == Part.PART_2
                    || storedReport != null && Part.valueOf(storedReport.classification()) == Part.PART_2;
        }

        /** "Exempt – paragraph N" from the item, or from its report when only the report is Part 2; null for public business. */
        public String exemptionLabel() {
            if (storedItem.exemptionLabel() != null || !confidential()) {
                return storedItem.exemptionLabel();
            }
            return AgendaRules.exemptionLabel(Part.PART_2, storedReport.exemptParagraph());
        }
    }

    /** An agenda item as published, with the words its start time and exemption were shown in then. */
    public record StoredItem(Long id, Long meetingId, Integer number, String title, String purpose, LocalTime startTime, String startTimeLabel,
                             Long presenterId, String presenterName, String reportOf, String part, Integer exemptParagraph,
                             String exemptionLabel, boolean keyDecision, boolean late, String urgencyReason, Long reportId) {

        static StoredItem of(AgendaItemDto i) {
            return new StoredItem(i.id(), i.meetingId(), i.number(), i.title(), i.purpose().name(), i.startTime(), i.startTimeLabel(),
                    i.presenterId(), i.presenterName(), i.reportOf(), i.part().name(), i.exemptParagraph(), i.exemptionLabel(),
                    i.keyDecision(), i.late(), i.urgencyReason(), i.reportId());
        }

        AgendaItemDto toDto() {
            return new AgendaItemDto(id, meetingId, number, title, ItemPurpose.valueOf(purpose), startTime, startTimeLabel, presenterId,
                    presenterName, reportOf, Part.valueOf(part), exemptParagraph, exemptionLabel, keyDecision, late, urgencyReason, reportId, 0);
        }
    }

    /** A report as published: its cover, its sections as sanitised HTML, its background papers and appendix list. */
    public record StoredReport(Long id, Long meetingId, String meetingName, LocalDate meetingDate, String title, String classification,
                               Integer exemptParagraph, boolean keyDecision, String executiveDirector, String reportAuthor,
                               String executiveCouncillor, StoredSections sections, List<String> backgroundPapers,
                               List<StoredAppendix> appendices) {

        static StoredReport of(ReportDto r) {
            return new StoredReport(r.id(), r.meetingId(), r.meetingName(), r.meetingDate(), r.title(), r.classification().name(),
                    r.exemptParagraph(), r.keyDecision(), r.executiveDirector(), r.reportAuthor(), r.executiveCouncillor(),
                    StoredSections.of(r.sections()), List.copyOf(r.backgroundPapers()), r.appendices().stream().map(StoredAppendix::of).toList());
        }

        ReportDto toDto() {
            return new ReportDto(id, meetingId, meetingName, meetingDate, title, Part.valueOf(classification), exemptParagraph, keyDecision,
                    executiveDirector, reportAuthor, executiveCouncillor, sections == null ? ReportSections.empty() : sections.toDto(),
                    backgroundPapers == null ? List.of() : backgroundPapers, ReportStatus.READY, true, true, null, List.of(),
                    appendices == null ? List.of() : appendices.stream().map(a -> a.toDto(id)).toList(), 0);
        }
    }

    /** The template's prose sections (HTML) and recommendations. */
    public record StoredSections(String executiveSummary, List<String> recommendations, String background, String reasonsForDecisions,
                                 String otherOptions, String financialImplications, String legalImplications, String policyContext,
                                 String carbonImpact, String equalities, String consultation) {

        static StoredSections of(ReportSections s) {
            return new StoredSections(s.executiveSummary(), s.recommendations() == null ? List.of() : List.copyOf(s.recommendations()),
                    s.background(), s.reasonsForDecisions(), s.otherOptions(), s.financialImplications(), s.legalImplications(),
                    s.policyContext(), s.carbonImpact(), s.equalities(), s.consultation());
        }

        ReportSections toDto() {
            return new ReportSections(executiveSummary, recommendations == null ? List.of() : recommendations, background, reasonsForDecisions,
                    otherOptions, financialImplications, legalImplications, policyContext, carbonImpact, equalities, consultation);
        }
    }

    /** An appendix as listed when published: an uploaded file (with its SHA-256) or a generated document (generator and reference). */
    public record StoredAppendix(Long id, int number, String title, String fileName, Long sizeBytes, String sha256, Integer pageCount,
                                 String generator, String reference, OffsetDateTime addedAt) {

        static StoredAppendix of(AppendixDto a) {
            return new StoredAppendix(a.id(), a.number(), a.title(), a.fileName(), a.sizeBytes(), a.sha256(), a.pageCount(), a.generator(),
                    a.reference(), a.addedAt());
        }

        AppendixDto toDto(Long reportId) {
            return new AppendixDto(id, reportId, number, title, fileName, sizeBytes, sha256, pageCount, generator, reference, null, addedAt);
        }
    }

    public static Snapshot of(List<Entry> items) {
        return new Snapshot(FORMAT, List.copyOf(items));
    }

    public String toJson() {
        return JSON.toJson(this);
    }

    public static Snapshot fromJson(String json) {
        return JSON.fromJson(json, Snapshot.class);
    }
}
