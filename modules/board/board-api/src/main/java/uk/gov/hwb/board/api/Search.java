package uk.gov.hwb.board.api;

import java.time.LocalDate;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Full-text search over published reports and the text of their uploaded appendices. Confidential
 * (Part 2) papers are found only by members of their body and democratic services.
 */
public interface Search {

    /** Best matches first; {@code query} uses simple search syntax (words, "phrases", OR, -not). */
    Page<SearchHitDto> search(String query, Long bodyId, LocalDate from, LocalDate to, Viewer viewer, PageRequest page);
}
