package uk.gov.hwb.board.boundary;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.hwb.board.api.DeclarationDto;
import uk.gov.hwb.board.api.Declarations;
import uk.gov.hwb.board.api.NewDeclaration;
import uk.gov.hwb.board.control.DispensationRule;
import uk.gov.hwb.board.control.MeetingRecords;
import uk.gov.hwb.board.entity.AgendaItem;
import uk.gov.hwb.board.entity.AttendanceEntry;
import uk.gov.hwb.board.entity.Declaration;
import uk.gov.hwb.board.entity.Meeting;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.RefusedException;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Declarations of interest at meetings. Public to read; the nature of a sensitive interest is
 * never shown beyond democratic services, nor the nature of an interest in confidential business
 * beyond those who may see it.
 */
@Stateless
@Facade
@LocalBean
@Local(Declarations.class)
public class DeclarationsService implements Declarations {

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    MeetingRecords records;

    /** The local code of conduct's other kinds of interest, separated by '|' (the LGA model code's by default). */
    @Inject
    @ConfigProperty(name = "hwb.interests.other-kinds", defaultValue = "Other registrable interest|Non-registrable interest")
    String otherKinds;

    @Override
    public List<DeclarationDto> declarations(long meetingId, Viewer viewer) {
        Meeting meeting = records.announced(meetingId, viewer);
        boolean confidential = records.seesConfidential(meeting, viewer);
        return list(meeting).stream().map(d -> toDto(d, viewer, confidential)).toList();
    }

    @Override
    public DeclarationDto declare(long meetingId, NewDeclaration input, Viewer viewer) {
        records.requireClerk(viewer, "record declarations of interest");
        Meeting meeting = records.held(meetingId);
        records.requireMinutesOpen(meeting);
        AgendaItem item = records.item(meeting, input.itemId(), "itemId");
        List<FieldError> errors = new ArrayList<>();
        String kind = kinds().stream().filter(k -> k.equalsIgnoreCase(input.kind().strip())).findFirst().orElse(null);
        if (kind == null) {
            errors.add(new FieldError("kind", "must be one of: " + String.join("; ", kinds())));
        }
        if (!mayDeclare(meeting, input.personId())) {
            errors.add(new FieldError("personId", "is not a member of the " + meeting.getBody().getName()
                    + " on the day of the meeting, nor recorded as a substitute at it"));
        }
        String nature = input.nature() == null || input.nature().isBlank() ? null : input.nature().strip();
        if (nature == null && !input.sensitive()) {
            errors.add(new FieldError("nature", "say what the interest is (for a sensitive interest, tick sensitive instead: its nature is then not published)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean pecuniary = DISCLOSABLE_PECUNIARY.equals(kind);
        DispensationRule.Dispensation dispensation = input.dispensation() == null ? null
                : new DispensationRule.Dispensation(input.dispensation().grantedOn(), input.dispensation().expiresOn(), input.dispensation().scope());
        if (dispensation != null) {
            Optional<String> invalid = DispensationRule.invalid(dispensation, records.day(meeting));
            if (invalid.isPresent()) {
                throw RefusedException.unprocessable("dispensation-not-in-force", "dispensation", "The dispensation cannot be relied on: "
                        + invalid.get() + ".");
            }
        }
        Optional<String> refusal = DispensationRule.refusal(pecuniary, input.participation(), dispensation, records.day(meeting));
        if (refusal.isPresent()) {
            throw RefusedException.unprocessable("dpi-participation", "participation", records.personName(input.personId()) + " declared a "
                    + "disclosable pecuniary interest: " + refusal.get() + ".");
        }
        Declaration declaration = new Declaration(meeting, item, input.personId(), kind, nature, input.sensitive(), input.participation(),
                viewer.username(), OffsetDateTime.now(CouncilCalendar.ZONE));
        if (input.dispensation() != null) {
            NewDeclaration.Dispensation d = input.dispensation();
            declaration.dispensation(d.grantedBy().strip(), d.grantedOn(), d.expiresOn(), d.scope(),
                    d.grounds() == null || d.grounds().isBlank() ? null : d.grounds().strip());
        }
        em.persist(declaration);
        records.markHeld(meeting);
        em.flush();
        return toDto(declaration, viewer, records.seesConfidential(meeting, viewer));
    }

    @Override
    public void withdraw(long meetingId, long declarationId, Viewer viewer) {
        records.requireClerk(viewer, "remove declarations of interest");
        Meeting meeting = records.meeting(meetingId);
        records.requireMinutesOpen(meeting);
        Declaration declaration = em.find(Declaration.class, declarationId);
        if (declaration == null || !declaration.getMeeting().getId().equals(meetingId)) {
            throw new NotFoundException("Declaration", declarationId);
        }
        em.remove(declaration);
    }

    @Override
    public List<String> kinds() {
        List<String> kinds = new ArrayList<>(List.of(DISCLOSABLE_PECUNIARY));
        Arrays.stream(otherKinds.split("\\|")).map(String::strip).filter(k -> !k.isEmpty() && !k.equalsIgnoreCase(DISCLOSABLE_PECUNIARY))
                .forEach(kinds::add);
        return kinds;
    }

    /** The declarations of a meeting, by item then as recorded. */
    public List<Declaration> list(Meeting meeting) {
        return em.createQuery("select d from Declaration d join d.item i where d.meeting = :m order by i.position, d.id", Declaration.class)
                .setParameter("m", meeting).getResultList();
    }

    /** Whether the person may vote on the item: not with a disclosable pecuniary interest declared, unless a dispensation covers voting. */
    public boolean mayVote(Meeting meeting, AgendaItem item, long personId) {
        return list(meeting).stream().filter(d -> d.getItem().getId().equals(item.getId()) && d.getPersonId() == personId)
                .allMatch(d -> DispensationRule.mayVote(DISCLOSABLE_PECUNIARY.equals(d.getKind()), d.getDispensationGrantedOn() == null ? null
                        : new DispensationRule.Dispensation(d.getDispensationGrantedOn(), d.getDispensationExpiresOn(), d.getDispensationScope()),
                        records.day(meeting)));
    }

    /** A member of the body on the day (deputies included), or a substitute recorded at the meeting. */
    public boolean mayDeclare(Meeting meeting, Long personId) {
        if (personId == null) {
            return false;
        }
        if (records.seated(meeting).stream().anyMatch(m -> m.getPersonId().equals(personId))) {
            return true;
        }
        return em.createQuery("select count(e) from AttendanceEntry e where e.attendance.meeting = :m and e.substitutePersonId = :p", Long.class)
                .setParameter("m", meeting).setParameter("p", personId).getSingleResult() > 0;
    }

    public DeclarationDto toDto(Declaration d, Viewer viewer, boolean seesConfidential) {
        AgendaItem item = d.getItem();
        boolean confidentialItem = records.confidential(item);
        boolean withheld = d.isSensitive() && !viewer.isClerk() || confidentialItem && !seesConfidential;
        boolean pecuniary = DISCLOSABLE_PECUNIARY.equals(d.getKind());
        String member = records.personName(d.getPersonId());
        String nature = withheld ? null : d.getNature();
        StringBuilder summary = new StringBuilder(member).append(" declared ").append(article(d.getKind())).append(' ')
                .append(d.getKind().toLowerCase(Locale.UK)).append(" in item ").append(item.getPosition()).append(" (").append(item.getTitle()).append(")");
        if (d.isSensitive()) {
            summary.append(", a sensitive interest whose nature is not published (Localism Act 2011, s.32)");
        } else if (nature != null) {
            summary.append(": ").append(nature);
        } else {
            summary.append(" (its nature concerns confidential business)");
        }
        summary.append(". They ").append(d.getParticipation().label());
        if (d.getDispensationGrantedOn() != null) {
            summary.append(", under a dispensation (Localism Act 2011, s.33) granted by ").append(d.getDispensationGrantedBy()).append(" to ")
                    .append(d.getDispensationScope().label());
        }
        summary.append('.');
        return new DeclarationDto(d.getId(), d.getMeeting().getId(), item.getId(), item.getPosition(), item.getTitle(), d.getPersonId(), member,
                d.getKind(), pecuniary, nature, withheld || d.isSensitive(), d.isSensitive(), d.getParticipation(), d.getDispensationGrantedBy(),
                d.getDispensationGrantedOn(), d.getDispensationExpiresOn(), d.getDispensationScope(), summary.toString());
    }

    private static String article(String kind) {
        return "aeiou".indexOf(Character.toLowerCase(kind.charAt(0))) >= 0 ? "an" : "a";
    }
}
