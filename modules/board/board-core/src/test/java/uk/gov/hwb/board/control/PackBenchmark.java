package uk.gov.hwb.board.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import uk.gov.hwb.reports.PackAssembler;
import uk.gov.hwb.reports.PackPart;
import uk.gov.hwb.reports.TestPdfs;

/**
 * Builds a pack the size of seed 002 (~100 pages: three reports and several appendices) and prints
 * the first-build time (warm), the rebuild time after one report changes, the peak heap growth,
 * and both times as a ratio to a plain PDFBox merge of the same pre-rendered pages.
 *
 * <pre>mvn -q install -DskipTests -pl modules/board/board-core -am &amp;&amp; mvn -q -pl modules/board/board-core test-compile exec:java \
 *     -Dexec.mainClass=uk.gov.hwb.board.control.PackBenchmark -Dexec.classpathScope=test -Djava.awt.headless=true</pre>
 */
public final class PackBenchmark {

    private static final int ROUNDS = 10;

    public static void main(String[] args) throws IOException {
        List<byte[]> appendices = List.of(TestPdfs.document("SEND action plan", 21), TestPdfs.document("SEND data", 9),
                TestPdfs.document("Strategies annual report", 19), TestPdfs.document("BCF template", 5));
        // Warm up the JVM, Jasper and PDFBox.
        for (int i = 0; i < 3; i++) {
            build(reports(i), appendices);
        }
        long heapBefore = usedHeap();
        resetPeaks();

        long first = 0;
        PackAssembler.Pack pack = null;
        for (int i = 0; i < ROUNDS; i++) {
            List<ReportDocument> fresh = reports(100 + i); // new content: nothing cached
            long start = System.nanoTime();
            pack = build(fresh, appendices);
            first += System.nanoTime() - start;
        }
        List<ReportDocument> settled = reports(1000);
        build(settled, appendices);
        long rebuild = 0;
        for (int i = 0; i < ROUNDS; i++) {
            List<ReportDocument> changed = new ArrayList<>(settled);
            changed.set(1, report("Ageing Well, Caring Well and Living Well Strategies", 2000 + i, 10)); // one report edited
            long start = System.nanoTime();
            build(changed, appendices);
            rebuild += System.nanoTime() - start;
        }
        long heapGrowth = peakHeap() - heapBefore;

        List<byte[]> rendered = new ArrayList<>();
        rendered.add(BoardDocumentsTest.DOCUMENTS.frontSheet(front(), Map.of()));
        for (int i = 0; i < settled.size(); i++) {
            rendered.add(BoardDocumentsTest.DOCUMENTS.report(settled.get(i)));
            if (i == 0) {
                rendered.add(appendices.get(0));
                rendered.add(appendices.get(1));
            } else if (i == 1) {
                rendered.add(appendices.get(2));
            } else {
                rendered.add(appendices.get(3));
            }
        }
        long merge = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            plainMerge(rendered);
            merge += System.nanoTime() - start;
        }
        double firstMs = first / 1e6 / ROUNDS;
        double rebuildMs = rebuild / 1e6 / ROUNDS;
        double mergeMs = merge / 1e6 / ROUNDS;
        System.out.printf("pack pages:               %d%n", pack.pageCount());
        System.out.printf("first build (warm):       %.0f ms (%.2f ms a page; %.1fx a plain merge)%n", firstMs, firstMs / pack.pageCount(), firstMs / mergeMs);
        System.out.printf("rebuild, one report new:  %.0f ms (%.1fx a plain merge)%n", rebuildMs, rebuildMs / mergeMs);
        System.out.printf("plain PDFBox merge:       %.0f ms%n", mergeMs);
        System.out.printf("peak heap growth:         %d MB%n", heapGrowth / 1024 / 1024);
    }

    private static PackAssembler.Pack build(List<ReportDocument> reports, List<byte[]> appendices) {
        List<PackPart> parts = new ArrayList<>();
        parts.add(new PackPart(7, "7. SEND Reporting", false, false, BoardDocumentsTest.DOCUMENTS.report(reports.get(0))));
        parts.add(new PackPart(7, "Appendix 1", true, false, appendices.get(0)));
        parts.add(new PackPart(7, "Appendix 2", true, false, appendices.get(1)));
        parts.add(new PackPart(9, "9. Strategies", false, false, BoardDocumentsTest.DOCUMENTS.report(reports.get(1))));
        parts.add(new PackPart(9, "Appendix 1", true, false, appendices.get(2)));
        parts.add(new PackPart(10, "10. Better Care Fund", false, false, BoardDocumentsTest.DOCUMENTS.report(reports.get(2))));
        parts.add(new PackPart(10, "Appendix 1", true, false, appendices.get(3)));
        return PackAssembler.assemble(ranges -> BoardDocumentsTest.DOCUMENTS.frontSheet(front(), ranges), parts, false,
                new PackAssembler.Metadata("Supplementary pack", "Southend-on-Sea City Council", "Benchmark"));
    }

    private static FrontSheet front() {
        return BoardDocumentsTest.SUPPLEMENTARY;
    }

    private static List<ReportDocument> reports(int seed) {
        return List.of(report("SEND and Strategic Action Plan Update", seed, 9), report("Ageing Well, Caring Well and Living Well Strategies", seed, 10),
                report("Better Care Fund Update", seed, 4));
    }

    /** A report of about {@code pages} pages; {@code seed} makes its text unique. */
    static ReportDocument report(String title, int seed, int pages) {
        List<ReportDocument.Line> lines = new ArrayList<>();
        for (int section = 1; section <= 12; section++) {
            String heading = section + ". Section " + section;
            for (int p = 1; p <= pages * 3; p++) {
                lines.add(ReportDocument.Line.paragraph(heading, section + "." + p, "Revision " + seed + ". The partnership reviewed progress against the"
                        + " action plan, the data shared across health, education and social care, and the co-production of plans."));
            }
        }
        return new ReportDocument("Health and Wellbeing Board", "10 December 2024", "Part 1", "No", title, "Mark Harvey",
                "Nicola Mickleburgh", "Councillor Maxine Sadza", lines);
    }

    private static void plainMerge(List<byte[]> documents) throws IOException {
        try (PDDocument target = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            List<PDDocument> open = new ArrayList<>();
            for (byte[] pdf : documents) {
                PDDocument source = Loader.loadPDF(pdf);
                open.add(source);
                merger.appendDocument(target, source);
            }
            target.save(out);
            for (PDDocument source : open) {
                source.close();
            }
        }
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
