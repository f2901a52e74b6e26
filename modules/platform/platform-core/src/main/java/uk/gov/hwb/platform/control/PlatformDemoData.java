package uk.gov.hwb.platform.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Locale;
import uk.gov.hwb.platform.demo.DemoData;
import uk.gov.hwb.platform.entity.Organisation;
import uk.gov.hwb.platform.entity.Person;
import uk.gov.hwb.platform.entity.UserAccount;
import uk.gov.hwb.platform.security.PasswordHashing;
import uk.gov.hwb.platform.security.Role;

/**
 * Loads the organisations, people and one demo user per role named in the seed documents, when
 * {@code hwb.demo-data} is true. Idempotent: everything is looked up by its natural key first, so
 * a restart adds nothing twice and never overwrites what users changed.
 */
@Stateless
public class PlatformDemoData implements DemoData {

    /** The password of every demo account; listed in the README. */
    public static final String DEMO_PASSWORD = "hwb-demo-password";

    private static final String COUNCIL = "Southend-on-Sea City Council";
    private static final String ICB = "Mid and South Essex Integrated Care Board";
    private static final String ALLIANCE = "South East Essex Alliance";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    public int order() {
        return PEOPLE;
    }

    @Override
    public void load() {
        Organisation council = organisation(COUNCIL, "Civic Centre, Victoria Avenue, Southend-on-Sea, Essex SS2 6ER", "https://www.southend.gov.uk");
        Organisation icb = organisation(ICB, null, null);
        organisation(ALLIANCE, null, null);

        Person rob = person("Rob Harris", "Principal Democratic Services Officer", council, "rob.harris@southend.example");
        person("Claire Shuter", "Executive Director (Strategy & Change)", council, "claire.shuter@southend.example");
        person("Micheal Marks", "Executive Director", council, "micheal.marks@southend.example");
        person("Mark Harvey", "Executive Director", council, "mark.harvey@southend.example");
        Person matt = person("Matt Small", "SEND Consultant", council, "matt.small@southend.example");
        Person nicola = person("Nicola Mickleburgh", "Lead Commissioner (Older People)", council, "nicola.mickleburgh@southend.example");
        Person maxine = person("Councillor Maxine Sadza", "Executive Councillor", council, "maxine.sadza@southend.example");

        user("admin", "System Administrator", null, Role.ADMIN);
        user("democratic", "Rob Harris", rob, Role.DEMOCRATIC_SERVICES);
        user("author", "Nicola Mickleburgh", nicola, Role.AUTHOR);
        user("member", "Councillor Maxine Sadza", maxine, Role.MEMBER);
        user("finance", "BCF Finance Officer", null, Role.FINANCE);
        user("sendlead", "Matt Small", matt, Role.SEND_LEAD);
        user("strategylead", "Strategy Lead", null, Role.STRATEGY_LEAD);
    }

    private Organisation organisation(String name, String address, String website) {
        return em.createQuery("select o from Organisation o where o.name = :n", Organisation.class).setParameter("n", name)
                .getResultStream().findFirst().orElseGet(() -> {
                    Organisation o = new Organisation(name);
                    o.setAddress(address);
                    o.setWebsite(website);
                    em.persist(o);
                    return o;
                });
    }

    private Person person(String name, String jobTitle, Organisation organisation, String email) {
        return em.createQuery("select p from Person p where p.name = :n", Person.class).setParameter("n", name)
                .getResultStream().findFirst().orElseGet(() -> {
                    Person p = new Person(name);
                    p.setJobTitle(jobTitle);
                    p.setOrganisation(organisation);
                    p.setEmail(email == null ? null : email.toLowerCase(Locale.ROOT));
                    em.persist(p);
                    return p;
                });
    }

    private void user(String username, String displayName, Person person, Role role) {
        boolean exists = !em.createQuery("select u.id from UserAccount u where u.username = :u", Long.class)
                .setParameter("u", username).getResultList().isEmpty();
        if (!exists) {
            UserAccount account = new UserAccount(username, displayName, PasswordHashing.hash(DEMO_PASSWORD.toCharArray()));
            account.setRoles(EnumSet.of(role));
            account.setPersonId(person == null ? null : person.getId());
            em.persist(account);
        }
    }
}
