package uk.gov.hwb.strategies.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.OrganisationDto;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.seats.BodyRef;
import uk.gov.hwb.platform.seats.Seat;
import uk.gov.hwb.platform.seats.Seats;

/** A directory of two people and two organisations, for tests without a container. */
final class FakeDirectory {

    static final List<PersonDto> PEOPLE = List.of(new PersonDto(10L, "Nicola Mickleburgh", "Lead Commissioner (Older People)", 20L, null, null, 0),
            new PersonDto(11L, "Strategy Lead", null, 20L, null, null, 0));
    static final List<OrganisationDto> ORGANISATIONS = List.of(new OrganisationDto(20L, "Southend-on-Sea City Council", null, null, 0),
            new OrganisationDto(21L, "Carers First", null, null, 0));

    private FakeDirectory() {
    }

    static Directory directory() {
        People people = new People() {
            public Page<PersonDto> people(String q, PageRequest page) { return new Page<>(PEOPLE, PEOPLE.size(), 0, page.limit()); }
            public PersonDto person(long id) { return PEOPLE.stream().filter(p -> p.id() == id).findFirst().orElseThrow(); }
            public Optional<PersonDto> findPerson(long id) { return PEOPLE.stream().filter(p -> p.id() == id).findFirst(); }
            public PersonDto addPerson(PersonDto person) { throw new UnsupportedOperationException(); }
            public PersonDto updatePerson(long id, PersonDto person) { throw new UnsupportedOperationException(); }
            public Page<OrganisationDto> organisations(String q, PageRequest page) { return new Page<>(ORGANISATIONS, ORGANISATIONS.size(), 0, page.limit()); }
            public OrganisationDto organisation(long id) { return ORGANISATIONS.stream().filter(o -> o.id() == id).findFirst().orElseThrow(); }
            public OrganisationDto addOrganisation(OrganisationDto organisation) { throw new UnsupportedOperationException(); }
            public OrganisationDto updateOrganisation(long id, OrganisationDto organisation) { throw new UnsupportedOperationException(); }
        };
        Seats seats = new Seats() {
            public List<Seat> seatsOf(long personId, LocalDate on) { return List.of(); }
            public Optional<Long> chairOf(long bodyId, LocalDate on) { return Optional.empty(); }
            public List<BodyRef> bodies() { return List.of(new BodyRef(30L, "Caring Well Partnership Group")); }
            public Optional<BodyRef> body(long bodyId) { return bodies().stream().filter(b -> b.id() == bodyId).findFirst(); }
        };
        return new Directory(people, seats);
    }
}
