package uk.gov.hwb.platform.ui.people;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.OrganisationDto;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.security.Role;

/**
 * People and organisations: lists for everyone signed in, add and edit for democratic services
 * and administrators.
 */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient People people;

    @Inject
    transient SecurityContext security;

    private List<PersonDto> persons;
    private List<OrganisationDto> organisations;
    private PersonForm person = new PersonForm();
    private OrganisationForm organisation = new OrganisationForm();

    @PostConstruct
    void load() {
        persons = people.people(null, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
        organisations = people.organisations(null, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
    }

    public boolean isEditor() {
        return security.isCallerInRole(Role.Names.DEMOCRATIC_SERVICES) || security.isCallerInRole(Role.Names.ADMIN);
    }

    public void newPerson() {
        person = new PersonForm();
    }

    public void editPerson(PersonDto p) {
        person = PersonForm.of(p);
    }

    public void savePerson() {
        if (!isEditor()) {
            return;
        }
        try {
            PersonDto dto = person.toDto();
            if (dto.id() == null) {
                people.addPerson(dto);
            } else {
                people.updatePerson(dto.id(), dto);
            }
            Messages.saved("Saved " + dto.name() + ".");
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void newOrganisation() {
        organisation = new OrganisationForm();
    }

    public void editOrganisation(OrganisationDto o) {
        organisation = OrganisationForm.of(o);
    }

    public void saveOrganisation() {
        if (!isEditor()) {
            return;
        }
        try {
            OrganisationDto dto = organisation.toDto();
            if (dto.id() == null) {
                people.addOrganisation(dto);
            } else {
                people.updateOrganisation(dto.id(), dto);
            }
            Messages.saved("Saved " + dto.name() + ".");
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public List<PersonDto> getPersons() { return persons; }
    public List<OrganisationDto> getOrganisations() { return organisations; }
    public PersonForm getPerson() { return person; }
    public OrganisationForm getOrganisation() { return organisation; }

    /** The person being added or edited; keeps what the user typed when saving fails. */
    public static class PersonForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String name;
        private String jobTitle;
        private Long organisationId;
        private String email;
        private long version;

        static PersonForm of(PersonDto p) {
            PersonForm f = new PersonForm();
            f.id = p.id();
            f.name = p.name();
            f.jobTitle = p.jobTitle();
            f.organisationId = p.organisationId();
            f.email = p.email();
            f.version = p.version();
            return f;
        }

        PersonDto toDto() {
            return new PersonDto(id, name, jobTitle, organisationId, null, email, version);
        }

        public Long getId() { return id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getJobTitle() { return jobTitle; }
        public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
        public Long getOrganisationId() { return organisationId; }
        public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

    /** The organisation being added or edited. */
    public static class OrganisationForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String name;
        private String address;
        private String website;
        private long version;

        static OrganisationForm of(OrganisationDto o) {
            OrganisationForm f = new OrganisationForm();
            f.id = o.id();
            f.name = o.name();
            f.address = o.address();
            f.website = o.website();
            f.version = o.version();
            return f;
        }

        OrganisationDto toDto() {
            return new OrganisationDto(id, name, address, website, version);
        }

        public Long getId() { return id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
        public String getWebsite() { return website; }
        public void setWebsite(String website) { this.website = website; }
    }
}
