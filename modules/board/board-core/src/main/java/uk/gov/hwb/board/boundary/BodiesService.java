package uk.gov.hwb.board.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.gov.hwb.board.api.Bodies;
import uk.gov.hwb.board.api.BodyDto;
import uk.gov.hwb.board.api.BodyInput;
import uk.gov.hwb.board.api.MembershipDto;
import uk.gov.hwb.board.api.MembershipRole;
import uk.gov.hwb.board.api.NewMembership;
import uk.gov.hwb.board.api.TermsOfReferenceDto;
import uk.gov.hwb.board.control.MembershipRules;
import uk.gov.hwb.board.entity.Body;
import uk.gov.hwb.board.entity.Membership;
import uk.gov.hwb.board.entity.TermsOfReference;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.security.Viewer;

/** The register of bodies, their terms of reference and their members. */
@Stateless
public class BodiesService implements Bodies {

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    People people;

    @Override
    public List<BodyDto> bodies() {
        return em.createQuery("select b from Body b left join fetch b.parent order by b.name", Body.class).getResultList().stream()
                .map(BodiesService::toDto).toList();
    }

    @Override
    public BodyDto body(long id) {
        return toDto(find(id));
    }

    @Override
    public BodyDto add(BodyInput input, Viewer viewer) {
        requireClerk(viewer);
        Validations.requireValid(validator, input);
        requireUniqueName(input.name().strip(), null);
        Body body = new Body(input.name().strip(), input.kind(), parent(input.parentId(), null));
        apply(input.termsOfReference(), body.getTermsOfReference());
        body.setExecutive(input.executive());
        body.setStatutoryBasis(input.statutoryBasis());
        em.persist(body);
        em.flush();
        return toDto(body);
    }

    @Override
    public BodyDto update(long id, BodyInput input, Viewer viewer) {
        requireClerk(viewer);
        Validations.requireValid(validator, input);
        Body body = find(id);
        Validations.requireVersion("Body " + id, input.version(), body.getVersion());
        requireUniqueName(input.name().strip(), id);
        body.setName(input.name().strip());
        body.setKind(input.kind());
        body.setParent(parent(input.parentId(), id));
        apply(input.termsOfReference(), body.getTermsOfReference());
        body.setExecutive(input.executive());
        body.setStatutoryBasis(input.statutoryBasis());
        em.flush();
        return toDto(body);
    }

    @Override
    public List<MembershipDto> members(long bodyId) {
        find(bodyId);
        return memberships(bodyId).stream()
                .sorted(Comparator.comparing(Membership::getRole).thenComparing(Membership::getFrom))
                .map(this::toDto).toList();
    }

    @Override
    public MembershipDto addMember(long bodyId, NewMembership input, Viewer viewer) {
        requireClerk(viewer);
        Validations.requireValid(validator, input);
        Body body = find(bodyId);
        List<FieldError> errors = new ArrayList<>();
        PersonDto person = person(input.personId(), errors);
        Membership deputyFor = null;
        if (input.deputyForId() != null) {
            deputyFor = em.find(Membership.class, input.deputyForId());
            if (deputyFor == null || !deputyFor.getBody().getId().equals(bodyId)) {
                errors.add(new FieldError("deputyForId", "no membership of this body has id " + input.deputyForId()));
            }
        }
        List<MembershipRules.Period> chairs = memberships(bodyId).stream().filter(m -> m.getRole() == MembershipRole.CHAIR)
                .map(m -> new MembershipRules.Period(m.getFrom(), m.getTo())).toList();
        errors.addAll(MembershipRules.problems(input.role(), input.deputyForId(), input.from(), input.to(),
                body.getTermsOfReference().isDeputiesAllowed(), chairs));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Membership membership = new Membership(body, input.personId(), input.role(), input.from());
        membership.setOrganisationId(input.organisationId() != null ? input.organisationId() : person.organisationId());
        membership.setDeputyFor(deputyFor);
        membership.setVoting(input.voting());
        membership.setTo(input.to());
        membership.setCouncillor(input.councillor() || input.seat() == uk.gov.hwb.board.api.StatutorySeat.COUNCILLOR);
        membership.setSeat(input.seat());
        em.persist(membership);
        em.flush();
        return toDto(membership);
    }

    private List<Membership> memberships(long bodyId) {
        return em.createQuery("select m from Membership m where m.body.id = :b", Membership.class)
                .setParameter("b", bodyId).getResultList();
    }

    private PersonDto person(Long personId, List<FieldError> errors) {
        PersonDto person = people.findPerson(personId).orElse(null);
        if (person == null) {
            errors.add(new FieldError("personId", "no person has id " + personId));
        }
        return person;
    }

    private Body parent(Long parentId, Long self) {
        if (parentId == null) {
            return null;
        }
        Body parent = em.find(Body.class, parentId);
        if (parent == null) {
            throw new InvalidInputException("parentId", "no body has id " + parentId);
        }
        for (Body b = parent; b != null; b = b.getParent()) {
            if (b.getId().equals(self)) {
                throw new InvalidInputException("parentId", "a body cannot report to itself or to one of its own groups");
            }
        }
        return parent;
    }

    private static void requireClerk(Viewer viewer) {
        if (!viewer.isClerk()) {
            throw new ForbiddenException("Only democratic services keep the register of bodies and their members.");
        }
    }

    private void requireUniqueName(String name, Long self) {
        Long clash = em.createQuery("select b.id from Body b where lower(b.name) = :n", Long.class)
                .setParameter("n", name.toLowerCase(Locale.ROOT)).getResultStream().findFirst().orElse(null);
        if (clash != null && !clash.equals(self)) {
            throw new InvalidInputException("name", "another body already has this name");
        }
    }

    private static void apply(TermsOfReferenceDto input, TermsOfReference terms) {
        TermsOfReferenceDto t = input == null ? new TermsOfReferenceDto(null, null, null, null, null, false, null) : input;
        terms.setPurpose(t.purpose());
        terms.setAccountability(t.accountability());
        terms.setMeetingFrequency(t.meetingFrequency());
        terms.setQuorum(t.quorum());
        terms.setChairTerm(t.chairTerm());
        terms.setDeputiesAllowed(t.deputiesAllowed());
        terms.setReviewDate(t.reviewDate());
        if (t.quorumMembers() != null && t.quorumCouncillors() != null && t.quorumCouncillors() > t.quorumMembers()) {
            throw new InvalidInputException("termsOfReference.quorumCouncillors", "cannot be more than the members the quorum needs");
        }
        terms.setQuorumMembers(t.quorumMembers());
        terms.setQuorumCouncillors(t.quorumCouncillors());
    }

    private Body find(long id) {
        Body body = em.find(Body.class, id);
        if (body == null) {
            throw new NotFoundException("Body", id);
        }
        return body;
    }

    private static BodyDto toDto(Body b) {
        TermsOfReference t = b.getTermsOfReference();
        return new BodyDto(b.getId(), b.getName(), b.getKind(), b.getParent() == null ? null : b.getParent().getId(),
                b.getParent() == null ? null : b.getParent().getName(),
                new TermsOfReferenceDto(t.getPurpose(), t.getAccountability(), t.getMeetingFrequency(), t.getQuorum(),
                        t.getChairTerm(), t.isDeputiesAllowed(), t.getReviewDate(), t.getQuorumMembers(), t.getQuorumCouncillors()),
                b.getVersion(), b.isExecutive(), b.getStatutoryBasis());
    }

    private MembershipDto toDto(Membership m) {
        PersonDto person = people.person(m.getPersonId());
        return new MembershipDto(m.getId(), m.getBody().getId(), m.getPersonId(), person.name(), m.getOrganisationId(),
                m.getOrganisationId() == null ? null : people.organisation(m.getOrganisationId()).name(),
                m.getRole(), m.getDeputyFor() == null ? null : m.getDeputyFor().getId(), m.isVoting(), m.getFrom(), m.getTo(),
                m.getVersion(), m.isCouncillor(), m.getSeat());
    }
}
