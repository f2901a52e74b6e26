package uk.gov.hwb.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Optional;
import uk.gov.hwb.platform.entity.Organisation;
import uk.gov.hwb.platform.entity.Person;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.OrganisationDto;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;

/** The directory of people and organisations every module refers to by id. */
@Stateless
public class PeopleService implements People {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Validator validator;

    @Override
    public Page<PersonDto> people(String nameContains, PageRequest page) {
        String pattern = likePattern(nameContains);
        TypedQuery<Person> query = em.createQuery(
                "select p from Person p left join fetch p.organisation where lower(p.name) like :q order by p.name, p.id", Person.class);
        long total = em.createQuery("select count(p) from Person p where lower(p.name) like :q", Long.class)
                .setParameter("q", pattern).getSingleResult();
        return new Page<>(query.setParameter("q", pattern).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList().stream().map(PeopleService::toDto).toList(), total, page.offset(), page.limit());
    }

    @Override
    public PersonDto person(long id) {
        return toDto(requirePerson(id));
    }

    @Override
    public Optional<PersonDto> findPerson(long id) {
        return Optional.ofNullable(em.find(Person.class, id)).map(PeopleService::toDto);
    }

    @Override
    public PersonDto addPerson(PersonDto input) {
        Validations.requireValid(validator, input);
        Person person = new Person(input.name().strip());
        apply(input, person);
        em.persist(person);
        em.flush();
        return toDto(person);
    }

    @Override
    public PersonDto updatePerson(long id, PersonDto input) {
        Validations.requireValid(validator, input);
        Person person = requirePerson(id);
        Validations.requireVersion("Person " + id, input.version(), person.getVersion());
        person.setName(input.name().strip());
        apply(input, person);
        em.flush();
        return toDto(person);
    }

    private void apply(PersonDto input, Person person) {
        String email = blankToNull(input.email());
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            Long clash = em.createQuery("select p.id from Person p where p.email = :e", Long.class)
                    .setParameter("e", email).getResultStream().findFirst().orElse(null);
            if (clash != null && !clash.equals(person.getId())) {
                throw new InvalidInputException("email", "is already the address of another person");
            }
        }
        person.setEmail(email);
        person.setJobTitle(blankToNull(input.jobTitle()));
        person.setOrganisation(input.organisationId() == null ? null : referencedOrganisation(input.organisationId()));
    }

    private Organisation referencedOrganisation(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new InvalidInputException("organisationId", "no organisation has id " + id);
        }
        return organisation;
    }

    @Override
    public Page<OrganisationDto> organisations(String nameContains, PageRequest page) {
        String pattern = likePattern(nameContains);
        long total = em.createQuery("select count(o) from Organisation o where lower(o.name) like :q", Long.class)
                .setParameter("q", pattern).getSingleResult();
        return new Page<>(em.createQuery("select o from Organisation o where lower(o.name) like :q order by o.name", Organisation.class)
                .setParameter("q", pattern).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList().stream().map(PeopleService::toDto).toList(), total, page.offset(), page.limit());
    }

    @Override
    public OrganisationDto organisation(long id) {
        return toDto(findOrganisation(id));
    }

    @Override
    public OrganisationDto addOrganisation(OrganisationDto input) {
        Validations.requireValid(validator, input);
        requireUniqueName(input.name().strip(), null);
        Organisation organisation = new Organisation(input.name().strip());
        organisation.setAddress(blankToNull(input.address()));
        organisation.setWebsite(blankToNull(input.website()));
        em.persist(organisation);
        em.flush();
        return toDto(organisation);
    }

    @Override
    public OrganisationDto updateOrganisation(long id, OrganisationDto input) {
        Validations.requireValid(validator, input);
        Organisation organisation = findOrganisation(id);
        Validations.requireVersion("Organisation " + id, input.version(), organisation.getVersion());
        requireUniqueName(input.name().strip(), id);
        organisation.setName(input.name().strip());
        organisation.setAddress(blankToNull(input.address()));
        organisation.setWebsite(blankToNull(input.website()));
        em.flush();
        return toDto(organisation);
    }

    private void requireUniqueName(String name, Long self) {
        Long clash = em.createQuery("select o.id from Organisation o where lower(o.name) = :n", Long.class)
                .setParameter("n", name.toLowerCase(Locale.ROOT)).getResultStream().findFirst().orElse(null);
        if (clash != null && !clash.equals(self)) {
            throw new InvalidInputException("name", "another organisation already has this name");
        }
    }

    private Person requirePerson(long id) {
        Person person = em.find(Person.class, id);
        if (person == null) {
            throw new NotFoundException("Person", id);
        }
        return person;
    }

    private Organisation findOrganisation(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("Organisation", id);
        }
        return organisation;
    }

    static PersonDto toDto(Person p) {
        Organisation o = p.getOrganisation();
        return new PersonDto(p.getId(), p.getName(), p.getJobTitle(), o == null ? null : o.getId(),
                o == null ? null : o.getName(), p.getEmail(), p.getVersion());
    }

    static OrganisationDto toDto(Organisation o) {
        return new OrganisationDto(o.getId(), o.getName(), o.getAddress(), o.getWebsite(), o.getVersion());
    }

    private static String likePattern(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
