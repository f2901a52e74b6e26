package uk.gov.hwb.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * The one PDF pipeline: renders a JasperReports template (compiled at build time into
 * {@code jasper/<module>/<name>.jasper}) with plain data to a tagged PDF/UA-1 document with its
 * title, author, subject and language (en-GB) set. Knows no module: each module maps its own data
 * to a {@link Rendering} in its core.
 *
 * <p>Compiled templates are loaded once. Rendered documents are kept by the SHA-256 of everything
 * that went into them (an LRU of the last {@value #CACHE_SIZE}), so rebuilding a pack after one
 * report changes renders only that report. Jasper needs {@code java.awt.headless=true}: the server
 * configuration sets it, and so do the build and the tests.
 */
@ApplicationScoped
public class PdfRenderer {

    static final int CACHE_SIZE = 200;
    private static final String CREATOR = "Board Papers & Partnership Performance";

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();
    private final Map<String, byte[]> rendered = java.util.Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHE_SIZE;
        }
    });

    /** The document as a tagged PDF, from the cache when exactly the same content was rendered before. */
    public byte[] render(Rendering rendering) {
        String key = contentHash(rendering);
        byte[] pdf = rendered.get(key);
        if (pdf == null) {
            pdf = fill(rendering);
            rendered.put(key, pdf);
        }
        return pdf;
    }

    /** Whether a template of this name was compiled into the build. */
    public boolean hasTemplate(String template) {
        return PdfRenderer.class.getResource(path(template)) != null;
    }

    private byte[] fill(Rendering rendering) {
        Map<String, Object> parameters = new HashMap<>();
        rendering.parameters().forEach((name, value) -> parameters.put(name, asTemplateValue(value)));
        try {
            JasperPrint print = JasperFillManager.fillReport(compiled(rendering.template()), parameters,
                    new JRMapCollectionDataSource(new ArrayList<>(rendering.rows())));
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setTagged(true);
            configuration.setTagLanguage("en-GB");
            configuration.setMetadataTitle(rendering.title());
            configuration.setDisplayMetadataTitle(true);
            configuration.setMetadataAuthor(rendering.author());
            configuration.setMetadataSubject(rendering.subject());
            configuration.setMetadataCreator(CREATOR);
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return PdfUa.finish(out.toByteArray(), rendering.title());
        } catch (JRException e) {
            throw new IllegalStateException("Cannot render " + rendering.template() + ": " + e.getMessage(), e);
        }
    }

    /** Lists of rows become data sources (a fresh one per fill: a data source is read once). */
    @SuppressWarnings("unchecked")
    private static Object asTemplateValue(Object value) {
        if (value instanceof Collection<?> list && !list.isEmpty() && list.iterator().next() instanceof Map) {
            return new JRMapCollectionDataSource((Collection<Map<String, ?>>) (Collection<?>) new ArrayList<>(list));
        }
        return value;
    }

    private JasperReport compiled(String template) {
        return compiled.computeIfAbsent(template, name -> {
            try (InputStream in = PdfRenderer.class.getResourceAsStream(path(name))) {
                if (in == null) {
                    throw new IllegalStateException("No compiled template " + path(name)
                            + ": add src/main/jasperreports/" + name + ".jrxml to the reports module");
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException | JRException e) {
                throw new IllegalStateException("Cannot load template " + name, e);
            }
        });
    }

    private static String path(String template) {
        return "/jasper/" + template + ".jasper";
    }

    /** SHA-256 of a canonical form of the rendering: same content, same key, whatever the map order. */
    static String contentHash(Rendering rendering) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(rendering.template()).append('\u0000');
        write(canonical, List.of(rendering.title(), String.valueOf(rendering.author()), String.valueOf(rendering.subject())));
        write(canonical, rendering.parameters());
        write(canonical, rendering.rows());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append('N');
        } else if (value instanceof CharSequence text) {
            out.append('S').append(text.length()).append(':').append(text);
        } else if (value instanceof BigDecimal number) {
            out.append('D').append(number.toPlainString()).append(';');
        } else if (value instanceof Number || value instanceof Boolean || value instanceof TemporalAccessor || value instanceof Enum<?>) {
            out.append(value.getClass().getSimpleName().charAt(0)).append(value).append(';');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            new TreeMap<>(stringKeys(map)).forEach((k, v) -> {
                write(out, k);
                write(out, v);
            });
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            list.forEach(item -> write(out, item));
            out.append(']');
        } else {
            throw new IllegalArgumentException("Templates take plain data (text, numbers, dates, lists, maps), not " + value.getClass().getName());
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> keys = new HashMap<>();
        map.forEach((k, v) -> keys.put(String.valueOf(k), v));
        return keys;
    }
}
