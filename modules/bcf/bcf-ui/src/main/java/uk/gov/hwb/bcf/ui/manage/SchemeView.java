package uk.gov.hwb.bcf.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.gov.hwb.bcf.api.ActualSpend;
import uk.gov.hwb.bcf.api.Commissioner;
import uk.gov.hwb.bcf.api.FundingSource;
import uk.gov.hwb.bcf.api.NationalLists;
import uk.gov.hwb.bcf.api.PlanDto;
import uk.gov.hwb.bcf.api.Plans;
import uk.gov.hwb.bcf.api.SchemeChanges;
import uk.gov.hwb.bcf.api.SchemeDto;
import uk.gov.hwb.bcf.api.Schemes;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/** One scheme line: its details (changed by finance officers), actual spend per quarter, forecast outturn and variance. */
@Named("bcfSchemeView")
@ViewScoped
public class SchemeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Schemes schemes;

    @Inject
    transient Plans plans;

    @Inject
    transient Viewer viewer;

    private Long id;
    private SchemeDto scheme;
    private PlanDto plan;
    private String schemeId;
    private String name;
    private String year;
    private String source;
    private String type;
    private String areaOfSpend;
    private Commissioner commissioner;
    private String provider;
    private BigDecimal planned;
    private List<BigDecimal> actuals = new ArrayList<>();
    private BigDecimal forecast;

    public void load() {
        if (id == null) {
            return;
        }
        show(schemes.scheme(id));
        plan = plans.plan(scheme.planId());
    }

    private void show(SchemeDto loaded) {
        scheme = loaded;
        schemeId = loaded.schemeId();
        name = loaded.name();
        year = loaded.year();
        source = loaded.source();
        type = loaded.type();
        areaOfSpend = loaded.areaOfSpend();
        commissioner = loaded.commissioner();
        provider = loaded.provider();
        planned = loaded.planned();
        actuals = new ArrayList<>(loaded.actuals());
        forecast = loaded.forecast();
    }

    public void save() {
        try {
            show(schemes.update(id, new SchemeChanges(schemeId, name, year, source, type, areaOfSpend,
                    commissioner == null ? null : commissioner.name(), provider, planned,
                    scheme.version()), viewer));
            Messages.saved("Scheme saved.");
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    /** Records every quarter that changed, and the forecast with the first. */
    public void saveSpend() {
        try {
            SchemeDto current = scheme;
            boolean forecastChanged = forecast != null && (current.forecast() == null || current.forecast().compareTo(forecast) != 0);
            for (int q = 1; q <= 4; q++) {
                BigDecimal entered = actuals.get(q - 1);
                BigDecimal stored = current.actuals().get(q - 1);
                boolean changed = entered == null ? stored != null : stored == null || stored.compareTo(entered) != 0;
                if (changed || (forecastChanged && q == 4)) {
                    current = schemes.recordActual(id, q, new ActualSpend(entered, forecastChanged ? forecast : null, current.version()), viewer);
                    forecastChanged = false;
                }
            }
            show(current);
            Messages.saved("Spend saved: actual to date " + new BcfFormat().money(current.actualToDate()) + ", variance "
                    + new BcfFormat().variance(current.variance(), current.variancePercent()) + ".");
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
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

    public Commissioner[] getCommissioners() {
        return Commissioner.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public SchemeDto getScheme() { return scheme; }
    public PlanDto getPlan() { return plan; }
    public String getSchemeId() { return schemeId; }
    public void setSchemeId(String schemeId) { this.schemeId = schemeId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
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
    public BigDecimal getQ1() { return actuals.get(0); }
    public void setQ1(BigDecimal v) { actuals.set(0, v); }
    public BigDecimal getQ2() { return actuals.get(1); }
    public void setQ2(BigDecimal v) { actuals.set(1, v); }
    public BigDecimal getQ3() { return actuals.get(2); }
    public void setQ3(BigDecimal v) { actuals.set(2, v); }
    public BigDecimal getQ4() { return actuals.get(3); }
    public void setQ4(BigDecimal v) { actuals.set(3, v); }
    public BigDecimal getForecast() { return forecast; }
    public void setForecast(BigDecimal forecast) { this.forecast = forecast; }
}
