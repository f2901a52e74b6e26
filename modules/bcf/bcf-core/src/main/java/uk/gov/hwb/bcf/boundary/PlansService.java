package uk.gov.hwb.bcf.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.gov.hwb.bcf.api.AgreementChanges;
import uk.gov.hwb.bcf.api.CapacityChanges;
import uk.gov.hwb.bcf.api.CapacityDto;
import uk.gov.hwb.bcf.api.CapacityLineDto;
import uk.gov.hwb.bcf.api.CapacityLineEntry;
import uk.gov.hwb.bcf.api.CapacityMonthDto;
import uk.gov.hwb.bcf.api.FundingRow;
import uk.gov.hwb.bcf.api.FundingSource;
import uk.gov.hwb.bcf.api.FundingTableDto;
import uk.gov.hwb.bcf.api.FundingTotal;
import uk.gov.hwb.bcf.api.IncomeChanges;
import uk.gov.hwb.bcf.api.IncomeLine;
import uk.gov.hwb.bcf.api.Minimums;
import uk.gov.hwb.bcf.api.NewPlan;
import uk.gov.hwb.bcf.api.PlanDto;
import uk.gov.hwb.bcf.api.Plans;
import uk.gov.hwb.bcf.api.YearSummary;
import uk.gov.hwb.bcf.control.CapacityRules;
import uk.gov.hwb.bcf.control.FundingRules;
import uk.gov.hwb.bcf.control.Rights;
import uk.gov.hwb.bcf.control.Years;
import uk.gov.hwb.bcf.entity.CapacityLine;
import uk.gov.hwb.bcf.entity.CapacityMonth;
import uk.gov.hwb.bcf.entity.Income;
import uk.gov.hwb.bcf.entity.Plan;
import uk.gov.hwb.bcf.entity.PlanYear;
import uk.gov.hwb.bcf.entity.Scheme;
import uk.gov.hwb.bcf.entity.Uplift;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.money.Money;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.seats.BodyRef;
import uk.gov.hwb.platform.seats.Seats;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The gate to plans, their Section 75 agreement, income, funding table, minimums and capacity and
 * demand: checks who may change figures and the funding rules before anything is stored.
 */
@Stateless
@Facade
public class PlansService implements Plans {

    /** The body whose chair signs off returns unless a plan names another (seed 002). */
    static final String HEALTH_AND_WELLBEING_BOARD = "Health and Wellbeing Board";
    private static final String INCOME_SUMS = "select y.plan.id, y.startYear, sum(i.amount) from Income i join i.year y"
            + " where (:p is null or y.plan.id = :p) group by y.plan.id, y.startYear";
    private static final String PLANNED_SUMS = "select y.plan.id, y.startYear, sum(s.planned) from Scheme s join s.year y"
            + " where (:p is null or y.plan.id = :p) group by y.plan.id, y.startYear";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @PersistenceContext(unitName = "bcf")
    EntityManager em;

    @Inject
    Seats seats;

    @Override
    public List<PlanDto> plans() {
        List<Plan> plans = em.createQuery("select distinct p from Plan p left join fetch p.years order by p.name", Plan.class).getResultList();
        Map<String, BigDecimal> income = sums(INCOME_SUMS, null);
        Map<String, BigDecimal> planned = sums(PLANNED_SUMS, null);
        Map<Long, String> bodies = new HashMap<>();
        seats.bodies().forEach(b -> bodies.put(b.id(), b.name()));
        return plans.stream().map(p -> toDto(p, income, planned, bodies)).toList();
    }

    @Override
    public PlanDto plan(long id) {
        Plan plan = Lookups.plan(em, id);
        Map<String, BigDecimal> income = sums(INCOME_SUMS, id);
        Map<String, BigDecimal> planned = sums(PLANNED_SUMS, id);
        Map<Long, String> bodies = new HashMap<>();
        if (plan.getSignOffBodyId() != null) {
            seats.body(plan.getSignOffBodyId()).ifPresent(b -> bodies.put(b.id(), b.name()));
        }
        return toDto(plan, income, planned, bodies);
    }

    @Override
    public PlanDto create(NewPlan input, Viewer viewer) {
        Rights.requireFinance(viewer);
        List<FieldError> errors = new ArrayList<>();
        String name = input.name().strip();
        if (em.createQuery("select count(p) from Plan p where lower(p.name) = lower(:n)", Long.class).setParameter("n", name).getSingleResult() > 0) {
            errors.add(new FieldError("name", "a plan called '" + name + "' already exists"));
        }
        Set<Integer> years = new HashSet<>();
        List<Integer> ordered = new ArrayList<>();
        for (int i = 0; i < input.years().size(); i++) {
            try {
                int year = Years.parse("years[" + i + "]", input.years().get(i));
                if (!years.add(year)) {
                    errors.add(new FieldError("years[" + i + "]", Years.code(year) + " is listed twice"));
                }
                ordered.add(year);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        Long bodyId = input.signOffBodyId();
        if (bodyId != null && seats.body(bodyId).isEmpty()) {
            errors.add(new FieldError("signOffBodyId", "no body has id " + bodyId));
        }
        if (bodyId == null) {
            bodyId = seats.bodies().stream().filter(b -> b.name().equalsIgnoreCase(HEALTH_AND_WELLBEING_BOARD)).map(BodyRef::id).findFirst().orElse(null);
            if (bodyId == null) {
                errors.add(new FieldError("signOffBodyId", "name the body whose chair signs off the returns (there is no '"
                        + HEALTH_AND_WELLBEING_BOARD + "' to default to)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Plan plan = new Plan(name, bodyId);
        plan.setCouncilName(trimmed(input.councilName()));
        plan.setIcbName(trimmed(input.icbName()));
        plan.setHost(input.host());
        ordered.stream().sorted().forEach(plan::addYear);
        em.persist(plan);
        em.flush();
        return plan(plan.getId());
    }

    @Override
    public PlanDto recordAgreement(long id, AgreementChanges input, Viewer viewer) {
        Rights.requireFinance(viewer);
        Plan plan = Lookups.plan(em, id);
        Validations.requireVersion("Plan " + id, input.version(), plan.getVersion());
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = Lookups.today();
        if (input.councilSignedOn() != null && input.councilSignedOn().isAfter(today)) {
            errors.add(new FieldError("councilSignedOn", "is in the future; record the day the council signed"));
        }
        if (input.icbSignedOn() != null && input.icbSignedOn().isAfter(today)) {
            errors.add(new FieldError("icbSignedOn", "is in the future; record the day the ICB signed"));
        }
        if (input.agreed() && (input.councilSignedOn() == null || input.icbSignedOn() == null)) {
            errors.add(new FieldError("agreed", "a plan is agreed only once both the council and the Integrated Care Board have signed"
                    + " the Section 75 agreement; record both dates first"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        plan.setCouncilName(input.councilName().strip());
        plan.setIcbName(input.icbName().strip());
        plan.setHost(input.host());
        plan.setCouncilSignedOn(input.councilSignedOn());
        plan.setIcbSignedOn(input.icbSignedOn());
        plan.setAgreed(input.agreed());
        em.flush();
        return plan(id);
    }

    @Override
    public FundingTableDto funding(long planId, String year) {
        return funding(Lookups.year(em, planId, year));
    }

    FundingTableDto funding(PlanYear year) {
        Map<FundingSource, BigDecimal> income = income(year);
        List<FundingRules.Line> lines = lines(year);
        List<FundingRow> rows = FundingRules.rows(income, FundingRules.plannedBySource(lines));
        FundingTotal total = FundingRules.total(rows);
        return new FundingTableDto(year.getPlan().getId(), Years.code(year.getStartYear()), Years.label(year.getStartYear()), rows, total,
                FundingRules.minimums(lines, year.getAdultSocialCareMinimum(), year.getOutOfHospitalMinimum()), year.getVersion());
    }

    @Override
    public FundingTableDto setIncome(long planId, String yearText, IncomeChanges input, Viewer viewer) {
        Rights.requireFinance(viewer);
        PlanYear year = Lookups.year(em, planId, yearText);
        if (input.version() != null) {
            Validations.requireVersion("The funding table of " + Years.label(year.getStartYear()), input.version(), year.getVersion());
        }
        Map<FundingSource, BigDecimal> planned = FundingRules.plannedBySource(lines(year));
        Map<FundingSource, Income> stored = new EnumMap<>(FundingSource.class);
        em.createQuery("select i from Income i where i.year = :y", Income.class).setParameter("y", year).getResultList()
                .forEach(i -> stored.put(i.getSource(), i));
        List<FieldError> errors = new ArrayList<>();
        Map<FundingSource, BigDecimal> changes = new LinkedHashMap<>();
        for (int i = 0; i < input.lines().size(); i++) {
            IncomeLine line = input.lines().get(i);
            FundingSource source = FundingSource.byName(line.source()).orElse(null);
            if (source == null) {
                errors.add(new FieldError("lines[" + i + "].source", "'" + line.source() + "' is not a funding source; use one of "
                        + FundingSource.names()));
                continue;
            }
            if (changes.containsKey(source)) {
                errors.add(new FieldError("lines[" + i + "].source", source.label() + " is listed twice"));
                continue;
            }
            BigDecimal amount = new Money(line.amount()).amount();
            BigDecimal committed = planned.getOrDefault(source, BigDecimal.ZERO);
            if (committed.compareTo(amount) > 0) {
                errors.add(new FieldError("lines[" + i + "].amount", "schemes already plan to spend " + new Money(committed).format() + " from "
                        + source.label() + " in " + Years.label(year.getStartYear()) + ": income of " + new Money(amount).format()
                        + " would leave them " + new Money(committed.subtract(amount)).format() + " over; reduce the schemes first"));
                continue;
            }
            changes.put(source, amount);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        changes.forEach((source, amount) -> {
            Income income = stored.get(source);
            if (income == null) {
                em.persist(new Income(year, source, amount));
            } else if (income.getAmount().compareTo(amount) != 0) {
                income.setAmount(amount);
            }
        });
        em.lock(year, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return funding(year);
    }

    @Override
    public FundingTableDto setMinimums(long planId, String yearText, Minimums input, Viewer viewer) {
        Rights.requireFinance(viewer);
        PlanYear year = Lookups.year(em, planId, yearText);
        if (input.version() != null) {
            Validations.requireVersion("The funding table of " + Years.label(year.getStartYear()), input.version(), year.getVersion());
        }
        year.setAdultSocialCareMinimum(input.adultSocialCare() == null ? null : new Money(input.adultSocialCare()).amount());
        year.setOutOfHospitalMinimum(input.outOfHospital() == null ? null : new Money(input.outOfHospital()).amount());
        em.lock(year, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return funding(year);
    }

    @Override
    public CapacityDto capacity(long planId, String yearText) {
        return capacity(Lookups.year(em, planId, yearText));
    }

    CapacityDto capacity(PlanYear year) {
        List<BigDecimal> uplifts = uplifts(year);
        List<CapacityLine> lines = em.createQuery("select l from CapacityLine l where l.year = :y order by l.position, l.id", CapacityLine.class)
                .setParameter("y", year).getResultList();
        Map<Long, List<CapacityMonth>> months = new HashMap<>();
        em.createQuery("select m from CapacityMonth m where m.line.year = :y order by m.month", CapacityMonth.class).setParameter("y", year)
                .getResultList().forEach(m -> months.computeIfAbsent(m.getLine().getId(), k -> new ArrayList<>()).add(m));
        List<CapacityLineDto> dtos = new ArrayList<>();
        for (CapacityLine line : lines) {
            List<CapacityMonth> stored = months.getOrDefault(line.getId(), List.of());
            List<BigDecimal> baseline = new ArrayList<>();
            List<BigDecimal> capacity = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                int month = m;
                CapacityMonth found = stored.stream().filter(s -> s.getMonth() == month).findFirst().orElse(null);
                baseline.add(found == null ? BigDecimal.ZERO : found.getBaseline());
                capacity.add(found == null ? BigDecimal.ZERO : found.getCapacity());
            }
            List<CapacityMonthDto> computed = CapacityRules.months(year.getStartYear(), baseline, capacity, uplifts);
            dtos.add(new CapacityLineDto(line.getId(), line.getArea(), line.getService(), computed,
                    computed.stream().map(CapacityMonthDto::expectedDemand).reduce(BigDecimal.ZERO, BigDecimal::add),
                    computed.stream().map(CapacityMonthDto::capacity).reduce(BigDecimal.ZERO, BigDecimal::add),
                    CapacityRules.shortMonths(computed)));
        }
        return new CapacityDto(year.getPlan().getId(), Years.code(year.getStartYear()), uplifts,
                CapacityRules.upliftSentence(year.getStartYear(), uplifts), dtos, year.getVersion());
    }

    @Override
    public CapacityDto setCapacity(long planId, String yearText, CapacityChanges input, Viewer viewer) {
        Rights.requireFinance(viewer);
        PlanYear year = Lookups.year(em, planId, yearText);
        if (input.version() != null) {
            Validations.requireVersion("Capacity and demand of " + Years.label(year.getStartYear()), input.version(), year.getVersion());
        }
        for (int i = 0; i < input.uplifts().size(); i++) {
            if (input.uplifts().get(i).compareTo(BigDecimal.valueOf(-100)) < 0) {
                throw new InvalidInputException("uplifts[" + i + "]", "cannot take demand below nothing (less than -100%)");
            }
        }
        Map<Integer, Uplift> stored = new HashMap<>();
        em.createQuery("select u from Uplift u where u.year = :y", Uplift.class).setParameter("y", year).getResultList()
                .forEach(u -> stored.put(u.getMonth(), u));
        for (int m = 1; m <= 12; m++) {
            BigDecimal percent = input.uplifts().get(m - 1);
            Uplift uplift = stored.get(m);
            if (uplift == null) {
                em.persist(new Uplift(year, m, percent));
            } else if (uplift.getPercent().compareTo(percent) != 0) {
                uplift.setPercent(percent);
            }
        }
        // The sheet is replaced whole: lines are matched by position, so unchanged months write nothing to the audit log.
        List<CapacityLine> lines = em.createQuery("select l from CapacityLine l where l.year = :y order by l.position, l.id", CapacityLine.class)
                .setParameter("y", year).getResultList();
        for (int i = 0; i < input.lines().size(); i++) {
            CapacityLineEntry entry = input.lines().get(i);
            CapacityLine line;
            if (i < lines.size()) {
                line = lines.get(i);
                line.setArea(entry.area());
                line.setService(entry.service().strip());
            } else {
                line = new CapacityLine(year, entry.area(), entry.service().strip(), i + 1);
                em.persist(line);
            }
            Map<Integer, CapacityMonth> months = new HashMap<>();
            if (i < lines.size()) {
                em.createQuery("select m from CapacityMonth m where m.line = :l", CapacityMonth.class).setParameter("l", line).getResultList()
                        .forEach(m -> months.put(m.getMonth(), m));
            }
            for (int m = 1; m <= 12; m++) {
                BigDecimal baseline = entry.baseline().get(m - 1);
                BigDecimal capacity = entry.capacity().get(m - 1);
                CapacityMonth month = months.get(m);
                if (month == null) {
                    em.persist(new CapacityMonth(line, m, baseline, capacity));
                } else {
                    if (month.getBaseline().compareTo(baseline) != 0) {
                        month.setBaseline(baseline);
                    }
                    if (month.getCapacity().compareTo(capacity) != 0) {
                        month.setCapacity(capacity);
                    }
                }
            }
        }
        for (int i = input.lines().size(); i < lines.size(); i++) {
            CapacityLine gone = lines.get(i);
            em.createQuery("select m from CapacityMonth m where m.line = :l", CapacityMonth.class).setParameter("l", gone).getResultList()
                    .forEach(em::remove);
            em.remove(gone);
        }
        em.lock(year, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return capacity(year);
    }

    private List<BigDecimal> uplifts(PlanYear year) {
        BigDecimal[] uplifts = new BigDecimal[12];
        java.util.Arrays.fill(uplifts, BigDecimal.ZERO);
        em.createQuery("select u from Uplift u where u.year = :y", Uplift.class).setParameter("y", year).getResultList()
                .forEach(u -> uplifts[u.getMonth() - 1] = u.getPercent().stripTrailingZeros().scale() < 0
                        ? u.getPercent().setScale(0) : u.getPercent().stripTrailingZeros());
        return List.of(uplifts);
    }

    private Map<FundingSource, BigDecimal> income(PlanYear year) {
        Map<FundingSource, BigDecimal> income = new EnumMap<>(FundingSource.class);
        em.createQuery("select i from Income i where i.year = :y", Income.class).setParameter("y", year).getResultList()
                .forEach(i -> income.put(i.getSource(), i.getAmount()));
        return income;
    }

    private List<FundingRules.Line> lines(PlanYear year) {
        return em.createQuery("select s from Scheme s where s.year = :y", Scheme.class).setParameter("y", year).getResultList().stream()
                .map(s -> new FundingRules.Line(s.getSource(), s.getAreaOfSpend(), s.getCommissioner(), s.getPlanned())).toList();
    }

    /** Sums per plan and year ("planId/startYear"), of every plan or of one. */
    private Map<String, BigDecimal> sums(String jpql, Long planId) {
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("p", planId).getResultList()) {
            sums.put(row[0] + "/" + row[1], (BigDecimal) row[2]);
        }
        return sums;
    }

    private PlanDto toDto(Plan plan, Map<String, BigDecimal> income, Map<String, BigDecimal> planned, Map<Long, String> bodies) {
        List<YearSummary> totals = plan.getYears().stream().map(y -> {
            String key = plan.getId() + "/" + y.getStartYear();
            BigDecimal in = new Money(income.getOrDefault(key, BigDecimal.ZERO)).amount();
            BigDecimal out = new Money(planned.getOrDefault(key, BigDecimal.ZERO)).amount();
            return new YearSummary(Years.code(y.getStartYear()), Years.label(y.getStartYear()), in, out, in.subtract(out));
        }).toList();
        return new PlanDto(plan.getId(), plan.getName(), plan.getYears().stream().map(y -> Years.code(y.getStartYear())).toList(), totals,
                plan.getCouncilName(), plan.getIcbName(), plan.getHost(), plan.getCouncilSignedOn(), plan.getIcbSignedOn(), plan.isAgreed(),
                agreementSentence(plan), plan.getSignOffBodyId(), plan.getSignOffBodyId() == null ? null : bodies.get(plan.getSignOffBodyId()),
                plan.getVersion());
    }

    /** "Signed by the council on 20 September 2023 and by the ICB on 28 September 2023; the plan is agreed." */
    static String agreementSentence(Plan plan) {
        String council = plan.getCouncilName() == null ? "the council" : plan.getCouncilName();
        String icb = plan.getIcbName() == null ? "the Integrated Care Board" : plan.getIcbName();
        if (plan.getCouncilSignedOn() == null && plan.getIcbSignedOn() == null) {
            return "The Section 75 agreement has not been signed yet.";
        }
        String signed = "The Section 75 agreement was signed by " + (plan.getCouncilSignedOn() == null ? ""
                : council + " on " + DAY.format(plan.getCouncilSignedOn()))
                + (plan.getCouncilSignedOn() != null && plan.getIcbSignedOn() != null ? " and by " : "")
                + (plan.getIcbSignedOn() == null ? "" : icb + " on " + DAY.format(plan.getIcbSignedOn()));
        if (plan.getCouncilSignedOn() == null || plan.getIcbSignedOn() == null) {
            return signed + "; it still needs " + (plan.getCouncilSignedOn() == null ? council : icb) + "'s signature.";
        }
        return signed + (plan.isAgreed() ? "; the plan is agreed." : "; the plan is not yet marked agreed.");
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
