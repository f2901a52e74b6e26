package uk.gov.hwb.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
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
 *
 * <p>The pack is tagged PDF: the documents' own structure trees are merged in pack order, one
 * Part each ({@link PackStructure}); everything the assembler prints (blank-page text, "Page N",
 * the watermark) is an artifact in an embedded font; page labels match the stamped numbers; the
 * catalog carries the title display, language, mark info and XMP metadata. Built from tagged
 * documents, the pack passes veraPDF's PDF/UA-1 check ({@code PackAccessibilityTest}). A pack
 * holding untagged documents (uploaded appendices) keeps its other tags, lists those documents
 * in {@link Pack#untagged()} and does not claim PDF/UA.
 */
public final class PackAssembler {

    public static final String BLANK_PAGE_TEXT = "This page is intentionally left blank";
    public static final String WATERMARK = "CONFIDENTIAL – NOT FOR PUBLICATION";

    /** Document properties every pack carries (accessibility: title, author, subject, language). */
    public record Metadata(String title, String author, String subject) {
    }

    /**
     * The assembled pack, where each item's papers are, and the documents in it that carry no
     * tags (their bookmarks), which the pack's accessibility statement names.
     */
    public record Pack(byte[] pdf, int pageCount, List<PageRange> ranges, List<String> untagged) {

        /** Whether every document in the pack is tagged, so the pack as a whole can be PDF/UA. */
        public boolean fullyTagged() {
            return untagged.isEmpty();
        }
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
        Merged merged = merge(sheet, parts, watermark, metadata);
        return new Pack(merged.pdf(), pages, List.copyOf(ranges.values()), merged.untagged());
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

    private static Merged merge(byte[] sheet, List<PackPart> parts, boolean watermark, Metadata metadata) {
        try (PDDocument pack = new PDDocument()) {
            PDDocumentOutline outline = new PDDocumentOutline();
            pack.getDocumentCatalog().setDocumentOutline(outline);
            PackStructure structure = new PackStructure(pack);
            Stamps stamps = new Stamps(pack);
            List<String> untagged = new ArrayList<>();
            List<PDDocument> sources = new ArrayList<>();
            try {
                PDDocument front = Loader.loadPDF(sheet);
                sources.add(front);
                List<PDPage> frontPages = append(pack, front, structure, "Front sheet and agenda");
                if (!PackStructure.tagged(front)) {
                    untagged.add("Front sheet and agenda");
                }
                outline.addLast(bookmark("Front sheet and agenda", frontPages.get(0)));
                PDOutlineItem currentItem = null;
                int currentNumber = Integer.MIN_VALUE;
                for (PackPart part : parts) {
                    if (pack.getNumberOfPages() % 2 == 1) {
                        stamps.blankPage();
                    }
                    PDDocument source = Loader.loadPDF(part.pdf());
                    sources.add(source);
                    List<PDPage> pages = append(pack, source, structure, part.bookmark());
                    if (!PackStructure.tagged(source)) {
                        untagged.add(part.bookmark());
                    }
                    if (watermark && part.confidential()) {
                        for (PDPage page : pages) {
                            stamps.watermark(page);
                        }
                    }
                    PDOutlineItem entry = bookmark(part.bookmark(), pages.get(0));
                    if (part.appendix() && currentItem != null && currentNumber == part.itemNumber()) {
                        currentItem.addLast(entry);
                    } else {
                        outline.addLast(entry);
                        currentItem = entry;
                        currentNumber = part.itemNumber();
                    }
                }
                stamps.pageNumbers();
                structure.finish();
                describe(pack, metadata, untagged.isEmpty());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pack.save(out);
                return new Merged(out.toByteArray(), List.copyOf(untagged));
            } finally {
                for (PDDocument source : sources) {
                    source.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot assemble the pack", e);
        }
    }

    private record Merged(byte[] pdf, List<String> untagged) {
    }

    /** Whether a PDF is tagged (marked, with a logical structure): what the pack can carry into its own structure. */
    public static boolean tagged(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return PackStructure.tagged(document);
        } catch (IOException e) {
            return false;
        }
    }

    /** Appends every page of a document and its structure; returns its pages in the pack. */
    private static List<PDPage> append(PDDocument pack, PDDocument source, PackStructure structure, String title) throws IOException {
        List<PDPage> pages = new ArrayList<>();
        Map<COSDictionary, PDPage> copies = new IdentityHashMap<>();
        for (PDPage page : source.getPages()) {
            PDPage imported = pack.importPage(page);
            if (!page.getCOSObject().containsKey(COSName.RESOURCES) && page.getResources() != null) {
                // Resources inherited from the source's page tree would be lost with it.
                imported.setResources(page.getResources());
            }
            pages.add(imported);
            copies.put(page.getCOSObject(), imported);
        }
        structure.add(source, copies, title);
        return pages;
    }

    /**
     * What the assembler prints on the pages: the blank-page text, "Page N" and the watermark, all
     * marked as artifacts (pagination and layout, not content, so assistive technology skips
     * them) in an embedded font (DejaVu Sans, shipped with JasperReports' fonts), as PDF/UA asks.
     */
    private static final class Stamps {

        private final PDDocument pack;
        private PDFont regular;
        private PDFont bold;
        private final PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();

        Stamps(PDDocument pack) {
            this.pack = pack;
            translucent.setNonStrokingAlphaConstant(0.25f);
        }

        void blankPage() throws IOException {
            PDPage blank = new PDPage(PDRectangle.A4);
            pack.addPage(blank);
            try (PDPageContentStream content = new PDPageContentStream(pack, blank)) {
                PDFont font = regular();
                float width = font.getStringWidth(BLANK_PAGE_TEXT) / 1000 * 12;
                content.beginMarkedContent(COSName.ARTIFACT, artifact("Layout", null));
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset((blank.getMediaBox().getWidth() - width) / 2, blank.getMediaBox().getHeight() / 2);
                content.showText(BLANK_PAGE_TEXT);
                content.endText();
                content.endMarkedContent();
            }
        }

        /** "Page N" centred in the bottom margin, on top of what is there, in a small white box so it never blends into content. */
        void pageNumbers() throws IOException {
            PDFont font = regular();
            int number = 0;
            for (PDPage page : pack.getPages()) {
                number++;
                String text = "Page " + number;
                PDRectangle box = page.getCropBox();
                float width = font.getStringWidth(text) / 1000 * 9;
                float x = box.getLowerLeftX() + (box.getWidth() - width) / 2;
                float y = box.getLowerLeftY() + 12;
                try (PDPageContentStream content = new PDPageContentStream(pack, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content.beginMarkedContent(COSName.ARTIFACT, artifact("Pagination", "Footer"));
                    content.setNonStrokingColor(1f, 1f, 1f);
                    content.addRect(x - 4, y - 3, width + 8, 13);
                    content.fill();
                    content.setNonStrokingColor(0f, 0f, 0f);
                    content.beginText();
                    content.setFont(font, 9);
                    content.newLineAtOffset(x, y);
                    content.showText(text);
                    content.endText();
                    content.endMarkedContent();
                }
            }
            PDPageLabels labels = new PDPageLabels(pack);
            PDPageLabelRange decimal = new PDPageLabelRange();
            decimal.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            labels.setLabelItem(0, decimal);
            pack.getDocumentCatalog().setPageLabels(labels);
        }

        void watermark(PDPage page) throws IOException {
            PDFont font = bold();
            PDRectangle box = page.getCropBox();
            float size = 28;
            float width = font.getStringWidth(WATERMARK) / 1000 * size;
            try (PDPageContentStream content = new PDPageContentStream(pack, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginMarkedContent(COSName.ARTIFACT, artifact("Pagination", "Watermark"));
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
                content.showText(WATERMARK);
                content.endText();
                content.endMarkedContent();
            }
        }

        private static PDPropertyList artifact(String type, String subtype) {
            COSDictionary properties = new COSDictionary();
            properties.setName(COSName.TYPE, type);
            if (subtype != null) {
                properties.setName(COSName.SUBTYPE, subtype);
            }
            return PDPropertyList.create(properties);
        }

        private PDFont regular() throws IOException {
            if (regular == null) {
                regular = PDType0Font.load(pack, new ByteArrayInputStream(Fonts.REGULAR), true);
            }
            return regular;
        }

        private PDFont bold() throws IOException {
            if (bold == null) {
                bold = PDType0Font.load(pack, new ByteArrayInputStream(Fonts.BOLD), true);
            }
            return bold;
        }
    }

    /** The font files, read once (the class loads on first use). */
    private static final class Fonts {
        static final byte[] REGULAR = read("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf");
        static final byte[] BOLD = read("/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf");

        private static byte[] read(String resource) {
            try (InputStream in = PackAssembler.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("No font " + resource + ": jasperreports-fonts belongs beside the reports jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static PDOutlineItem bookmark(String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(page);
        return item;
    }

    private static void describe(PDDocument pack, Metadata metadata, boolean everyPartTagged) throws IOException {
        PDDocumentInformation info = pack.getDocumentInformation();
        info.setTitle(metadata.title());
        info.setAuthor(metadata.author());
        info.setSubject(metadata.subject());
        info.setCreator("Board Papers & Partnership Performance");
        info.setCreationDate(Calendar.getInstance());
        pack.getDocumentCatalog().setLanguage("en-GB");
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        pack.getDocumentCatalog().setMarkInfo(mark);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        pack.getDocumentCatalog().setViewerPreferences(preferences);
        PdfUa.identify(pack, metadata.title(), everyPartTagged);
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }
}
