package uk.gov.hwb.reports;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The logical structure (tags) of an assembled pack: one {@code Document} element holding a
 * {@code Part} per pack document (front sheet, each report, each appendix) in pack order, each
 * Part holding that document's own structure tree. The pages are imported as shallow copies, so
 * the documents' structure elements are reused as they are; what changes is where they point:
 * page references ({@code /Pg}) move to the pack's pages and each page's parent-tree key
 * ({@code /StructParents}, and {@code /StructParent} of its annotations) is shifted past the keys
 * of the documents before it, so the pack's one parent tree maps every marked-content sequence
 * back to its element. Role and class maps are joined (first definition wins).
 *
 * <p>Documents without tags (uploaded appendices made without them) add no structure: their
 * pages are in the pack but not in its logical structure, and the pack reports them.
 */
final class PackStructure {

    private static final COSName PART = COSName.getPDFName("Part");
    private static final COSName CLASS_MAP = COSName.getPDFName("ClassMap");

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final COSDictionary document = new COSDictionary();
    private final COSArray documentKids = new COSArray();
    private final COSArray nums = new COSArray();
    private final COSDictionary roleMap = new COSDictionary();
    private final COSDictionary classMap = new COSDictionary();
    private int nextKey;

    PackStructure(PDDocument pack) {
        document.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        document.setItem(COSName.S, COSName.DOCUMENT);
        document.setItem(COSName.P, root.getCOSObject());
        document.setItem(COSName.K, documentKids);
        root.getCOSObject().setItem(COSName.K, document);
        pack.getDocumentCatalog().setStructureTreeRoot(root);
    }

    /** Whether a document is tagged: marked, with a structure tree whose parent tree maps its content. */
    static boolean tagged(PDDocument source) {
        PDDocumentCatalog catalog = source.getDocumentCatalog();
        PDMarkInfo mark = catalog.getMarkInfo();
        PDStructureTreeRoot tree = catalog.getStructureTreeRoot();
        return mark != null && mark.isMarked() && tree != null && tree.getK() != null
                && tree.getCOSObject().getDictionaryObject(COSName.PARENT_TREE) instanceof COSDictionary;
    }

    /**
     * Adds a document's structure as a Part titled {@code title}.
     *
     * @param pages each of the document's pages mapped to its copy in the pack
     * @return false when the document has no tags (nothing was added)
     */
    boolean add(PDDocument source, Map<COSDictionary, PDPage> pages, String title) throws IOException {
        if (!tagged(source)) {
            return false;
        }
        PDStructureTreeRoot tree = source.getDocumentCatalog().getStructureTreeRoot();
        Map<Integer, COSBase> parentTree = new TreeMap<>();
        numbers((COSDictionary) tree.getCOSObject().getDictionaryObject(COSName.PARENT_TREE), parentTree, Collections.newSetFromMap(new IdentityHashMap<>()));
        int offset = nextKey;
        int last = -1;
        for (Map.Entry<Integer, COSBase> entry : parentTree.entrySet()) {
            nums.add(COSInteger.get(offset + entry.getKey()));
            nums.add(entry.getValue());
            last = Math.max(last, entry.getKey());
        }
        nextKey = offset + last + 1;

        Map<COSDictionary, COSDictionary> moved = new IdentityHashMap<>();
        for (Map.Entry<COSDictionary, PDPage> page : pages.entrySet()) {
            COSDictionary copy = page.getValue().getCOSObject();
            moved.put(page.getKey(), copy);
            int structParents = page.getKey().getInt(COSName.STRUCT_PARENTS, -1);
            if (structParents >= 0) {
                copy.setInt(COSName.STRUCT_PARENTS, structParents + offset);
            }
            if (copy.getDictionaryObject(COSName.ANNOTS) instanceof COSArray annotations) {
                for (int i = 0; i < annotations.size(); i++) {
                    if (annotations.getObject(i) instanceof COSDictionary annotation) {
                        int structParent = annotation.getInt(COSName.STRUCT_PARENT, -1);
                        if (structParent >= 0) {
                            annotation.setInt(COSName.STRUCT_PARENT, structParent + offset);
                        }
                        if (annotation.containsKey(COSName.P)) {
                            annotation.setItem(COSName.P, copy);
                        }
                    }
                }
            }
        }

        COSDictionary part = part(tree.getCOSObject().getDictionaryObject(COSName.K));
        part.setString(COSName.T, title);
        String language = source.getDocumentCatalog().getLanguage();
        if (language != null && !part.containsKey(COSName.LANG)) {
            part.setString(COSName.LANG, language);
        }
        part.setItem(COSName.P, document);
        documentKids.add(part);
        movePageReferences(part, moved, Collections.newSetFromMap(new IdentityHashMap<>()));

        join(tree.getCOSObject().getDictionaryObject(COSName.ROLE_MAP), roleMap);
        join(tree.getCOSObject().getDictionaryObject(CLASS_MAP), classMap);
        return true;
    }

    /** Writes the joined parent tree and maps into the pack's structure tree root. */
    void finish() {
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        root.setParentTreeNextKey(nextKey);
        if (roleMap.size() > 0) {
            root.getCOSObject().setItem(COSName.ROLE_MAP, roleMap);
        }
        if (classMap.size() > 0) {
            root.getCOSObject().setItem(CLASS_MAP, classMap);
        }
    }

    /**
     * The document's own root element becomes its Part when it is a single {@code Document}
     * (Jasper's output is); otherwise a new Part holds the top-level elements.
     */
    private COSDictionary part(COSBase top) {
        if (top instanceof COSDictionary single && COSName.DOCUMENT.equals(single.getCOSName(COSName.S))) {
            single.setItem(COSName.S, PART);
            return single;
        }
        COSDictionary part = new COSDictionary();
        part.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        part.setItem(COSName.S, PART);
        COSArray kids = new COSArray();
        if (top instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                kids.add(array.get(i));
                if (array.getObject(i) instanceof COSDictionary kid) {
                    kid.setItem(COSName.P, part);
                }
            }
        } else if (top instanceof COSDictionary kid) {
            kids.add(kid);
            kid.setItem(COSName.P, part);
        }
        part.setItem(COSName.K, kids);
        return part;
    }

    /** Points every page reference under an element (elements, marked-content and object references) at the pack's copy of the page. */
    private static void movePageReferences(COSBase node, Map<COSDictionary, COSDictionary> moved, Set<COSBase> seen) {
        if (node instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                movePageReferences(array.getObject(i), moved, seen);
            }
        } else if (node instanceof COSDictionary dictionary && seen.add(dictionary)) {
            if (dictionary.getDictionaryObject(COSName.PG) instanceof COSDictionary page && moved.containsKey(page)) {
                dictionary.setItem(COSName.PG, moved.get(page));
            }
            COSBase kids = dictionary.getDictionaryObject(COSName.K);
            if (kids instanceof COSArray || kids instanceof COSDictionary) {
                movePageReferences(kids, moved, seen);
            }
        }
    }

    /** A number tree's entries, whether kept in one Nums array or spread over Kids. */
    private static void numbers(COSDictionary node, Map<Integer, COSBase> into, Set<COSBase> seen) {
        if (node == null || !seen.add(node)) {
            return;
        }
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray array) {
            for (int i = 0; i + 1 < array.size(); i += 2) {
                if (array.getObject(i) instanceof COSNumber key) {
                    into.put(key.intValue(), array.get(i + 1));
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    numbers(kid, into, seen);
                }
            }
        }
    }

    private static void join(COSBase from, COSDictionary into) {
        if (from instanceof COSDictionary map) {
            for (Map.Entry<COSName, COSBase> entry : map.entrySet()) {
                if (!into.containsKey(entry.getKey())) {
                    into.setItem(entry.getKey(), entry.getValue());
                }
            }
        }
    }
}
