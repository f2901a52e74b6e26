package uk.gov.hwb.bcf.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import java.time.LocalDate;
import java.util.Map;
import uk.gov.hwb.bcf.api.AgreementChanges;
import uk.gov.hwb.bcf.api.CapacityDto;
import uk.gov.hwb.bcf.api.Commissioner;
import uk.gov.hwb.bcf.api.FundingRow;
import uk.gov.hwb.bcf.api.FundingSource;
import uk.gov.hwb.bcf.api.FundingTableDto;
import uk.gov.hwb.bcf.api.ImportResult;
import uk.gov.hwb.bcf.api.IncomeChanges;
import uk.gov.hwb.bcf.api.IncomeLine;
import uk.gov.hwb.bcf.api.MetricDto;
import uk.gov.hwb.bcf.api.MetricQuarterDto;
import uk.gov.hwb.bcf.api.Metrics;
import uk.gov.hwb.bcf.api.Minimums;
import uk.gov.hwb.bcf.api.NationalLists;
import uk.gov.hwb.bcf.api.NewPlan;
import uk.gov.hwb.bcf.api.NewReturn;
import uk.gov.hwb.bcf.api.NewScheme;
import uk.gov.hwb.bcf.api.NewMetric;
import uk.gov.hwb.bcf.api.PlanDto;
import uk.gov.hwb.bcf.api.PooledFundHost;
import uk.gov.hwb.bcf.api.Plans;
import uk.gov.hwb.bcf.api.ReturnDto;
import uk.gov.hwb.bcf.api.Returns;
import uk.gov.hwb.bcf.api.SchemeDto;
import uk.gov.hwb.bcf.api.SchemeQuery;
import uk.gov.hwb.bcf.api.Schemes;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The Better Care Fund home: choose a plan and year, then its funding table (income edited here by
 * finance), scheme lines with variance (added or imported here), metrics with their latest status,
 * capacity and demand, and the quarterly returns with their countdown. Loaded by f:viewAction from
 * the address (?plan=&amp;year=), so every choice can be bookmarked.
 */
@Named("bcfPlanView")
@ViewScoped
public class PlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Plans plans;

    @Inject
    transient Schemes schemes;

    @Inject
    transient Metrics metrics;

    @Inject
    transient Returns returns;

    @Inject
    transient Viewer viewer;

    private Long planId;
    private String year;
    private List<PlanDto> all = List.of();
    private PlanDto plan;
    private FundingTableDto funding;
    private List<SchemeDto> schemeLines = List.of();
    private List<MetricDto> metricList = List.of();
    private CapacityDto capacity;
    private List<ReturnDto> returnList = List.of();

    private final List<IncomeEntry> income = new ArrayList<>();
    private BigDecimal adultSocialCare;
    private BigDecimal outOfHospital;
    private String newPlanName;
    private String newPlanYears = "2025-26";
    private SchemeForm scheme = new SchemeForm();
    private Integer returnQuarter = 1;
    private String councilName;
    private String icbName;
    private PooledFundHost host;
    private LocalDate councilSignedOn;
    private LocalDate icbSignedOn;
    private boolean agreed;
    private String metricName;
    private String metricUnit = MeasureUnit.PERCENT.name();
    private String metricPolarity = Polarity.HIGHER_IS_BETTER.name();
    private String metricBasis = Basis.AS_IS.name();
    private BigDecimal metricTarget;
    private List<String> importProblems = List.of();

    /** A source's income as typed on the form. */
    public static class IncomeEntry implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String source;
        private BigDecimal amount;

        IncomeEntry(String source, BigDecimal amount) {
            this.source = source;
            this.amount = amount;
        }

        public String getSource() { return source; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
    }

    /** A new scheme line as typed on the form. */
    public static class SchemeForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String schemeId;
        private String name;
        private String source = FundingSource.MINIMUM_NHS_CONTRIBUTION.label();
        private String type;
        private String areaOfSpend = NationalLists.SOCIAL_CARE;
        private Commissioner commissioner = Commissioner.LA;
        private String provider;
        private BigDecimal planned;

        public String getSchemeId() { return schemeId; }
        public void setSchemeId(String schemeId) { this.schemeId = schemeId; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getAreaOfSpend() { return areaOfSpend; }
        public void setAreaOfSpend(String areaOfSpend) { this.areaOfSpend = areaOfSpend; }
        public Commissioner getCommissioner() { return commissioner; }
        public void setCommissioner(Commissioner commissioner) { this.commissioner = commissioner; }
        public String getProvider() { return provider; }
        public void setProvider(String provider) { this.provider = provider; }
        public BigDecimal getPlanned() { return planned; }
        public void setPlanned(BigDecimal planned) { this.planned = planned; }
    }

    public void load() {
        all = plans.plans();
        if (all.isEmpty()) {
            plan = null;
            return;
        }
        plan = all.stream().filter(p -> planId != null && p.id() == planId).findFirst().orElse(all.get(0));
        planId = plan.id();
        if (year == null || !plan.years().contains(year)) {
            year = plan.years().get(0);
        }
        refresh();
    }

    private void refresh() {
        plan = plans.plan(planId);
        funding = plans.funding(planId, year);
        schemeLines = schemes.schemes(planId, new SchemeQuery(year, null, null, null, "schemeId", false), new PageRequest(0, PageRequest.MAX_LIMIT))
                .items();
        metricList = metrics.metrics(planId);
        capacity = plans.capacity(planId, year);
        returnList = returns.returns(planId);
        income.clear();
        funding.rows().forEach(r -> income.add(new IncomeEntry(r.source(), r.income())));
        councilName = plan.councilName();
        icbName = plan.icbName();
        host = plan.host();
        councilSignedOn = plan.councilSignedOn();
        icbSignedOn = plan.icbSignedOn();
        agreed = plan.agreed();
        adultSocialCare = funding.minimums().get(0).required();
        outOfHospital = funding.minimums().get(1).required();
    }

    /** The plan or year chooser changed. */
    public void choose() {
        if (plan != null && !plans.plan(planId).years().contains(year)) {
            year = null;
        }
        load();
    }

    public void saveIncome() {
        try {
            List<IncomeLine> lines = new ArrayList<>();
            income.forEach(e -> lines.add(new IncomeLine(e.getSource(), e.getAmount() == null ? BigDecimal.ZERO : e.getAmount())));
            plans.setIncome(planId, year, new IncomeChanges(lines, funding.version()), viewer);
            Messages.saved("Income for " + funding.yearLabel() + " saved; the funding table below is worked out from it.");
            refresh();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void saveMinimums() {
        try {
            plans.setMinimums(planId, year, new Minimums(adultSocialCare, outOfHospital, funding.version()), viewer);
            Messages.saved("Ring-fenced minimums saved.");
            refresh();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void addScheme() {
        try {
            SchemeDto added = schemes.create(planId, new NewScheme(scheme.schemeId, scheme.name, year, scheme.source, scheme.type,
                    scheme.areaOfSpend, scheme.commissioner == null ? null : scheme.commissioner.name(), scheme.provider, scheme.planned), viewer);
            Messages.saved("Scheme '" + added.name() + "' added to " + funding.yearLabel() + ".");
            scheme = new SchemeForm();
            refresh();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void importSheet(FileUploadEvent event) {
        importProblems = List.of();
        try (InputStream in = event.getFile().getInputStream()) {
            ImportResult result = schemes.importSchemes(planId, in, viewer);
            Messages.saved(result.imported() + " scheme lines imported.");
            refresh();
        } catch (IOException e) {
            Messages.warning("The upload was interrupted; nothing was imported. Please try again.");
        } catch (RuntimeException e) {
            RuntimeException cause = uk.gov.hwb.platform.problem.Validations.unwrap(e);
            if (cause instanceof InvalidInputException invalid) {
                importProblems = invalid.errors().stream().map(f -> f.message()).toList();
                Messages.warning("Nothing was imported: fix the " + importProblems.size() + " problems listed below and upload the sheet again.");
            } else {
                Messages.problem(e);
            }
        }
    }

    public void createPlan() {
        try {
            PlanDto created = plans.create(new NewPlan(newPlanName, Arrays.stream(newPlanYears == null ? new String[0] : newPlanYears.split("[,\\s]+"))
                    .filter(s -> !s.isBlank()).toList(), null, null, null, null), viewer);
            Messages.saved("Plan '" + created.name() + "' created.");
            planId = created.id();
            year = null;
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void saveAgreement() {
        try {
            plans.recordAgreement(planId, new AgreementChanges(councilName, icbName, host, councilSignedOn, icbSignedOn, agreed, plan.version()),
                    viewer);
            Messages.saved("Section 75 agreement saved.");
            refresh();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void addMetric() {
        try {
            MetricDto added = metrics.create(planId, new NewMetric(metricName, metricUnit, metricPolarity, metricBasis,
                    metricTarget == null ? Map.of() : Map.of(year, metricTarget)), viewer);
            Messages.saved("Metric '" + added.name() + "' added.");
            metricName = null;
            metricTarget = null;
            refresh();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    public void startReturn() {
        try {
            ReturnDto created = returns.create(planId, new NewReturn(year, returnQuarter, null), viewer);
            Messages.saved("Return for " + created.label() + " started; it is due on " + new BcfFormat().day(created.due()) + ".");
            refresh();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    /** The metric's quarters of the chosen year. */
    public List<MetricQuarterDto> quarters(MetricDto metric) {
        return metric.quarters().stream().filter(q -> q.year().equals(year)).toList();
    }

    /** The latest quarter of the chosen year with a figure (or Q1). */
    public MetricQuarterDto latest(MetricDto metric) {
        List<MetricQuarterDto> quarters = quarters(metric);
        MetricQuarterDto latest = quarters.get(0);
        for (MetricQuarterDto q : quarters) {
            if (q.value() != null) {
                latest = q;
            }
        }
        return latest;
    }

    /** The national scheme types containing what was typed. */
    public List<String> completeSchemeType(String query) {
        String typed = query == null ? "" : query.strip().toLowerCase(java.util.Locale.UK);
        return NationalLists.SCHEME_TYPES.stream().filter(t -> t.toLowerCase(java.util.Locale.UK).contains(typed)).toList();
    }

    public boolean isFinance() {
        return viewer.hasAny(Role.FINANCE, Role.ADMIN);
    }

    public List<String> getSources() {
        return Arrays.stream(FundingSource.values()).map(FundingSource::label).toList();
    }

    public List<String> getSchemeTypes() {
        return NationalLists.SCHEME_TYPES;
    }

    public List<String> getAreasOfSpend() {
        return NationalLists.AREAS_OF_SPEND;
    }

    public PooledFundHost[] getHosts() {
        return PooledFundHost.values();
    }

    public List<MeasureUnit> getUnits() {
        return List.of(MeasureUnit.PERCENT, MeasureUnit.RATE_PER_100K, MeasureUnit.COUNT);
    }

    public List<Polarity> getPolarities() {
        return List.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER);
    }

    public List<Basis> getBases() {
        return List.of(Basis.AS_IS, Basis.ANNUAL_PROJECTION);
    }

    public Commissioner[] getCommissioners() {
        return Commissioner.values();
    }

    public List<FundingRow> getFundingRows() {
        return funding == null ? List.of() : funding.rows();
    }

    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public List<PlanDto> getPlans() { return all; }
    public PlanDto getPlan() { return plan; }
    public FundingTableDto getFunding() { return funding; }
    public List<SchemeDto> getSchemeLines() { return schemeLines; }
    public List<MetricDto> getMetrics() { return metricList; }
    public CapacityDto getCapacity() { return capacity; }
    public List<ReturnDto> getReturns() { return returnList; }
    public List<IncomeEntry> getIncome() { return income; }
    public BigDecimal getAdultSocialCare() { return adultSocialCare; }
    public void setAdultSocialCare(BigDecimal value) { this.adultSocialCare = value; }
    public BigDecimal getOutOfHospital() { return outOfHospital; }
    public void setOutOfHospital(BigDecimal value) { this.outOfHospital = value; }
    public String getNewPlanName() { return newPlanName; }
    public void setNewPlanName(String newPlanName) { this.newPlanName = newPlanName; }
    public String getNewPlanYears() { return newPlanYears; }
    public void setNewPlanYears(String newPlanYears) { this.newPlanYears = newPlanYears; }
    public SchemeForm getScheme() { return scheme; }
    public Integer getReturnQuarter() { return returnQuarter; }
    public void setReturnQuarter(Integer returnQuarter) { this.returnQuarter = returnQuarter; }
    public List<String> getImportProblems() { return importProblems; }
    public String getCouncilName() { return councilName; }
    public void setCouncilName(String councilName) { this.councilName = councilName; }
    public String getIcbName() { return icbName; }
    public void setIcbName(String icbName) { this.icbName = icbName; }
    public PooledFundHost getHost() { return host; }
    public void setHost(PooledFundHost host) { this.host = host; }
    public LocalDate getCouncilSignedOn() { return councilSignedOn; }
    public void setCouncilSignedOn(LocalDate councilSignedOn) { this.councilSignedOn = councilSignedOn; }
    public LocalDate getIcbSignedOn() { return icbSignedOn; }
    public void setIcbSignedOn(LocalDate icbSignedOn) { this.icbSignedOn = icbSignedOn; }
    public boolean isAgreed() { return agreed; }
    public void setAgreed(boolean agreed) { this.agreed = agreed; }
    public String getMetricName() { return metricName; }
    public void setMetricName(String metricName) { this.metricName = metricName; }
    public String getMetricUnit() { return metricUnit; }
    public void setMetricUnit(String metricUnit) { this.metricUnit = metricUnit; }
    public String getMetricPolarity() { return metricPolarity; }
    public void setMetricPolarity(String metricPolarity) { this.metricPolarity = metricPolarity; }
    public String getMetricBasis() { return metricBasis; }
    public void setMetricBasis(String metricBasis) { this.metricBasis = metricBasis; }
    public BigDecimal getMetricTarget() { return metricTarget; }
    public void setMetricTarget(BigDecimal metricTarget) { this.metricTarget = metricTarget; }
}
