package uk.gov.hwb.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Renders the JasperReports documents (templates compiled at build time) to tagged PDF with
 * title, author, subject and language set.
 */
public final class Documents {

    private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();

    /** Rendered documents by their content (report, or front sheet with its ranges): a rebuild re-renders only what changed. */
    private static final Map<Object, byte[]> RENDERED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, byte[]> eldest) {
                    return size() > 200;
                }
            });

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Documents() {
    }

    /** The front sheet, with each item's page range where known. */
    public static byte[] frontSheet(FrontSheet sheet, Map<Integer, PageRange> ranges) {
        return cached(List.of(sheet, Map.copyOf(ranges)), () -> renderFrontSheet(sheet, ranges));
    }

    private static byte[] renderFrontSheet(FrontSheet sheet, Map<Integer, PageRange> ranges) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("council", sheet.council());
        parameters.put("address", sheet.address());
        parameters.put("packTitle", sheet.packTitle());
        parameters.put("heading", sheet.heading());
        parameters.put("meeting", sheet.meeting());
        parameters.put("venue", sheet.venue());
        parameters.put("issued", sheet.issued());
        parameters.put("introduction", sheet.introduction());
        parameters.put("contact", sheet.contact());
        List<Map<String, ?>> rows = sheet.items().stream().<Map<String, ?>>map(e -> {
            PageRange range = ranges.get(e.number());
            Map<String, Object> row = new HashMap<>();
            row.put("number", String.valueOf(e.number()));
            row.put("title", e.title() + (range == null ? "" : " (" + range.label() + ")"));
            String reportOf = e.reportOf() == null ? null : "Report of " + e.reportOf();
            String presenter = e.presenter() == null ? null : "Presented by " + e.presenter();
            row.put("reportOf", reportOf == null ? presenter : presenter == null ? reportOf : reportOf + ". " + presenter);
            return row;
        }).toList();
        return pdf("front-sheet", parameters, new JRMapCollectionDataSource(rows), sheet.packTitle() + " – " + sheet.heading(),
                sheet.council(), sheet.packTitle());
    }

    /** A report to the standard template: cover table, then numbered sections (from the cache when unchanged). */
    public static byte[] report(ReportDocument report) {
        return cached(report, () -> renderReport(report));
    }

    private static byte[] cached(Object content, java.util.function.Supplier<byte[]> render) {
        byte[] pdf = RENDERED.get(content);
        if (pdf == null) {
            pdf = render.get();
            RENDERED.put(content, pdf);
        }
        return pdf;
    }

    private static byte[] renderReport(ReportDocument report) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("meeting", report.meeting());
        parameters.put("date", report.date());
        parameters.put("classification", report.classification());
        parameters.put("keyDecision", report.keyDecision());
        parameters.put("title", report.title());
        parameters.put("executiveDirector", report.executiveDirector());
        parameters.put("reportAuthor", report.reportAuthor());
        parameters.put("executiveCouncillor", report.executiveCouncillor());
        List<Map<String, ?>> rows = report.lines().stream().<Map<String, ?>>map(line -> {
            Map<String, Object> row = new HashMap<>();
            row.put("heading", line.heading());
            row.put("number", line.number());
            row.put("text", line.text());
            return row;
        }).toList();
        return pdf("report", parameters, new JRMapCollectionDataSource(rows), report.title(), report.reportAuthor(), report.meeting() + ", " + report.date());
    }

    private static byte[] pdf(String template, Map<String, Object> parameters, JRMapCollectionDataSource data, String title, String author,
                              String subject) {
        try {
            JasperPrint print = JasperFillManager.fillReport(compiled(template), parameters, data);
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setTagged(true);
            configuration.setTagLanguage("en-GB");
            configuration.setMetadataTitle(title);
            configuration.setDisplayMetadataTitle(true);
            configuration.setMetadataAuthor(author);
            configuration.setMetadataSubject(subject);
            configuration.setMetadataCreator("Board Papers & Partnership Performance");
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return PdfUa.finish(out.toByteArray(), title);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot render " + template, e);
        }
    }

    private static JasperReport compiled(String template) {
        return COMPILED.computeIfAbsent(template, name -> {
            try (InputStream in = Documents.class.getResourceAsStream("/jasper/" + name + ".jasper")) {
                if (in == null) {
                    throw new IllegalStateException("No compiled template " + name + ".jasper: was the build's process-classes step run?");
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException | JRException e) {
                throw new IllegalStateException("Cannot load template " + name, e);
            }
        });
    }
}
