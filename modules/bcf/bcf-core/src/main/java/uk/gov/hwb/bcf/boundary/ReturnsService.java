package uk.gov.hwb.bcf.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.gov.hwb.bcf.api.Correction;
import uk.gov.hwb.bcf.api.Metrics;
import uk.gov.hwb.bcf.api.Plans;
import uk.gov.hwb.bcf.api.Schemes;
import uk.gov.hwb.bcf.api.NewReturn;
import uk.gov.hwb.bcf.api.Noting;
import uk.gov.hwb.bcf.api.NotingDto;
import uk.gov.hwb.bcf.api.ReturnChanges;
import uk.gov.hwb.bcf.api.ReturnDto;
import uk.gov.hwb.bcf.api.ReturnStatus;
import uk.gov.hwb.bcf.api.ReturnStep;
import uk.gov.hwb.bcf.api.ReturnVersionDto;
import uk.gov.hwb.bcf.api.Returns;
import uk.gov.hwb.bcf.api.SchemeQuery;
import uk.gov.hwb.bcf.api.StoredFile;
import uk.gov.hwb.bcf.control.ReturnRules;
import uk.gov.hwb.bcf.control.ReturnSnapshot;
import uk.gov.hwb.bcf.control.ReturnSnapshotFormat;
import uk.gov.hwb.bcf.control.ReturnWorkbook;
import uk.gov.hwb.bcf.control.Rights;
import uk.gov.hwb.bcf.control.Snapshots;
import uk.gov.hwb.bcf.control.Years;
import uk.gov.hwb.bcf.entity.Plan;
import uk.gov.hwb.bcf.entity.PlanYear;
import uk.gov.hwb.bcf.entity.QuarterlyReturn;
import uk.gov.hwb.bcf.entity.ReturnNoting;
import uk.gov.hwb.bcf.entity.ReturnVersion;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.period.FinancialYear;
import uk.gov.hwb.platform.period.ReportingPeriod;
import uk.gov.hwb.platform.problem.ConflictException;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.seats.Seats;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The gate to quarterly returns and their workflow. Sign-off is the chair's: the person who chairs
 * the plan's sign-off body on the day (from the seats port), signing with their own account, or
 * democratic services recording it on the chair's behalf; the chair's name and the time are kept
 * either way. Submission locks a snapshot (its own stored format, with SHA-256); a correction adds
 * the next version with its reason; stored versions never change.
 */
@Stateless
@Facade
public class ReturnsService implements Returns {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @PersistenceContext(unitName = "bcf")
    EntityManager em;

    @Inject
    Seats seats;

    @Inject
    People people;

    @Inject
    Plans plans;

    @Inject
    Schemes schemes;

    @Inject
    Metrics metrics;

    @Override
    public List<ReturnDto> returns(long planId) {
        Lookups.plan(em, planId);
        List<QuarterlyReturn> returns = em.createQuery("select r from QuarterlyReturn r join fetch r.year where r.year.plan.id = :p"
                + " order by r.year.startYear desc, r.quarter desc", QuarterlyReturn.class).setParameter("p", planId).getResultList();
        Map<Long, List<ReturnVersionDto>> versions = new HashMap<>();
        em.createQuery("select v.quarterlyReturn.id, v.number, v.reason, v.sha256, v.size, v.createdAt, v.createdBy from ReturnVersion v"
                        + " where v.quarterlyReturn.year.plan.id = :p order by v.number", Object[].class).setParameter("p", planId).getResultList()
                .forEach(row -> versions.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(version(row)));
        Map<Long, List<NotingDto>> notings = new HashMap<>();
        em.createQuery("select n from ReturnNoting n where n.quarterlyReturn.year.plan.id = :p order by n.notedOn, n.id", ReturnNoting.class)
                .setParameter("p", planId).getResultList()
                .forEach(n -> notings.computeIfAbsent(n.getQuarterlyReturn().getId(), k -> new ArrayList<>()).add(noting(n)));
        String planName = Lookups.plan(em, planId).getName();
        return returns.stream().map(r -> toDto(r, planName, versions.getOrDefault(r.getId(), List.of()), notings.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    @Override
    public ReturnDto quarterlyReturn(long id) {
        return toDto(find(id));
    }

    @Override
    public ReturnDto create(long planId, NewReturn input, Viewer viewer) {
        Rights.requireFinance(viewer);
        Plan plan = Lookups.plan(em, planId);
        PlanYear year = Lookups.yearField(em, plan, "year", input.year());
        int quarter = input.quarter();
        boolean exists = em.createQuery("select count(r) from QuarterlyReturn r where r.year = :y and r.quarter = :q", Long.class)
                .setParameter("y", year).setParameter("q", quarter).getSingleResult() > 0;
        if (exists) {
            throw new ConflictException("There is already a return for " + period(year, quarter) + " of " + plan.getName() + ".");
        }
        LocalDate due = input.due() == null ? ReturnRules.defaultDue(year.getStartYear(), quarter) : input.due();
        QuarterlyReturn created = new QuarterlyReturn(year, quarter, due);
        created.setSection75Signed(plan.getCouncilSignedOn() != null && plan.getIcbSignedOn() != null);
        em.persist(created);
        em.flush();
        return toDto(created);
    }

    @Override
    public ReturnDto update(long id, ReturnChanges input, Viewer viewer) {
        Rights.requireFinance(viewer);
        QuarterlyReturn r = find(id);
        requireUnlocked(r);
        Validations.requireVersion("The return for " + period(r.getYear(), r.getQuarter()), input.version(), r.getVersion());
        Plan plan = r.getYear().getPlan();
        if (input.section75Signed() && (plan.getCouncilSignedOn() == null || plan.getIcbSignedOn() == null)) {
            throw new InvalidInputException("section75Signed", "cannot be confirmed: the plan records the Section 75 agreement as not yet"
                    + " signed by both parties; record the signatures on the plan first");
        }
        boolean changed = r.isSection75Signed() != input.section75Signed()
                || !Objects.equals(r.getSection75Explanation(), trimmed(input.section75Explanation()))
                || r.isNationalConditionsMet() != input.nationalConditionsMet()
                || !Objects.equals(r.getConditionsExplanation(), trimmed(input.conditionsExplanation()))
                || !Objects.equals(r.getChallenges(), trimmed(input.challenges()))
                || !Objects.equals(r.getAchievements(), trimmed(input.achievements()))
                || !Objects.equals(r.getSupportNeeded(), trimmed(input.supportNeeded()))
                || !r.getDue().equals(input.due());
        if (!changed) {
            return toDto(r);
        }
        r.setSection75Signed(input.section75Signed());
        r.setSection75Explanation(trimmed(input.section75Explanation()));
        r.setNationalConditionsMet(input.nationalConditionsMet());
        r.setConditionsExplanation(trimmed(input.conditionsExplanation()));
        r.setChallenges(trimmed(input.challenges()));
        r.setAchievements(trimmed(input.achievements()));
        r.setSupportNeeded(trimmed(input.supportNeeded()));
        r.setDue(input.due());
        if (r.getStatus() == ReturnStatus.SIGNED_OFF) {
            r.withdrawSignOff(); // the chair signs off what is submitted, so a changed return needs signing again
        }
        em.flush();
        return toDto(r);
    }

    @Override
    public ReturnDto signOff(long id, ReturnStep step, Viewer viewer) {
        QuarterlyReturn r = find(id);
        Plan plan = r.getYear().getPlan();
        if (plan.getSignOffBodyId() == null) {
            throw new ConflictException("The plan names no body whose chair signs off its returns.");
        }
        String body = seats.body(plan.getSignOffBodyId()).map(b -> b.name()).orElse("the sign-off body");
        Long chair = seats.chairOf(plan.getSignOffBodyId(), Lookups.today()).orElse(null);
        boolean ownAccount = chair != null && viewer.personId() != null && chair.equals(viewer.personId());
        if (!ownAccount && !viewer.isClerk()) {
            throw new ForbiddenException("Only the chair of the " + body + ", or democratic services on the chair's behalf, signs off a return.");
        }
        if (chair == null) {
            throw new ConflictException("Nobody chairs the " + body + " today, so there is no one to sign off on behalf of;"
                    + " record the chair's membership first.");
        }
        if (step.version() != null) {
            Validations.requireVersion("The return for " + period(r.getYear(), r.getQuarter()), step.version(), r.getVersion());
        }
        if (r.getStatus() != ReturnStatus.DRAFT) {
            throw new ConflictException("The return for " + period(r.getYear(), r.getQuarter()) + " is already "
                    + r.getStatus().label().toLowerCase(java.util.Locale.UK) + ".");
        }
        String name = people.findPerson(chair).map(PersonDto::name).orElse("the chair (person " + chair + ")");
        r.signedOff(chair, name, Lookups.now(), viewer.username(), !ownAccount);
        em.flush();
        return toDto(r);
    }

    @Override
    public boolean maySignOff(long id, Viewer viewer) {
        QuarterlyReturn r = find(id);
        Long bodyId = r.getYear().getPlan().getSignOffBodyId();
        if (r.getStatus() != ReturnStatus.DRAFT || bodyId == null || viewer == null || !viewer.isSignedIn()) {
            return false;
        }
        Long chair = seats.chairOf(bodyId, Lookups.today()).orElse(null);
        return chair != null && (viewer.isClerk() || chair.equals(viewer.personId()));
    }

    @Override
    public ReturnDto submit(long id, ReturnStep step, Viewer viewer) {
        Rights.requireFinance(viewer);
        QuarterlyReturn r = find(id);
        if (step.version() != null) {
            Validations.requireVersion("The return for " + period(r.getYear(), r.getQuarter()), step.version(), r.getVersion());
        }
        if (r.getStatus() == ReturnStatus.SUBMITTED) {
            throw new ConflictException("The return for " + period(r.getYear(), r.getQuarter()) + " has already been submitted;"
                    + " make a correction to submit changed figures.");
        }
        if (r.getStatus() != ReturnStatus.SIGNED_OFF) {
            throw new ConflictException("The return for " + period(r.getYear(), r.getQuarter()) + " needs the chair's sign-off before it is submitted.");
        }
        OffsetDateTime now = Lookups.now();
        r.submitted(now, viewer.username());
        lock(r, 1, "Submitted", now, viewer.username());
        em.flush();
        return toDto(r);
    }

    @Override
    public ReturnDto correct(long id, Correction correction, Viewer viewer) {
        Rights.requireFinance(viewer);
        QuarterlyReturn r = find(id);
        if (r.getStatus() != ReturnStatus.SUBMITTED) {
            throw new ConflictException("Only a submitted return is corrected; the return for " + period(r.getYear(), r.getQuarter())
                    + " is still " + r.getStatus().label().toLowerCase(java.util.Locale.UK) + ", so change it instead.");
        }
        int next = em.createQuery("select coalesce(max(v.number), 0) from ReturnVersion v where v.quarterlyReturn = :r", Integer.class)
                .setParameter("r", r).getSingleResult() + 1;
        lock(r, next, correction.reason().strip(), Lookups.now(), viewer.username());
        em.flush();
        return toDto(r);
    }

    @Override
    public ReturnDto recordNoting(long id, Noting noting, Viewer viewer) {
        Rights.requireNotingClerk(viewer);
        QuarterlyReturn r = find(id);
        boolean exists = em.createQuery("select count(v) from ReturnVersion v where v.quarterlyReturn = :r and v.number = :n", Long.class)
                .setParameter("r", r).setParameter("n", noting.versionNumber()).getSingleResult() > 0;
        if (!exists) {
            throw new InvalidInputException("versionNumber", r.getStatus() == ReturnStatus.SUBMITTED
                    ? "this return has no version " + noting.versionNumber() : "the return has not been submitted, so there is no locked version to note");
        }
        em.persist(new ReturnNoting(r, noting.versionNumber(), noting.notedOn(), trimmed(noting.meeting()), trimmed(noting.note()),
                viewer.username(), Lookups.now()));
        em.flush();
        return toDto(r);
    }

    @Override
    public StoredFile version(long id, int number) {
        QuarterlyReturn r = find(id);
        ReturnVersion v = stored(r, number);
        return new StoredFile(fileName(r) + "-v" + number + ".json", "application/json", v.getContent(), v.getSha256());
    }

    @Override
    public StoredFile workbook(long id) {
        QuarterlyReturn r = find(id);
        ReturnSnapshot snapshot;
        if (r.getStatus() == ReturnStatus.SUBMITTED) {
            int latest = em.createQuery("select max(v.number) from ReturnVersion v where v.quarterlyReturn = :r", Integer.class)
                    .setParameter("r", r).getSingleResult();
            snapshot = ReturnSnapshotFormat.read(stored(r, latest).getContent());
        } else {
            snapshot = snapshot(r, null);
        }
        byte[] xlsx = ReturnWorkbook.write(snapshot);
        return new StoredFile(fileName(r) + ".xlsx", XLSX, xlsx, ReturnSnapshotFormat.sha256(xlsx));
    }

    /** Stores version {@code number}: the figures as they stand now, locked. */
    private void lock(QuarterlyReturn r, int number, String reason, OffsetDateTime at, String by) {
        byte[] bytes = ReturnSnapshotFormat.write(snapshot(r, new ReturnSnapshot.Submission(number, reason, at, by)));
        em.persist(new ReturnVersion(r, number, reason, bytes, ReturnSnapshotFormat.sha256(bytes), at, by));
    }

    private ReturnSnapshot snapshot(QuarterlyReturn r, ReturnSnapshot.Submission submission) {
        long planId = r.getYear().getPlan().getId();
        String year = Years.code(r.getYear().getStartYear());
        return Snapshots.of(plans.plan(planId), toDto(r), plans.funding(planId, year),
                schemes.schemes(planId, new SchemeQuery(year, null, null, null, "schemeId", false), new PageRequest(0, PageRequest.MAX_LIMIT)).items(),
                metrics.metrics(planId), plans.capacity(planId, year), submission);
    }

    private ReturnVersion stored(QuarterlyReturn r, int number) {
        return em.createQuery("select v from ReturnVersion v where v.quarterlyReturn = :r and v.number = :n", ReturnVersion.class)
                .setParameter("r", r).setParameter("n", number).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("The return for " + period(r.getYear(), r.getQuarter()) + " has no version " + number));
    }

    private static void requireUnlocked(QuarterlyReturn r) {
        if (r.getStatus() == ReturnStatus.SUBMITTED) {
            throw new ConflictException("The return for " + period(r.getYear(), r.getQuarter()) + " was submitted and is locked;"
                    + " make a correction (with its reason) instead.");
        }
    }

    private QuarterlyReturn find(long id) {
        QuarterlyReturn r = em.find(QuarterlyReturn.class, id);
        if (r == null) {
            throw new NotFoundException("Return", id);
        }
        return r;
    }

    private ReturnDto toDto(QuarterlyReturn r) {
        List<ReturnVersionDto> versions = em.createQuery("select v.quarterlyReturn.id, v.number, v.reason, v.sha256, v.size, v.createdAt,"
                        + " v.createdBy from ReturnVersion v where v.quarterlyReturn = :r order by v.number", Object[].class)
                .setParameter("r", r).getResultList().stream().map(ReturnsService::version).toList();
        List<NotingDto> notings = em.createQuery("select n from ReturnNoting n where n.quarterlyReturn = :r order by n.notedOn, n.id",
                ReturnNoting.class).setParameter("r", r).getResultList().stream().map(ReturnsService::noting).toList();
        return toDto(r, r.getYear().getPlan().getName(), versions, notings);
    }

    private static ReturnDto toDto(QuarterlyReturn r, String planName, List<ReturnVersionDto> versions, List<NotingDto> notings) {
        LocalDate today = Lookups.today();
        LocalDate submittedOn = r.getSubmittedAt() == null ? null : r.getSubmittedAt().atZoneSameInstant(CouncilCalendar.ZONE).toLocalDate();
        return new ReturnDto(r.getId(), r.getYear().getPlan().getId(), planName, Years.code(r.getYear().getStartYear()), r.getQuarter(),
                period(r.getYear(), r.getQuarter()), r.getDue(), ReturnRules.daysLeft(r.getDue(), today),
                ReturnRules.overdue(r.getDue(), today, submittedOn), ReturnRules.dueSentence(r.getDue(), today, submittedOn),
                r.getStatus(), r.getStatus().label(), r.isSection75Signed(), r.getSection75Explanation(), r.isNationalConditionsMet(),
                r.getConditionsExplanation(), r.getChallenges(), r.getAchievements(), r.getSupportNeeded(), r.getSignedOffBy(),
                atLondon(r.getSignedOffAt()), r.getSignOffRecordedBy(), r.isSignedOnBehalf(), atLondon(r.getSubmittedAt()), r.getSubmittedBy(),
                versions, notings, r.getVersion());
    }

    private static ReturnVersionDto version(Object[] row) {
        return new ReturnVersionDto((Integer) row[1], (String) row[2], (String) row[3], (Integer) row[4], atLondon((OffsetDateTime) row[5]),
                (String) row[6]);
    }

    private static NotingDto noting(ReturnNoting n) {
        return new NotingDto(n.getVersionNumber(), n.getNotedOn(), n.getMeeting(), n.getNote(), n.getRecordedBy(), atLondon(n.getRecordedAt()));
    }

    private static OffsetDateTime atLondon(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(CouncilCalendar.ZONE).toOffsetDateTime();
    }

    static String period(PlanYear year, int quarter) {
        return ReportingPeriod.quarter(new FinancialYear(year.getStartYear()), quarter).label();
    }

    private static String fileName(QuarterlyReturn r) {
        return "bcf-return-" + Years.code(r.getYear().getStartYear()) + "-q" + r.getQuarter();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
