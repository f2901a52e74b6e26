package uk.gov.hwb.strategies.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import uk.gov.hwb.platform.demo.DemoData;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.OrganisationDto;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.seats.BodyRef;
import uk.gov.hwb.platform.seats.Seats;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.UserAccountDto;
import uk.gov.hwb.platform.security.UserAccounts;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.strategies.api.ActionDto;
import uk.gov.hwb.strategies.api.FocusText;
import uk.gov.hwb.strategies.api.MeasureDto;
import uk.gov.hwb.strategies.api.MeasureFigure;
import uk.gov.hwb.strategies.api.Measures;
import uk.gov.hwb.strategies.api.NewAction;
import uk.gov.hwb.strategies.api.NewMeasure;
import uk.gov.hwb.strategies.api.NewPeriod;
import uk.gov.hwb.strategies.api.NewPriority;
import uk.gov.hwb.strategies.api.NewStrategy;
import uk.gov.hwb.strategies.api.PeriodClosing;
import uk.gov.hwb.strategies.api.PeriodDto;
import uk.gov.hwb.strategies.api.PriorityDto;
import uk.gov.hwb.strategies.api.StatusUpdate;
import uk.gov.hwb.strategies.api.StatusUpdates;
import uk.gov.hwb.strategies.api.Strategies;

/**
 * Demo data: the seed documents' strategies, entered through the module's own facades (so every
 * rule applies to them as to anyone's): Caring Well, Living Well and Ageing Well with their 2023-24
 * updates and year-ahead focus (seed 000 and seed 002 item 9), the Health and Wellbeing Strategy's
 * 106 sub-actions with their September and November 2013 statuses (seed 003), and Essex 2021–25
 * with its corporate measures (seed 004). Idempotent: a strategy that exists by name is left alone.
 *
 * <p>It also gives the demo user {@code strategylead} a person, "Strategy Lead", when it has none:
 * that person leads the three adult social care strategies and some of their actions, so the user
 * edits them and sees updates due (on a live system an administrator links accounts to people).
 */
@Stateless
public class StrategiesDemoData implements DemoData {

    private static final Logger LOG = Logger.getLogger(StrategiesDemoData.class.getName());
    /** The plans, in the order they are created (the adult social care strategies in seed 002's order). */
    static final List<String> PLANS = List.of("caring-well", "living-well", "ageing-well", "hwb-strategy-2013", "essex-2021-25");
    static final String STRATEGY_LEAD = "Strategy Lead";
    private static final String COUNCIL = "Southend-on-Sea City Council";

    @EJB
    StrategiesSchema schema;

    @Inject
    Strategies strategies;

    @Inject
    StatusUpdates updates;

    @Inject
    Measures measures;

    @Inject
    People people;

    @Inject
    Seats seats;

    @Inject
    UserAccounts accounts;

    @Override
    public int order() {
        return MODULE_DATA;
    }

    @Override
    public void load() {
        schema.ready();
        linkStrategyLead();
        Viewer system = new Viewer("system", null, Set.of(Role.ADMIN));
        for (String name : PLANS) {
            DemoPlan plan;
            try (InputStream in = StrategiesDemoData.class.getResourceAsStream("/demo/" + name + ".json")) {
                plan = DemoPlan.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (strategies.strategyNamed(plan.name()).isEmpty()) {
                load(plan, system);
                LOG.fine(() -> "Demo strategy loaded: " + plan.name());
            }
        }
    }

    private void load(DemoPlan plan, Viewer system) {
        Long organisation = plan.organisation() == null ? null : organisation(plan.organisation());
        Long body = plan.body() == null ? null : seats.bodies().stream().filter(b -> b.name().equals(plan.body())).map(BodyRef::id)
                .findFirst().orElse(null);
        Long lead = plan.lead() == null ? null : person(plan.lead()).orElse(null);
        long id = strategies.create(new NewStrategy(plan.name(), plan.description(), plan.from(), plan.to(), organisation, body, lead,
                plan.statuses()), system).id();
        Map<Integer, Long> priorityIds = new HashMap<>();
        Map<String, Long> actionIds = new HashMap<>();
        for (DemoPlan.Priority p : plan.priorities()) {
            PriorityDto priority = strategies.addPriority(id, new NewPriority(p.number(), p.name(), p.description()), system);
            priorityIds.put(p.number(), priority.id());
            for (DemoPlan.Action a : p.actions()) {
                ActionDto action = addAction(id, priority.id(), null, a, system);
                actionIds.put(a.code(), action.id());
                for (DemoPlan.Action s : a.subActions()) {
                    actionIds.put(s.code(), addAction(id, priority.id(), action.id(), s, system).id());
                }
            }
        }
        Map<String, PeriodDto> periods = new HashMap<>();
        for (DemoPlan.Period p : plan.periods()) {
            periods.put(p.name(), strategies.addPeriod(id, new NewPeriod(p.name(), p.updatesDue(), p.endsOn()), system));
        }
        for (DemoPlan.Action a : plan.allActions()) {
            a.updates().forEach((period, u) -> updates.record(actionIds.get(a.code()), periods.get(period).id(),
                    new StatusUpdate(u.status(), u.commentary(), u.mitigation(), u.keyImpact(), false, null, null), system));
        }
        for (DemoPlan.Priority p : plan.priorities()) {
            p.focus().forEach((year, text) -> strategies.setFocus(id, priorityIds.get(p.number()), year, new FocusText(text, null), system));
        }
        for (DemoPlan.MeasureSpec m : plan.measures()) {
            MeasureDto measure = measures.add(id, new NewMeasure(m.name(), MeasureUnit.valueOf(m.unit()), Polarity.valueOf(m.polarity()),
                    m.basis() == null ? null : Basis.valueOf(m.basis()), m.priority() == null ? null : priorityIds.get(m.priority()),
                    m.baseline(), m.baselineDate(), m.target(), m.targetDate(), m.source()), system);
            m.values().forEach((period, v) -> measures.recordValue(measure.id(), periods.get(period).id(),
                    new MeasureFigure(v.value(), null, v.note(), null), system));
        }
        for (DemoPlan.Period p : plan.periods()) {
            if (p.closed()) {
                PeriodDto period = strategies.period(id, periods.get(p.name()).id());
                strategies.closePeriod(id, period.id(), new PeriodClosing(p.note(), period.version()), system);
            }
        }
    }

    private ActionDto addAction(long strategyId, long priorityId, Long parentId, DemoPlan.Action a, Viewer system) {
        Long lead = a.lead() == null ? null : person(a.lead()).orElse(null);
        Long organisation = a.organisation() == null ? null : organisation(a.organisation());
        return strategies.addAction(strategyId, new NewAction(a.code(), a.title(), priorityId, parentId, lead, organisation, a.measuring(), null),
                system);
    }

    /** The demo's strategy lead: a person for the {@code strategylead} account, linked once. */
    private void linkStrategyLead() {
        Long person = person(STRATEGY_LEAD).orElseGet(() -> people.addPerson(new PersonDto(null, STRATEGY_LEAD,
                "Strategic Commissioning Team (demo strategy lead)", organisation(COUNCIL), null, "strategy.lead@southend.example", 0)).id());
        Optional<UserAccountDto> account = accounts.findAccount("strategylead");
        if (account.isPresent() && account.get().personId() == null) {
            UserAccountDto a = account.get();
            accounts.update(a.id(), new UserAccountDto(a.id(), a.username(), a.displayName(), person, a.enabled(), a.roles(), a.version()));
        }
    }

    private Optional<Long> person(String name) {
        return people.people(name, new PageRequest(0, 20)).items().stream().filter(p -> p.name().equals(name)).map(PersonDto::id).findFirst();
    }

    private Long organisation(String name) {
        return people.organisations(name, new PageRequest(0, 20)).items().stream().filter(o -> o.name().equals(name))
                .map(OrganisationDto::id).findFirst()
                .orElseGet(() -> people.addOrganisation(new OrganisationDto(null, name, null, null, 0)).id());
    }
}
