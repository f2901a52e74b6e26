package uk.gov.hwb.board.boundary;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.hwb.board.api.AppendixDto;
import uk.gov.hwb.board.api.ApprovalStepDto;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.api.Publications;
import uk.gov.hwb.board.api.ReportAction;
import uk.gov.hwb.board.api.ReportDto;
import uk.gov.hwb.board.api.ReportInput;
import uk.gov.hwb.board.api.ReportSections;
import uk.gov.hwb.board.api.ReportStatus;
import uk.gov.hwb.board.api.Reports;
import uk.gov.hwb.board.api.TransitionDto;
import uk.gov.hwb.board.control.ApprovalChain;
import uk.gov.hwb.board.control.GeneratedAppendices;
import uk.gov.hwb.board.control.PdfCheck;
import uk.gov.hwb.board.control.PublishedVersions;
import uk.gov.hwb.board.control.RichText;
import uk.gov.hwb.board.entity.Appendix;
import uk.gov.hwb.board.entity.AppendixContent;
import uk.gov.hwb.board.entity.ApprovalStep;
import uk.gov.hwb.board.entity.Meeting;
import uk.gov.hwb.board.entity.Publication;
import uk.gov.hwb.board.entity.PublishedDocument;
import uk.gov.hwb.board.entity.Report;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.documents.DocumentGenerator;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.problem.ConflictException;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.platform.text.PlainText;

/**
 * Reports, their approval chain and appendices. Officers (the owner, democratic services) work on
 * the live report; everyone else sees the version last published, through {@link Publications}.
 */
@Stateless
@LocalBean
@Local(Reports.class)
public class ReportsService implements Reports {

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Publications publications;

    @Inject
    GeneratedAppendices generated;

    @Inject
    PublishedVersions versions;

    @Inject
    @ConfigProperty(name = "hwb.appendix.max-bytes", defaultValue = "26214400")
    long maxAppendixBytes;

    @Override
    public Page<ReportDto> reports(Long meetingId, ReportStatus status, Viewer viewer, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (meetingId != null) {
            where.append(" and r.meeting.id = :meeting");
        }
        if (status != null) {
            where.append(" and r.status = :status");
        }
        if (!viewer.isClerk()) {
            where.append(" and r.owner = :owner");
        }
        TypedQuery<Report> list = em.createQuery("select r from Report r join r.meeting m" + where
                + " order by m.start desc, r.id", Report.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from Report r" + where, Long.class);
        for (TypedQuery<?> query : List.of(list, count)) {
            if (meetingId != null) {
                query.setParameter("meeting", meetingId);
            }
            if (status != null) {
                query.setParameter("status", status);
            }
            if (!viewer.isClerk()) {
                query.setParameter("owner", String.valueOf(viewer.username()));
            }
        }
        return new Page<>(toDtos(list.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()),
                count.getSingleResult(), page.offset(), page.limit());
    }

    @Override
    public ReportDto report(long id, Viewer viewer) {
        Report report = find(id);
        if (viewer.isClerk() || report.getOwner().equals(viewer.username())) {
            return toDto(report);
        }
        return publications.publishedReport(id, viewer).report();
    }

    @Override
    public List<ReportAction> actions(long reportId, Viewer viewer) {
        Report report = find(reportId);
        boolean owner = report.getOwner().equals(viewer.username());
        if (!owner && !viewer.isClerk() && !viewer.hasAny(Role.FINANCE)) {
            return List.of(); // nothing to take, and nothing said about a report the viewer has no part in
        }
        return ApprovalChain.open(new ApprovalChain.State(report.getStatus(), report.isLegalCleared(), report.isFinanceCleared()),
                owner, viewer);
    }

    @Override
    public ReportDto create(ReportInput input, Viewer viewer) {
        Validations.requireValid(validator, input);
        requireAuthor(viewer);
        Meeting meeting = em.find(Meeting.class, input.meetingId());
        if (meeting == null) {
            throw new InvalidInputException("meetingId", "no meeting has id " + input.meetingId());
        }
        Report report = new Report(meeting, viewer.username());
        apply(input, report);
        em.persist(report);
        em.flush();
        return toDto(report);
    }

    @Override
    public ReportDto update(long id, ReportInput input, Viewer viewer) {
        Validations.requireValid(validator, input);
        Report report = find(id);
        requireEditable(report, viewer);
        Validations.requireVersion("Report " + id, input.version(), report.getVersion());
        if (!input.meetingId().equals(report.getMeeting().getId())) {
            Meeting meeting = em.find(Meeting.class, input.meetingId());
            if (meeting == null) {
                throw new InvalidInputException("meetingId", "no meeting has id " + input.meetingId());
            }
            if (onAnAgenda(report)) {
                throw new InvalidInputException("meetingId", "this report is on the agenda of its meeting; take it off that agenda"
                        + " before moving it to another meeting");
            }
            report.setMeeting(meeting);
        }
        apply(input, report);
        em.flush();
        return toDto(report);
    }

    @Override
    public ReportDto transition(long id, TransitionDto transition, Viewer viewer) {
        Validations.requireValid(validator, transition);
        Report report = find(id);
        Validations.requireVersion("Report " + id, transition.version(), report.getVersion());
        ApprovalChain.State before = new ApprovalChain.State(report.getStatus(), report.isLegalCleared(), report.isFinanceCleared());
        ApprovalChain.State after = ApprovalChain.next(before, transition.action(), report.getOwner().equals(viewer.username()),
                viewer, transition.comment());
        report.setStatus(after.status());
        report.setLegalCleared(after.legalCleared());
        report.setFinanceCleared(after.financeCleared());
        String comment = transition.comment() == null || transition.comment().isBlank() ? null : transition.comment().strip();
        if (transition.action() == ReportAction.SUBMIT || transition.action() == ReportAction.MARK_READY) {
            List<String> warnings = warnings(report);
            if (!warnings.isEmpty()) {
                String recorded = "Consistency check: " + String.join(" ", warnings);
                comment = comment == null ? recorded : comment + "\n" + recorded;
                comment = comment.length() > 2000 ? comment.substring(0, 1999) + "…" : comment;
            }
        }
        em.persist(new ApprovalStep(report, transition.action(), before.status(), after.status(), viewer.username(), now(), comment));
        em.flush();
        return toDto(report);
    }

    @Override
    public AppendixDto addAppendix(long reportId, String title, String fileName, InputStream upload, Viewer viewer) {
        Report report = find(reportId);
        requireEditable(report, viewer);
        String name = fileName == null || fileName.isBlank() ? "appendix.pdf" : fileName.strip();
        List<FieldError> errors = titleErrors(title);
        if (name.length() > 255) {
            errors.add(new FieldError("file", "the file name is longer than 255 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        byte[] content;
        try {
            content = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxAppendixBytes + 1)); // one byte over tells "too large"
        } catch (IOException e) {
            throw new InvalidInputException("file", "the upload was interrupted; please try again");
        }
        PdfCheck.CheckedPdf pdf = PdfCheck.check(content, maxAppendixBytes);
        Appendix appendix = new Appendix(report, appendices(report).size() + 1, title.strip(), viewer.username(), now());
        appendix.uploaded(name, content.length, pdf.sha256(), pdf.pageCount());
        em.persist(appendix);
        em.flush();
        em.persist(new AppendixContent(appendix.getId(), content, pdf.text()));
        return toDto(appendix);
    }

    @Override
    public AppendixDto addGeneratedAppendix(long reportId, String title, String generatorName, String reference, Viewer viewer) {
        Report report = find(reportId);
        requireEditable(report, viewer);
        List<FieldError> errors = titleErrors(title);
        DocumentGenerator generator = generated.generator(generatorName).orElse(null);
        if (generator == null) {
            errors.add(new FieldError("generator", "no module supplies documents called '" + generatorName + "'; known: " + generators()));
        } else if (reference == null || reference.length() > 300 || !generator.accepts(reference)) {
            errors.add(new FieldError("reference", "'" + reference + "' is not something " + generatorName + " can produce"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Appendix appendix = new Appendix(report, appendices(report).size() + 1, title.strip(), viewer.username(), now());
        appendix.generatedBy(generatorName, reference);
        em.persist(appendix);
        em.flush();
        return toDto(appendix);
    }

    @Override
    public AppendixFile appendixFile(long appendixId, Viewer viewer) {
        Appendix appendix = em.find(Appendix.class, appendixId);
        if (appendix == null) {
            throw new NotFoundException("Appendix", appendixId);
        }
        Report report = appendix.getReport();
        if (!viewer.isClerk() && !report.getOwner().equals(viewer.username())) {
            boolean published = publications.publishedReport(report.getId(), viewer).report().appendices().stream()
                    .anyMatch(a -> a.id().equals(appendixId));
            if (!published) {
                throw new NotFoundException("Appendix", appendixId);
            }
        }
        if (appendix.getGenerator() != null) {
            String name = appendix.getTitle() + ".pdf";
            Optional<PublishedDocument> frozen = frozenCopy(report, appendixId);
            if (frozen.isPresent()) {
                return new AppendixFile(name, "application/pdf", frozen.get().getContent(), frozen.get().getSha256());
            }
            // Not published with this appendix yet: officers preview it from the data as it is now.
            GeneratedDocument live = generated.renderLive(toDto(appendix));
            return new AppendixFile(name, "application/pdf", live.pdf(), PdfCheck.sha256(live.pdf()));
        }
        AppendixContent content = em.find(AppendixContent.class, appendixId);
        return new AppendixFile(appendix.getFileName(), "application/pdf", content.getContent(), appendix.getSha256());
    }

    /** The appendix as frozen with the latest publication of the report's meeting that carried it. */
    private Optional<PublishedDocument> frozenCopy(Report report, long appendixId) {
        List<Publication> published = versions.all(report.getMeeting().getId());
        for (int i = published.size() - 1; i >= 0; i--) {
            Optional<PublishedDocument> document = versions.document(published.get(i), appendixId);
            if (document.isPresent()) {
                return document;
            }
        }
        return Optional.empty();
    }

    @Override
    public List<String> consistencyWarnings(long reportId, Viewer viewer) {
        Report report = find(reportId);
        if (!viewer.isClerk() && !report.getOwner().equals(viewer.username())) {
            throw new ForbiddenException("Only the report's author or democratic services see its consistency check.");
        }
        return warnings(report);
    }

    /** What each generated appendix's module finds in the report's words that its data does not bear out. */
    private List<String> warnings(Report report) {
        ReportSections s = report.getSections();
        StringBuilder text = new StringBuilder(report.getTitle());
        for (int section = 1; section <= 11; section++) {
            if (section != 2 && s.prose(section) != null) {
                text.append('\n').append(RichText.text(s.prose(section)));
            }
        }
        s.recommendations().forEach(r -> text.append('\n').append(r));
        List<String> warnings = new ArrayList<>();
        for (Appendix appendix : appendices(report)) {
            if (appendix.getGenerator() != null) {
                generated.generator(appendix.getGenerator()).ifPresent(g -> g.contradictions(appendix.getReference(), text.toString())
                        .forEach(w -> warnings.add("Appendix " + appendix.getPosition() + " (" + appendix.getTitle() + "): " + w)));
            }
        }
        return warnings;
    }

    @Override
    public List<String> generators() {
        return generated.all().stream().map(DocumentGenerator::name).toList();
    }

    private void apply(ReportInput input, Report report) {
        List<FieldError> errors = new ArrayList<>();
        Part classification = input.classification() == null ? Part.PART_1 : input.classification();
        if (classification == Part.PART_2 && input.exemptParagraph() == null) {
            errors.add(new FieldError("exemptParagraph", "a Part 2 report needs the paragraph (1-7) of Schedule 12A that applies"));
        }
        if (classification == Part.PART_1 && input.exemptParagraph() != null) {
            errors.add(new FieldError("exemptParagraph", "only a Part 2 report has an exemption paragraph"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ReportSections s = input.sections() == null ? ReportSections.empty() : input.sections();
        report.setTitle(input.title().strip());
        report.setClassification(classification);
        report.setExemptParagraph(input.exemptParagraph());
        report.setKeyDecision(input.keyDecision());
        report.setExecutiveDirector(trimmed(input.executiveDirector()));
        report.setReportAuthor(trimmed(input.reportAuthor()));
        report.setExecutiveCouncillor(trimmed(input.executiveCouncillor()));
        report.setSections(new ReportSections(RichText.sanitise(s.executiveSummary()),
                lines(s.recommendations()), RichText.sanitise(s.background()), RichText.sanitise(s.reasonsForDecisions()),
                RichText.sanitise(s.otherOptions()), RichText.sanitise(s.financialImplications()),
                RichText.sanitise(s.legalImplications()), RichText.sanitise(s.policyContext()),
                RichText.sanitise(s.carbonImpact()), RichText.sanitise(s.equalities()), RichText.sanitise(s.consultation())));
        report.setBackgroundPapers(lines(input.backgroundPapers()));
    }

    /** Recommendations and background papers are plain text: any markup is removed, blanks dropped. */
    private static List<String> lines(List<String> items) {
        return items == null ? List.of() : items.stream().filter(i -> i != null && !i.isBlank())
                .map(i -> RichText.text(i).strip()).filter(i -> !i.isEmpty()).toList();
    }

    private static List<FieldError> titleErrors(String title) {
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "give the appendix a title"));
        } else if (title.length() > 300) {
            errors.add(new FieldError("title", "at most 300 characters"));
        } else {
            PlainText.problem(title, true).ifPresent(problem -> errors.add(new FieldError("title", problem)));
        }
        return errors;
    }

    private boolean onAnAgenda(Report report) {
        return !em.createQuery("select i.id from AgendaItem i where i.reportId = :r", Long.class)
                .setParameter("r", report.getId()).setMaxResults(1).getResultList().isEmpty();
    }

    private static void requireAuthor(Viewer viewer) {
        if (!viewer.isClerk() && !viewer.hasAny(Role.AUTHOR)) {
            throw new ForbiddenException("Reports are written by report authors and democratic services.");
        }
    }

    private static void requireEditable(Report report, Viewer viewer) {
        if (!viewer.isClerk() && !report.getOwner().equals(viewer.username())) {
            throw new ForbiddenException("Only the report's author or democratic services can change it.");
        }
        if (report.getStatus() != ReportStatus.DRAFT) {
            throw new ConflictException("This report is " + report.getStatus().name().toLowerCase()
                    + "; only drafts change. Return it to draft first (its approvals will be taken again).");
        }
    }

    private Report find(long id) {
        Report report = em.find(Report.class, id);
        if (report == null) {
            throw new NotFoundException("Report", id);
        }
        return report;
    }

    private List<Appendix> appendices(Report report) {
        return em.createQuery("select a from Appendix a where a.report = :r order by a.position", Appendix.class)
                .setParameter("r", report).getResultList();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(CouncilCalendar.ZONE);
    }

    /** The live report as officers see it (also what a publication freezes). */
    public ReportDto toDto(Report r) {
        return toDtos(List.of(r)).get(0);
    }

    /** Reports as officers see them, their approval steps and appendices read in one query each for the lot. */
    private List<ReportDto> toDtos(List<Report> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ApprovalStepDto>> steps = em.createQuery(
                        "select s from ApprovalStep s where s.report in :rs order by s.at, s.id", ApprovalStep.class)
                .setParameter("rs", reports).getResultStream()
                .collect(Collectors.groupingBy(s -> s.getReport().getId(), Collectors.mapping(s -> new ApprovalStepDto(s.getAction(),
                        s.getFrom(), s.getTo(), s.getUsername(), s.getAt().atZoneSameInstant(CouncilCalendar.ZONE).toOffsetDateTime(),
                        s.getComment()), Collectors.toList())));
        Map<Long, List<AppendixDto>> appendices = em.createQuery(
                        "select a from Appendix a where a.report in :rs order by a.position", Appendix.class)
                .setParameter("rs", reports).getResultStream()
                .collect(Collectors.groupingBy(a -> a.getReport().getId(), Collectors.mapping(ReportsService::toDto, Collectors.toList())));
        return reports.stream().map(r -> {
            Meeting m = r.getMeeting();
            return new ReportDto(r.getId(), m.getId(), m.getBody().getName(), m.getStart().atZoneSameInstant(CouncilCalendar.ZONE).toLocalDate(),
                    r.getTitle(), r.getClassification(), r.getExemptParagraph(), r.isKeyDecision(), r.getExecutiveDirector(),
                    r.getReportAuthor(), r.getExecutiveCouncillor(), r.getSections(), r.getBackgroundPapers(), r.getStatus(),
                    r.isLegalCleared(), r.isFinanceCleared(), r.getOwner(), steps.getOrDefault(r.getId(), List.of()),
                    appendices.getOrDefault(r.getId(), List.of()), r.getVersion());
        }).toList();
    }

    static AppendixDto toDto(Appendix a) {
        return new AppendixDto(a.getId(), a.getReport().getId(), a.getPosition(), a.getTitle(), a.getFileName(), a.getSizeBytes(),
                a.getSha256(), a.getPageCount(), a.getGenerator(), a.getReference(), a.getAddedBy(),
                a.getAddedAt().atZoneSameInstant(CouncilCalendar.ZONE).toOffsetDateTime());
    }
}
