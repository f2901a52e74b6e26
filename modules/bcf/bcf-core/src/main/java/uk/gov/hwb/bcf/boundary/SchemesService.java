package uk.gov.hwb.bcf.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.hwb.bcf.api.ActualSpend;
import uk.gov.hwb.bcf.api.Commissioner;
import uk.gov.hwb.bcf.api.FundingSource;
import uk.gov.hwb.bcf.api.ImportResult;
import uk.gov.hwb.bcf.api.NewScheme;
import uk.gov.hwb.bcf.api.SchemeChanges;
import uk.gov.hwb.bcf.api.SchemeDto;
import uk.gov.hwb.bcf.api.SchemeQuery;
import uk.gov.hwb.bcf.api.Schemes;
import uk.gov.hwb.bcf.control.FundingRules;
import uk.gov.hwb.bcf.control.Rights;
import uk.gov.hwb.bcf.control.SchemeSheet;
import uk.gov.hwb.bcf.control.Years;
import uk.gov.hwb.bcf.entity.Income;
import uk.gov.hwb.bcf.entity.Plan;
import uk.gov.hwb.bcf.entity.PlanYear;
import uk.gov.hwb.bcf.entity.Scheme;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.money.Money;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.TooLargeException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.sheets.SheetException;
import uk.gov.hwb.sheets.SheetProblem;
import uk.gov.hwb.sheets.SheetReader;

/**
 * The gate to scheme lines: a source's planned expenditure in a year may never exceed its income, so
 * every create, change and import is checked against the stored income and the other lines first,
 * and refused (naming the source and the excess) with nothing stored.
 */
@Stateless
@Facade
public class SchemesService implements Schemes {

    private static final Map<String, String> SORT = Map.of(
            "schemeId", "s.schemeRef", "name", "lower(s.name)", "year", "s.year.startYear", "source", "s.source", "type", "lower(s.type)",
            "areaOfSpend", "lower(s.areaOfSpend)", "provider", "lower(s.provider)", "planned", "s.planned", "forecast", "s.forecast",
            "variance", "(s.forecast - s.planned)");

    @PersistenceContext(unitName = "bcf")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "hwb.bcf.import.max-bytes", defaultValue = "5242880")
    long maxImportBytes;

    @Override
    public Page<SchemeDto> schemes(long planId, SchemeQuery query, PageRequest page) {
        Lookups.plan(em, planId);
        StringBuilder where = new StringBuilder(" where s.year.plan.id = :plan");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("plan", planId);
        if (query.year() != null && !query.year().isBlank()) {
            where.append(" and s.year.startYear = :year");
            parameters.put("year", Years.parse("year", query.year()));
        }
        if (query.source() != null && !query.source().isBlank()) {
            where.append(" and s.source = :source");
            parameters.put("source", FundingSource.byName(query.source())
                    .orElseThrow(() -> new InvalidInputException("source", "'" + query.source() + "' is not a funding source; use one of "
                            + FundingSource.names())));
        }
        if (query.type() != null && !query.type().isBlank()) {
            where.append(" and lower(s.type) like :type");
            parameters.put("type", "%" + query.type().strip().toLowerCase(Locale.UK) + "%");
        }
        if (query.provider() != null && !query.provider().isBlank()) {
            where.append(" and lower(s.provider) like :provider");
            parameters.put("provider", "%" + query.provider().strip().toLowerCase(Locale.UK) + "%");
        }
        String sort = query.sort() == null || query.sort().isBlank() ? "schemeId" : query.sort().strip();
        if (!SORT.containsKey(sort)) {
            throw new InvalidInputException("sort", "'" + sort + "' cannot be sorted on; use one of " + String.join(", ", SchemeQuery.SORTABLE));
        }
        String direction = query.descending() ? " desc" : " asc";
        TypedQuery<Scheme> list = em.createQuery("select s from Scheme s join fetch s.year" + where + " order by " + SORT.get(sort) + direction
                + " nulls last, s.schemeRef, s.id", Scheme.class);
        TypedQuery<Long> count = em.createQuery("select count(s) from Scheme s" + where, Long.class);
        parameters.forEach((name, value) -> {
            list.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<SchemeDto> items = list.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                .map(s -> toDto(s, planId)).toList();
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }

    @Override
    public SchemeDto scheme(long id) {
        Scheme scheme = find(id);
        return toDto(scheme, scheme.getYear().getPlan().getId());
    }

    @Override
    public SchemeDto create(long planId, NewScheme input, Viewer viewer) {
        Rights.requireFinance(viewer);
        Plan plan = Lookups.plan(em, planId);
        PlanYear year = Lookups.yearField(em, plan, "year", input.year());
        FundingSource source = source(input.source());
        Commissioner commissioner = commissioner(input.commissioner());
        Scheme scheme = new Scheme(year);
        requireWithinIncome(year, source, input.planned(), null);
        apply(scheme, input.schemeId(), input.name(), source, input.type(), input.areaOfSpend(), commissioner, input.provider(),
                input.planned());
        em.persist(scheme);
        em.flush();
        return toDto(scheme, planId);
    }

    @Override
    public SchemeDto update(long id, SchemeChanges input, Viewer viewer) {
        Rights.requireFinance(viewer);
        Scheme scheme = find(id);
        Validations.requireVersion("Scheme " + id, input.version(), scheme.getVersion());
        Plan plan = scheme.getYear().getPlan();
        PlanYear year = Lookups.yearField(em, plan, "year", input.year());
        FundingSource source = source(input.source());
        Commissioner commissioner = commissioner(input.commissioner());
        requireWithinIncome(year, source, input.planned(), scheme.getId());
        scheme.setYear(year);
        apply(scheme, input.schemeId(), input.name(), source, input.type(), input.areaOfSpend(), commissioner, input.provider(),
                input.planned());
        em.flush();
        return toDto(scheme, plan.getId());
    }

    @Override
    public SchemeDto recordActual(long id, int quarter, ActualSpend spend, Viewer viewer) {
        Rights.requireFinance(viewer);
        Scheme scheme = find(id);
        Validations.requireVersion("Scheme " + id, spend.version(), scheme.getVersion());
        BigDecimal actual = spend.actual() == null ? null : new Money(spend.actual()).amount();
        BigDecimal stored = scheme.actuals().get(quarter - 1);
        if (actual == null ? stored != null : stored == null || stored.compareTo(actual) != 0) {
            scheme.setActual(quarter, actual);
        }
        if (spend.forecast() != null && (scheme.getForecast() == null || scheme.getForecast().compareTo(spend.forecast()) != 0)) {
            scheme.setForecast(new Money(spend.forecast()).amount());
        }
        em.flush();
        return toDto(scheme, scheme.getYear().getPlan().getId());
    }

    @Override
    public void remove(long id, long version, Viewer viewer) {
        Rights.requireFinance(viewer);
        Scheme scheme = find(id);
        Validations.requireVersion("Scheme " + id, version, scheme.getVersion());
        em.remove(scheme);
        em.flush();
    }

    @Override
    public ImportResult importSchemes(long planId, InputStream workbook, Viewer viewer) {
        Rights.requireFinance(viewer);
        Plan plan = Lookups.plan(em, planId);
        SchemeSheet.Result read;
        try {
            read = SchemeSheet.read(SheetReader.read(workbook, maxImportBytes, SchemeSheet.REQUIRED, SchemeSheet.OPTIONAL),
                    new HashSet<>(Lookups.startYears(plan)));
        } catch (SheetException e) {
            SheetProblem first = e.problems().get(0);
            if (first.row() == 0 && first.message().contains("larger than the limit")) {
                throw new TooLargeException("file", "The sheet " + first.message() + "; nothing was imported.");
            }
            throw new InvalidInputException(problems(e.problems()));
        }
        List<SheetProblem> problems = new ArrayList<>(read.problems());
        // Over-allocation, row by row in sheet order, on top of what is already planned: the row that tips a source over is named.
        Map<String, BigDecimal> planned = new HashMap<>();
        Map<String, BigDecimal> income = new HashMap<>();
        for (PlanYear year : plan.getYears()) {
            for (Scheme s : em.createQuery("select s from Scheme s where s.year = :y", Scheme.class).setParameter("y", year).getResultList()) {
                planned.merge(year.getStartYear() + "/" + s.getSource(), s.getPlanned(), BigDecimal::add);
            }
            for (Income i : em.createQuery("select i from Income i where i.year = :y", Income.class).setParameter("y", year).getResultList()) {
                income.put(year.getStartYear() + "/" + i.getSource(), i.getAmount());
            }
        }
        for (SchemeSheet.Line line : read.lines()) {
            String key = line.startYear() + "/" + line.source();
            BigDecimal total = planned.merge(key, line.planned(), BigDecimal::add);
            String excess = FundingRules.overAllocation(line.source(), Years.label(line.startYear()), income.getOrDefault(key, BigDecimal.ZERO), total);
            if (excess != null) {
                problems.add(new SheetProblem(line.row(), SchemeSheet.PLANNED, excess));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems(problems));
        }
        List<Scheme> stored = new ArrayList<>();
        for (SchemeSheet.Line line : read.lines()) {
            PlanYear year = plan.getYears().stream().filter(y -> y.getStartYear() == line.startYear()).findFirst().orElseThrow();
            Scheme scheme = new Scheme(year);
            apply(scheme, line.schemeId(), line.name(), line.source(), line.type(), line.areaOfSpend(), line.commissioner(), line.provider(),
                    line.planned());
            em.persist(scheme);
            stored.add(scheme);
        }
        em.flush();
        return new ImportResult(stored.size(), stored.stream().map(s -> toDto(s, planId)).toList());
    }

    /** Each problem as a field error: "rows[5].Planned" with "Row 5, column Planned: …". */
    private static List<FieldError> problems(List<SheetProblem> problems) {
        return problems.stream().map(p -> new FieldError(p.row() == 0 ? "file" : "rows[" + p.row() + "]" + (p.column() == null ? "" : "." + p.column()),
                p.describe())).toList();
    }

    private void requireWithinIncome(PlanYear year, FundingSource source, BigDecimal planned, Long excluding) {
        BigDecimal otherLines = excluding == null
                ? em.createQuery("select coalesce(sum(s.planned), 0) from Scheme s where s.year = :y and s.source = :s", BigDecimal.class)
                        .setParameter("y", year).setParameter("s", source).getSingleResult()
                : em.createQuery("select coalesce(sum(s.planned), 0) from Scheme s where s.year = :y and s.source = :s and s.id <> :id", BigDecimal.class)
                        .setParameter("y", year).setParameter("s", source).setParameter("id", excluding).getSingleResult();
        BigDecimal income = em.createQuery("select i.amount from Income i where i.year = :y and i.source = :s", BigDecimal.class)
                .setParameter("y", year).setParameter("s", source).getResultStream().findFirst().orElse(BigDecimal.ZERO);
        String excess = FundingRules.overAllocation(source, Years.label(year.getStartYear()), income, otherLines.add(planned));
        if (excess != null) {
            throw new InvalidInputException("planned", excess + " Nothing was stored.");
        }
    }

    private static FundingSource source(String name) {
        return FundingSource.byName(name).orElseThrow(() -> new InvalidInputException("source", "'" + name
                + "' is not a funding source; use one of " + FundingSource.names()));
    }

    private static Commissioner commissioner(String name) {
        return Commissioner.byName(name).orElseThrow(() -> new InvalidInputException("commissioner", "'" + name
                + "' is not a commissioner; use LA, NHS or JOINT"));
    }

    private static void apply(Scheme scheme, String schemeId, String name, FundingSource source, String type, String area,
                              Commissioner commissioner, String provider, BigDecimal planned) {
        scheme.setSchemeRef(schemeId == null || schemeId.isBlank() ? null : schemeId.strip());
        scheme.setName(name.strip());
        scheme.setSource(source);
        scheme.setType(type.strip());
        scheme.setAreaOfSpend(area.strip());
        scheme.setCommissioner(commissioner);
        scheme.setProvider(provider.strip());
        BigDecimal amount = new Money(planned).amount();
        if (scheme.getPlanned() == null || scheme.getPlanned().compareTo(amount) != 0) {
            scheme.setPlanned(amount);
        }
    }

    private Scheme find(long id) {
        Scheme scheme = em.find(Scheme.class, id);
        if (scheme == null) {
            throw new NotFoundException("Scheme", id);
        }
        return scheme;
    }

    static SchemeDto toDto(Scheme s, long planId) {
        List<BigDecimal> actuals = s.actuals();
        return new SchemeDto(s.getId(), planId, s.getSchemeRef(), s.getName(), Years.code(s.getYear().getStartYear()), s.getSource().label(),
                s.getType(), s.getAreaOfSpend(), s.getCommissioner(), s.getProvider(), s.getPlanned(), actuals,
                FundingRules.actualToDate(actuals), s.getForecast(), FundingRules.variance(s.getPlanned(), s.getForecast()),
                FundingRules.variancePercent(s.getPlanned(), s.getForecast()), s.getVersion());
    }
}
