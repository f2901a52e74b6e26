package uk.gov.hwb.platform.people;

import java.util.Optional;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;

/** People and the organisations they work for. */
public interface People {

    Page<PersonDto> people(String nameContains, PageRequest page);

    PersonDto person(long id);

    /** The person, if there is one with this id; for other modules checking a reference without failing their transaction. */
    Optional<PersonDto> findPerson(long id);

    PersonDto addPerson(PersonDto person);

    PersonDto updatePerson(long id, PersonDto person);

    Page<OrganisationDto> organisations(String nameContains, PageRequest page);

    OrganisationDto organisation(long id);

    OrganisationDto addOrganisation(OrganisationDto organisation);

    OrganisationDto updateOrganisation(long id, OrganisationDto organisation);
}
