package uk.gov.hwb.board.api;

/** Feeds for calendars and readers: public data only. */
public interface Feeds {

    /**
     * An RFC 5545 calendar of announced meetings (all bodies, or one): stable UIDs, SEQUENCE rising
     * with every change to a meeting, cancelled meetings with STATUS:CANCELLED.
     *
     * @param siteUrl the public address of this site, for links (e.g. https://papers.example.gov.uk)
     */
    String calendar(Long bodyId, String siteUrl);

    /** RSS 2.0 of newly published public (Part 1) documents, newest first. */
    String documentsRss(String siteUrl);
}
