package uk.gov.hwb.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * What JasperReports' tagged PDF still lacks for PDF/UA-1: an XMP metadata stream with the title
 * and the PDF/UA identification, a Scope on table header cells, and no partial CIDSet streams on
 * the embedded subset fonts.
 */
final class PdfUa {

    private PdfUa() {
    }

    static byte[] finish(byte[] pdf, String title) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            identify(document, title, true);
            if (document.getDocumentCatalog().getStructureTreeRoot() != null) {
                scopeHeaderCells(document.getDocumentCatalog().getStructureTreeRoot().getKids());
            }
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    PDFontDescriptor descriptor = font instanceof PDType0Font type0 ? type0.getDescendantFont().getFontDescriptor()
                            : font.getFontDescriptor();
                    if (descriptor != null) {
                        descriptor.getCOSObject().removeItem(COSName.CID_SET);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish the PDF", e);
        }
    }

    /**
     * The XMP metadata stream with the title, claiming PDF/UA-1 conformance only when asked (a
     * document that holds untagged content must not claim it).
     */
    static void identify(PDDocument document, String title, boolean claimPdfUa) throws IOException {
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title, claimPdfUa).getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
    }

    /** Header cells of the cover tables label their row: give each TH the Scope the table's structure needs. */
    private static void scopeHeaderCells(java.util.List<Object> kids) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("TH".equals(element.getStructureType())) {
                    PDTableAttributeObject scope = new PDTableAttributeObject();
                    scope.setScope(PDTableAttributeObject.SCOPE_ROW);
                    element.addAttribute(scope);
                }
                scopeHeaderCells(element.getKids());
            }
        }
    }

    private static String xmp(String title, boolean claimPdfUa) {
        String escaped = title == null ? "" : title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped + "</rdf:li></rdf:Alt></dc:title>"
                + (claimPdfUa ? "<pdfuaid:part>1</pdfuaid:part>" : "") + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }
}
