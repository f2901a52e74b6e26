package uk.gov.hwb.board.api;

import java.util.List;

/** The register of bodies (boards, partnership groups, sub-groups). */
public interface Bodies {

    List<BodyDto> bodies();
}
