package uk.gov.hwb.reports;

/**
 * One document of a pack, in agenda order: an item's report or one of its appendices.
 *
 * @param itemNumber   the agenda item it belongs to
 * @param bookmark     its entry in the PDF outline, e.g. "7. SEND Reporting" or "Appendix 1 – Action plan"
 * @param appendix     true for an appendix (nested under its item in the outline)
 * @param confidential Part 2: watermarked in the members' pack
 * @param pdf          the document
 */
public record PackPart(int itemNumber, String bookmark, boolean appendix, boolean confidential, byte[] pdf) {
}
