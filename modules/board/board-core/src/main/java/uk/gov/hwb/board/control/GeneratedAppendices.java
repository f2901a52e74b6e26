package uk.gov.hwb.board.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import uk.gov.hwb.board.api.AppendixDto;
import uk.gov.hwb.board.entity.Publication;
import uk.gov.hwb.board.entity.PublishedDocument;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.documents.DocumentGenerator;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.platform.problem.ConflictException;

/**
 * Appendices other modules generate from their data (found with CDI through the kernel's
 * {@link DocumentGenerator}; the board knows no other module): rendered live while a meeting is
 * a draft, and rendered once and frozen, with SHA-256, when its agenda is published.
 */
@Dependent
public class GeneratedAppendices {

    @Inject
    @Any
    Instance<DocumentGenerator> generators;

    @PersistenceContext(unitName = "board")
    EntityManager em;

    /** The generator called {@code name}, if its module is installed. */
    public Optional<DocumentGenerator> generator(String name) {
        return generators.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** Every installed generator, by name. */
    public List<DocumentGenerator> all() {
        return generators.stream().sorted(java.util.Comparator.comparing(DocumentGenerator::name)).toList();
    }

    /** Renders the appendix from the data as it is now (a draft's preview). */
    public GeneratedDocument renderLive(AppendixDto appendix) {
        DocumentGenerator generator = generator(appendix.generator()).orElseThrow(() -> new ConflictException(
                "The module that generates '" + appendix.title() + "' (" + appendix.generator() + ") is not installed."));
        return generator.render(appendix.reference());
    }

    /** Renders the appendix now and freezes the bytes with the publication. */
    public PublishedDocument freeze(Publication publication, AppendixDto appendix) {
        GeneratedDocument document = renderLive(appendix);
        PublishedDocument frozen = new PublishedDocument(publication, appendix.id(), appendix.title(), document.pdf(),
                PdfCheck.sha256(document.pdf()), PdfCheck.pageCount(document.pdf()), OffsetDateTime.now(CouncilCalendar.ZONE));
        em.persist(frozen);
        return frozen;
    }
}
