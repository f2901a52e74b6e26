package uk.gov.hwb.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

/**
 * Assembles a meeting pack: the front sheet, then each item's report and appendices in agenda
 * order. Every document starts on an odd page (a page reading "This page is intentionally left
 * blank" is put in where needed), "Page N" is stamped at the foot of every page, confidential
 * pages can be watermarked, and the outline has the front sheet, each item and each appendix.
 * The front sheet shows each item's page range, so it is rendered twice: once to learn how many
 * pages it takes, then with the real ranges (and again, should that change its length).
 */
public final class PackAssembler {

    public static final String BLANK_PAGE_TEXT = "This page is intentionally left blank";
    public static final String WATERMARK = "CONFIDENTIAL – NOT FOR PUBLICATION";

    /** Document properties every pack carries (accessibility: title, author, subject, language). */
    public record Metadata(String title, String author, String subject) {
    }

    /** The assembled pack and where each item's papers are. */
    public record Pack(byte[] pdf, int pageCount, List<PageRange> ranges) {
    }

    private PackAssembler() {
    }

    /**
     * @param frontSheet renders the front sheet given the page ranges of the items (empty on the first pass)
     * @param parts      the documents in agenda order
     * @param watermark  whether confidential parts get the watermark (the members' pack)
     */
    public static Pack assemble(Function<Map<Integer, PageRange>, byte[]> frontSheet, List<PackPart> parts, boolean watermark,
                                Metadata metadata) {
        List<Integer> partPages = new ArrayList<>();
        for (PackPart part : parts) {
            partPages.add(pageCount(part.pdf()));
        }
        byte[] sheet = frontSheet.apply(Map.of());
        Map<Integer, PageRange> ranges = Map.of();
        for (int pass = 0; pass < 4; pass++) {
            Map<Integer, PageRange> computed = ranges(pageCount(sheet), parts, partPages);
            if (computed.equals(ranges)) {
                break;
            }
            ranges = computed;
            sheet = frontSheet.apply(ranges);
        }
        int pages = ranges.values().stream().mapToInt(PageRange::to).max().orElse(pageCount(sheet));
        return new Pack(merge(sheet, parts, watermark, metadata), pages, List.copyOf(ranges.values()));
    }

    /** Page ranges per item: each document starts on the first odd page after what came before. */
    static Map<Integer, PageRange> ranges(int frontSheetPages, List<PackPart> parts, List<Integer> partPages) {
        Map<Integer, PageRange> ranges = new LinkedHashMap<>();
        int next = oddStart(frontSheetPages + 1);
        for (int i = 0; i < parts.size(); i++) {
            PackPart part = parts.get(i);
            int from = next;
            int to = from + partPages.get(i) - 1;
            ranges.merge(part.itemNumber(), new PageRange(part.itemNumber(), from, to),
                    (a, b) -> new PageRange(a.itemNumber(), a.from(), b.to()));
            next = oddStart(to + 1);
        }
        return ranges;
    }

    private static int oddStart(int page) {
        return page % 2 == 1 ? page : page + 1;
    }

    private static byte[] merge(byte[] sheet, List<PackPart> parts, boolean watermark, Metadata metadata) {
        try (PDDocument pack = new PDDocument()) {
            PDDocumentOutline outline = new PDDocumentOutline();
            pack.getDocumentCatalog().setDocumentOutline(outline);
            List<PDDocument> sources = new ArrayList<>();
            try {
                PDDocument front = Loader.loadPDF(sheet);
                sources.add(front);
                PDPage first = append(pack, front, false);
                outline.addLast(bookmark("Front sheet and agenda", first));
                PDOutlineItem currentItem = null;
                int currentNumber = Integer.MIN_VALUE;
                for (PackPart part : parts) {
                    if (pack.getNumberOfPages() % 2 == 1) {
                        addBlankPage(pack);
                    }
                    PDDocument source = Loader.loadPDF(part.pdf());
                    sources.add(source);
                    PDPage start = append(pack, source, watermark && part.confidential());
                    PDOutlineItem entry = bookmark(part.bookmark(), start);
                    if (part.appendix() && currentItem != null && currentNumber == part.itemNumber()) {
                        currentItem.addLast(entry);
                    } else {
                        outline.addLast(entry);
                        currentItem = entry;
                        currentNumber = part.itemNumber();
                    }
                }
                stampPageNumbers(pack);
                describe(pack, metadata);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pack.save(out);
                return out.toByteArray();
            } finally {
                for (PDDocument source : sources) {
                    source.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot assemble the pack", e);
        }
    }

    /** Appends every page of a document; returns its first page in the pack. */
    private static PDPage append(PDDocument pack, PDDocument source, boolean watermark) throws IOException {
        PDPage first = null;
        for (PDPage page : source.getPages()) {
            PDPage imported = pack.importPage(page);
            if (first == null) {
                first = imported;
            }
            if (watermark) {
                watermark(pack, imported);
            }
        }
        return first;
    }

    private static void addBlankPage(PDDocument pack) throws IOException {
        PDPage blank = new PDPage(PDRectangle.A4);
        pack.addPage(blank);
        try (PDPageContentStream content = new PDPageContentStream(pack, blank)) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float width = font.getStringWidth(BLANK_PAGE_TEXT) / 1000 * 12;
            content.beginText();
            content.setFont(font, 12);
            content.newLineAtOffset((blank.getMediaBox().getWidth() - width) / 2, blank.getMediaBox().getHeight() / 2);
            content.showText(BLANK_PAGE_TEXT);
            content.endText();
        }
    }

    /** "Page N" centred in the bottom margin, on top of what is there, in a small white box so it never blends into content. */
    private static void stampPageNumbers(PDDocument pack) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        int number = 0;
        for (PDPage page : pack.getPages()) {
            number++;
            String text = "Page " + number;
            PDRectangle box = page.getCropBox();
            float width = font.getStringWidth(text) / 1000 * 9;
            float x = box.getLowerLeftX() + (box.getWidth() - width) / 2;
            float y = box.getLowerLeftY() + 12;
            try (PDPageContentStream content = new PDPageContentStream(pack, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.setNonStrokingColor(1f, 1f, 1f);
                content.addRect(x - 4, y - 3, width + 8, 13);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
                content.beginText();
                content.setFont(font, 9);
                content.newLineAtOffset(x, y);
                content.showText(text);
                content.endText();
            }
        }
    }

    private static void watermark(PDDocument pack, PDPage page) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDRectangle box = page.getCropBox();
        float size = 28;
        String text = WATERMARK.replace('–', '-');
        float width = font.getStringWidth(text) / 1000 * size;
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(0.25f);
        try (PDPageContentStream content = new PDPageContentStream(pack, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            content.setGraphicsStateParameters(translucent);
            content.setNonStrokingColor(0.7f, 0f, 0f);
            content.beginText();
            content.setFont(font, size);
            double angle = Math.atan2(box.getHeight(), box.getWidth());
            float cx = box.getLowerLeftX() + box.getWidth() / 2;
            float cy = box.getLowerLeftY() + box.getHeight() / 2;
            Matrix matrix = Matrix.getRotateInstance(angle, cx, cy);
            matrix.translate(-width / 2, -size / 3);
            content.setTextMatrix(matrix);
            content.showText(text);
            content.endText();
        }
    }

    private static PDOutlineItem bookmark(String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(page);
        return item;
    }

    private static void describe(PDDocument pack, Metadata metadata) {
        PDDocumentInformation info = pack.getDocumentInformation();
        info.setTitle(metadata.title());
        info.setAuthor(metadata.author());
        info.setSubject(metadata.subject());
        info.setCreator("Board Papers & Partnership Performance");
        info.setCreationDate(Calendar.getInstance());
        pack.getDocumentCatalog().setLanguage("en-GB");
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }
}
