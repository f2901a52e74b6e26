package uk.gov.hwb.strategies.control;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.OrganisationDto;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.seats.BodyRef;
import uk.gov.hwb.platform.seats.Seats;

/**
 * The names of the people, organisations and bodies a plan refers to by id, read from the kernel's
 * ports once per call (a page of the directory at a time, never one lookup per row), and their ids
 * by name for imports. Made afresh for each facade call, so it never goes stale.
 */
public final class Directory {

    private final People people;
    private final Seats seats;
    private Map<Long, String> personNames;
    private Map<Long, String> organisationNames;
    private Map<Long, String> bodyNames;

    public Directory(People people, Seats seats) {
        this.people = people;
        this.seats = seats;
    }

    public String person(Long id) {
        return id == null ? null : persons().get(id);
    }

    public String organisation(Long id) {
        return id == null ? null : organisations().get(id);
    }

    public String body(Long id) {
        return id == null ? null : bodies().get(id);
    }

    public boolean hasPerson(Long id) {
        return id != null && persons().containsKey(id);
    }

    public boolean hasOrganisation(Long id) {
        return id != null && organisations().containsKey(id);
    }

    public boolean hasBody(Long id) {
        return id != null && bodies().containsKey(id);
    }

    /** The person with exactly this name (ignoring case), if there is one. */
    public Optional<Long> personNamed(String name) {
        return named(persons(), name);
    }

    public Optional<Long> organisationNamed(String name) {
        return named(organisations(), name);
    }

    private static Optional<Long> named(Map<Long, String> names, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.UK);
        return names.entrySet().stream().filter(e -> e.getValue().toLowerCase(Locale.UK).equals(wanted)).map(Map.Entry::getKey).findFirst();
    }

    private Map<Long, String> persons() {
        if (personNames == null) {
            personNames = new HashMap<>();
            int offset = 0;
            Page<PersonDto> page;
            do {
                page = people.people(null, new PageRequest(offset, PageRequest.MAX_LIMIT));
                page.items().forEach(p -> personNames.put(p.id(), p.name()));
                offset += PageRequest.MAX_LIMIT;
            } while (offset < page.total());
        }
        return personNames;
    }

    private Map<Long, String> organisations() {
        if (organisationNames == null) {
            organisationNames = new HashMap<>();
            int offset = 0;
            Page<OrganisationDto> page;
            do {
                page = people.organisations(null, new PageRequest(offset, PageRequest.MAX_LIMIT));
                page.items().forEach(o -> organisationNames.put(o.id(), o.name()));
                offset += PageRequest.MAX_LIMIT;
            } while (offset < page.total());
        }
        return organisationNames;
    }

    private Map<Long, String> bodies() {
        if (bodyNames == null) {
            bodyNames = new HashMap<>();
            for (BodyRef body : seats.bodies()) {
                bodyNames.put(body.id(), body.name());
            }
        }
        return bodyNames;
    }
}
