package uk.gov.hwb.board.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.gov.hwb.board.api.BodyKind;
import uk.gov.hwb.board.api.MembershipRole;
import uk.gov.hwb.board.api.StatutoryBasis;
import uk.gov.hwb.board.api.StatutorySeat;
import uk.gov.hwb.board.entity.Body;
import uk.gov.hwb.board.entity.Membership;
import uk.gov.hwb.board.entity.TermsOfReference;
import uk.gov.hwb.platform.demo.DemoData;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.OrganisationDto;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;

/**
 * Demo data: the bodies named in the seed documents, loaded before the other modules' data (which
 * refers to bodies by id). The Health and Wellbeing Board gets a full membership as the Health and
 * Social Care Act 2012, s.194(2) requires (councillors, the directors of adult social services,
 * children's services and public health, Healthwatch and the Integrated Care Board) and a
 * structured quorum, so its meetings are quorate; the Cabinet is an executive body (for the forward
 * plan); the Children's Joint Commissioning Group has the draft terms of reference of seed 002
 * (item 7, appendix 4): twelve core members, co-opted members, quorum of three, bi-monthly.
 * Names the seeds do not give are illustrative (the README says which). Idempotent: bodies are
 * looked up by name, people by name and members by person.
 */
@Stateless
public class BodiesDemoData implements DemoData {

    static final String HWB = "Health and Wellbeing Board";
    static final String CABINET = "Cabinet";
    static final String CJCG = "Children's Joint Commissioning Group";
    static final String COUNCIL = "Southend-on-Sea City Council";
    static final String ICB = "Mid and South Essex Integrated Care Board";
    static final String HEALTHWATCH = "Healthwatch Southend";
    private static final LocalDate SEATED = LocalDate.of(2024, 5, 1);

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    People people;

    @Override
    public int order() {
        return BODIES;
    }

    @Override
    public void load() {
        Body hwb = body(HWB, BodyKind.BOARD, null);
        body("SEND Strategic Partnership Board", BodyKind.BOARD, hwb);
        Body cjcg = body(CJCG, BodyKind.PARTNERSHIP_GROUP, hwb);
        body("Better Care Fund Management Board", BodyKind.PARTNERSHIP_GROUP, hwb);
        body("Living Well Partnership Group", BodyKind.PARTNERSHIP_GROUP, hwb);
        body("Caring Well Partnership Group", BodyKind.PARTNERSHIP_GROUP, hwb);
        body("Ageing Well Partnership Group", BodyKind.PARTNERSHIP_GROUP, hwb);
        healthAndWellbeingBoard(hwb);
        cabinet(body(CABINET, BodyKind.BOARD, null));
        childrensJointCommissioningGroup(cjcg);
    }

    private void healthAndWellbeingBoard(Body hwb) {
        hwb.setStatutoryBasis(StatutoryBasis.HEALTH_AND_WELLBEING_BOARD);
        TermsOfReference terms = hwb.getTermsOfReference();
        if (terms.getQuorumMembers() == null) {
            terms.setPurpose("To improve the health and wellbeing of the people of Southend-on-Sea and reduce health inequalities, through the"
                    + " Joint Strategic Needs Assessment, the Joint Local Health and Wellbeing Strategy and integrated working (Health and Social"
                    + " Care Act 2012, ss.194-196).");
            terms.setAccountability("A committee of the Council (Health and Social Care Act 2012, s.194(1)).");
            terms.setMeetingFrequency("Quarterly");
            terms.setQuorum("3 members, including at least one councillor");
            terms.setQuorumMembers(3);
            terms.setQuorumCouncillors(1);
            terms.setChairTerm("One municipal year");
            terms.setDeputiesAllowed(true);
            terms.setReviewDate(LocalDate.of(2025, 5, 31));
        }
        Long council = organisation(COUNCIL);
        Long icb = organisation(ICB);
        Long healthwatch = organisation(HEALTHWATCH);
        member(hwb, person("Councillor Maxine Sadza", "Executive Councillor", council), MembershipRole.CHAIR, StatutorySeat.COUNCILLOR, true);
        member(hwb, person("Councillor Helen Ashworth", "Councillor", council), MembershipRole.VICE_CHAIR, StatutorySeat.COUNCILLOR, true);
        member(hwb, person("Councillor Daniel Okafor", "Councillor", council), MembershipRole.MEMBER, StatutorySeat.COUNCILLOR, true);
        member(hwb, person("Mark Harvey", "Executive Director", council), MembershipRole.MEMBER, StatutorySeat.DIRECTOR_OF_ADULT_SOCIAL_SERVICES, false);
        member(hwb, person("Micheal Marks", "Executive Director", council), MembershipRole.MEMBER, StatutorySeat.DIRECTOR_OF_CHILDRENS_SERVICES, false);
        member(hwb, person("Dr Alex Morgan", "Director of Public Health", council), MembershipRole.MEMBER, StatutorySeat.DIRECTOR_OF_PUBLIC_HEALTH, false);
        member(hwb, person("Priya Shah", "Chief Executive, Healthwatch Southend", healthwatch), MembershipRole.MEMBER, StatutorySeat.LOCAL_HEALTHWATCH, false);
        Membership icbSeat = member(hwb, person("Dr Tom Ellis", "Executive Director, " + ICB, icb), MembershipRole.MEMBER,
                StatutorySeat.INTEGRATED_CARE_BOARD, false);
        member(hwb, person("Claire Shuter", "Executive Director (Strategy & Change)", council), MembershipRole.MEMBER, null, false);
        Membership deputy = member(hwb, person("Sara Quinn", "Associate Director, " + ICB, icb), MembershipRole.DEPUTY, null, false);
        if (deputy.getDeputyFor() == null && icbSeat != null) {
            deputy.setDeputyFor(icbSeat);
        }
    }

    private void cabinet(Body cabinet) {
        cabinet.setExecutive(true);
        TermsOfReference terms = cabinet.getTermsOfReference();
        if (terms.getQuorumMembers() == null) {
            terms.setPurpose("The Council's executive: takes executive decisions, including key decisions on the forward plan.");
            terms.setAccountability("Full Council; scrutinised by the overview and scrutiny committees.");
            terms.setMeetingFrequency("Monthly");
            terms.setQuorum("3 Cabinet members");
            terms.setQuorumMembers(3);
            terms.setQuorumCouncillors(3);
            terms.setDeputiesAllowed(false);
        }
        Long council = organisation(COUNCIL);
        member(cabinet, person("Councillor Sam Hart", "Leader of the Council", council), MembershipRole.CHAIR, null, true);
        member(cabinet, person("Councillor Maxine Sadza", "Executive Councillor", council), MembershipRole.MEMBER, null, true);
        member(cabinet, person("Councillor Helen Ashworth", "Councillor", council), MembershipRole.MEMBER, null, true);
        member(cabinet, person("Councillor Lee Burton", "Cabinet Member for Children and Learning", council), MembershipRole.MEMBER, null, true);
    }

    /** Seed 002, item 7, appendix 4: the Children's Joint Commissioning Group's draft terms of reference. */
    private void childrensJointCommissioningGroup(Body cjcg) {
        TermsOfReference terms = cjcg.getTermsOfReference();
        if (terms.getQuorumMembers() == null) {
            terms.setPurpose("To provide opportunities to enable collaborative commissioning that supports the ambition of the SEND Area Strategic"
                    + " Partnership, Transforming Care and Growing Well Board, that all children and young people in Southend have the right"
                    + " support at the right time: co-produce a joint action plan every two years; work with openness and transparency;"
                    + " influence delivery of services at a local level; work collaboratively with children, families and professionals;"
                    + " identify new opportunities for joint commissioning; use local data and intelligence to inform commissioning plans;"
                    + " measure impact and outcomes for children and young people in Southend.");
            terms.setAccountability("The SEND Area Strategic Partnership, Transforming Care and Growing Well Boards; members remain accountable"
                    + " through their own organisations' governance.");
            terms.setMeetingFrequency("Bi-monthly, from January 2025");
            terms.setQuorum("Three members present, able to represent the views and decisions of the members who are not present (6.4)");
            terms.setQuorumMembers(3);
            terms.setQuorumCouncillors(0);
            terms.setChairTerm("An agreed named member of the group, for an initial term of 12 months (6.2)");
            terms.setDeputiesAllowed(true);
            terms.setReviewDate(LocalDate.of(2025, 7, 1));
        }
        Long council = organisation(COUNCIL);
        Long icb = organisation(ICB);
        List<String[]> core = List.of(
                new String[] {"Hannah Price", "Children's Commissioning", "c"},
                new String[] {"Owen Fletcher", "Specialist and Complex SEND Placement and HNB Commissioning", "c"},
                new String[] {"Grace Adeyemi", "Director Education, Early Years and Inclusion Services", "c"},
                new String[] {"Ruth Caldwell", "Head of Specialist Support Services", "c"},
                new String[] {"Imran Malik", "Quality Assurance and Policy Officer", "c"},
                new String[] {"Lucy Barnes", "Children's Social Care, Children's Services", "c"},
                new String[] {"Peter Walsh", "LD, mental health and autism, Adult Services", "c"},
                new String[] {"Nadia Rahman", "Commissioning Lead, Public Health", "c"},
                new String[] {"Chris Doyle", "Deputy Director BCYP", "i"},
                new String[] {"Emma Lowe", "Senior Manager for Children, Young People", "i"},
                new String[] {"Martin Kerr", "Office of the Police and Crime Commissioner", null},
                new String[] {"Jade Foster", "Representative, Southend SEND Independent Forum", null});
        boolean first = true;
        for (String[] m : core) {
            Long organisation = "c".equals(m[2]) ? council : "i".equals(m[2]) ? icb : null;
            member(cjcg, person(m[0], m[1], organisation), first ? MembershipRole.CHAIR : MembershipRole.MEMBER, null, false);
            first = false;
        }
        List<String[]> coOpted = List.of(
                new String[] {"Alan Reeve", "Finance Business Partner, Children's Services", "c"},
                new String[] {"Joanne Pike", "Director of Commissioning Finance", "i"},
                new String[] {"Femi Adebayo", "Strategic Commissioner, Children's Services", "c"},
                new String[] {"Kate Morrow", "Commissioning Manager", "i"},
                new String[] {"Tariq Hussain", "Lead Commissioner for CAMHS", "i"});
        for (String[] m : coOpted) {
            member(cjcg, person(m[0], m[1], "c".equals(m[2]) ? council : icb), MembershipRole.CO_OPTED, null, false);
        }
    }

    private Long organisation(String name) {
        return people.organisations(name, new PageRequest(0, 10)).items().stream().filter(o -> o.name().equals(name)).findFirst()
                .map(OrganisationDto::id).orElseGet(() -> people.addOrganisation(new OrganisationDto(null, name, null, null, 0)).id());
    }

    private PersonDto person(String name, String jobTitle, Long organisationId) {
        Optional<PersonDto> found = people.people(name, new PageRequest(0, 10)).items().stream().filter(p -> p.name().equals(name)).findFirst();
        return found.orElseGet(() -> people.addPerson(new PersonDto(null, name, jobTitle, organisationId, null, null, 0)));
    }

    private Membership member(Body body, PersonDto person, MembershipRole role, StatutorySeat seat, boolean councillor) {
        Optional<Membership> seated = em.createQuery("select m from Membership m where m.body = :b and m.personId = :p", Membership.class)
                .setParameter("b", body).setParameter("p", person.id()).getResultStream().findFirst();
        seated.filter(m -> m.getSeat() == null && seat != null).ifPresent(m -> {
            m.setSeat(seat); // a membership loaded before statutory seats were recorded
            m.setCouncillor(councillor);
        });
        return seated.orElseGet(() -> {
                    Membership membership = new Membership(body, person.id(), role, SEATED);
                    membership.setVoting(role != MembershipRole.DEPUTY && role != MembershipRole.CO_OPTED);
                    membership.setOrganisationId(person.organisationId());
                    membership.setSeat(seat);
                    membership.setCouncillor(councillor);
                    em.persist(membership);
                    return membership;
                });
    }

    private Body body(String name, BodyKind kind, Body parent) {
        return em.createQuery("select b from Body b where b.name = :n", Body.class).setParameter("n", name)
                .getResultStream().findFirst().orElseGet(() -> {
                    Body body = new Body(name, kind, parent);
                    em.persist(body);
                    return body;
                });
    }
}
