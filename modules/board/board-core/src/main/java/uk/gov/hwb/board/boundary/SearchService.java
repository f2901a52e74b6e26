package uk.gov.hwb.board.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import uk.gov.hwb.board.api.Search;
import uk.gov.hwb.board.api.SearchHitDto;
import uk.gov.hwb.board.control.CurrentMembers;
import uk.gov.hwb.board.control.SearchIndex;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.security.Viewer;

/** Search of published papers, limited to what the viewer may read. */
@Stateless
public class SearchService implements Search {

    @Inject
    SearchIndex index;

    @Inject
    CurrentMembers members;

    @Override
    public Page<SearchHitDto> search(String query, Long bodyId, LocalDate from, LocalDate to, Viewer viewer, PageRequest page) {
        return index.search(query, bodyId, from, to, viewer.isClerk() ? null : members.bodiesOf(viewer), page);
    }
}
