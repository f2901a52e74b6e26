package uk.gov.hwb.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.hwb.board.api.AgendaItemDto;
import uk.gov.hwb.board.api.NumberedSection;
import uk.gov.hwb.board.api.ReportDto;

/**
 * Publications stored before the stored format had its own records (format 1: the API records of
 * the time, captured from a real database) read back as they did then: every word a reader of the
 * public pages, the packs or the API sees — agenda lines, exemptions, report covers, numbered
 * paragraphs and appendix lists — is compared with what the old code produced from the same JSON
 * ({@code *.expected.txt}, written by the code of that time and never regenerated).
 */
class SnapshotFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo-10-december-2024-v1", "part-2-with-appendix-v1"})
    void oldPublicationsReadBackIdentically(String name) throws IOException {
        Snapshot snapshot = Snapshot.fromJson(resource(name + ".json"));
        String seen = view(snapshot);
        Path expected = Path.of("src/test/resources/snapshots/" + name + ".expected.txt");
        if (Boolean.getBoolean("snapshots.record")) {
            Files.writeString(expected, seen);
        }
        assertThat(seen).isEqualTo(Files.readString(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-10-december-2024-v1", "part-2-with-appendix-v1"})
    void theCurrentFormatKeepsWhatReadersSeeAndNothingAboutWhoWroteIt(String name) throws IOException {
        Snapshot old = Snapshot.fromJson(resource(name + ".json"));
        String stored = Snapshot.of(old.items()).toJson();
        assertThat(stored).contains("\"format\":2").doesNotContain("\"owner\"").doesNotContain("\"steps\"").doesNotContain("\"version\"");
        assertThat(view(Snapshot.fromJson(stored))).isEqualTo(view(old));
    }

    /** What a reader sees of a publication, one line per fact. */
    static String view(Snapshot snapshot) {
        StringBuilder out = new StringBuilder();
        for (Snapshot.Entry entry : snapshot.items()) {
            AgendaItemDto i = entry.item();
            out.append("item ").append(i.number()).append(" | ").append(i.title()).append(" | ").append(i.purpose()).append(" | ")
                    .append(i.startTimeLabel()).append(" | ").append(i.presenterName()).append(" | ").append(i.reportOf()).append(" | ")
                    .append(i.part()).append(" | ").append(entry.exemptionLabel()).append(" | key ").append(i.keyDecision())
                    .append(" | late ").append(i.late()).append(" | ").append(i.urgencyReason()).append(" | confidential ")
                    .append(entry.confidential()).append('\n');
            ReportDto r = entry.report();
            if (r == null) {
                continue;
            }
            out.append("  report ").append(r.id()).append(" | ").append(r.title()).append(" | ").append(r.meetingName()).append(" | ")
                    .append(r.meetingDate()).append(" | ").append(r.classification()).append(" | ").append(r.exemptParagraph()).append(" | key ")
                    .append(r.keyDecision()).append(" | ").append(r.executiveDirector()).append(" | ").append(r.reportAuthor()).append(" | ")
                    .append(r.executiveCouncillor()).append('\n');
            r.backgroundPapers().forEach(b -> out.append("  background ").append(b).append('\n'));
            r.appendices().forEach(a -> out.append("  appendix ").append(a.id()).append(" | ").append(a.number()).append(" | ").append(a.title())
                    .append(" | ").append(a.fileName()).append(" | ").append(a.sizeBytes()).append(" | ").append(a.pageCount()).append(" | ")
                    .append(a.sha256()).append(" | ").append(a.generator()).append(" | ").append(a.reference()).append('\n'));
            List<NumberedSection> sections = ReportLayout.sections(r.sections(), r.appendices());
            for (NumberedSection s : sections) {
                out.append("  ").append(s.number()).append(". ").append(s.heading()).append('\n');
                s.paragraphs().forEach(p -> out.append("    ").append(p.number()).append(' ').append(p.html()).append('\n'));
            }
        }
        return out.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SnapshotFormatTest.class.getResourceAsStream("/snapshots/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
