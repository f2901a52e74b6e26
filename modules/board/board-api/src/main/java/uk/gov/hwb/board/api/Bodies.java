package uk.gov.hwb.board.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.gov.hwb.platform.security.Viewer;

/** The register of bodies (boards, partnership groups, sub-groups), their terms of reference and members. */
public interface Bodies {

    List<BodyDto> bodies();

    BodyDto body(long id);

    /** Adds a body: democratic services and administrators only. */
    BodyDto add(@NotNull @Valid BodyInput body, @NotNull Viewer viewer);

    /** Changes a body or its terms of reference: democratic services and administrators only. */
    BodyDto update(long id, @NotNull @Valid BodyInput body, @NotNull Viewer viewer);

    /** Memberships of a body, current and past, chair first. */
    List<MembershipDto> members(long bodyId);

    /** Adds a membership: democratic services and administrators only. */
    MembershipDto addMember(long bodyId, @NotNull @Valid NewMembership membership, @NotNull Viewer viewer);
}
