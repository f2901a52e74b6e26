package uk.gov.hwb.board.api;

import java.util.List;

/** The register of bodies (boards, partnership groups, sub-groups), their terms of reference and members. */
public interface Bodies {

    List<BodyDto> bodies();

    BodyDto body(long id);

    BodyDto add(BodyDto body);

    BodyDto update(long id, BodyDto body);

    /** Memberships of a body, current and past, chair first. */
    List<MembershipDto> members(long bodyId);

    MembershipDto addMember(long bodyId, MembershipDto membership);
}
