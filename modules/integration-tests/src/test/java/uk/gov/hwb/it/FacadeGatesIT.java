package uk.gov.hwb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.hwb.bcf.api.NewPlan;
import uk.gov.hwb.bcf.api.Plans;
import uk.gov.hwb.bcf.api.PooledFundHost;
import uk.gov.hwb.board.api.AgendaItemDto;
import uk.gov.hwb.board.api.AgendaItemInput;
import uk.gov.hwb.board.api.Bodies;
import uk.gov.hwb.board.api.BodyDto;
import uk.gov.hwb.board.api.BodyInput;
import uk.gov.hwb.board.api.BodyKind;
import uk.gov.hwb.board.api.ItemPurpose;
import uk.gov.hwb.board.api.MeetingDto;
import uk.gov.hwb.board.api.MeetingInput;
import uk.gov.hwb.board.api.MeetingStatus;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.board.api.Packs;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.api.Publications;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.problem.ForbiddenException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.Metrics;
import uk.gov.hwb.send.api.MetricPeriodType;
import uk.gov.hwb.send.api.NewMetric;
import uk.gov.hwb.strategies.api.NewStrategy;
import uk.gov.hwb.strategies.api.Strategies;

/**
 * The facades are the gate: called directly (inside the server, as a screen or another module
 * would call them, not through REST), each method that refuses a caller without the right is
 * refused for the wrong caller and allowed for the right one. (JUnit's own assertions: the test
 * runs inside the deployment, where AssertJ is not.)
 */
@ExtendWith(ArquillianExtension.class)
class FacadeGatesIT {

    static final Viewer CLERK = new Viewer("democratic", null, Set.of(Role.DEMOCRATIC_SERVICES));
    static final Viewer MEMBER = new Viewer("member", null, Set.of(Role.MEMBER));
    static final Viewer AUTHOR = new Viewer("author", null, Set.of(Role.AUTHOR));
    static final Viewer FINANCE = new Viewer("finance", null, Set.of(Role.FINANCE));
    static final Viewer STRATEGY_LEAD = new Viewer("strategylead", null, Set.of(Role.STRATEGY_LEAD));
    static final Viewer SEND_LEAD = new Viewer("sendlead", null, Set.of(Role.SEND_LEAD));

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Application.ear();
        ear.getAsType(WebArchive.class, "web.war").addClass(FacadeGatesIT.class);
        return ear;
    }

    @Inject
    Meetings meetings;

    @Inject
    Publications publications;

    @Inject
    Packs packs;

    @Inject
    Bodies bodies;

    @Inject
    Plans plans;

    @Inject
    Strategies strategies;

    @Inject
    Metrics sendMetrics;

    static String unique(String name) {
        return name + " " + System.nanoTime();
    }

    @Test
    void onlyDemocraticServicesPublishAgendasAndBuildPacks() {
        long meeting = meetings.meetings(null, java.time.LocalDate.of(2024, 12, 10), java.time.LocalDate.of(2024, 12, 10), CLERK,
                PageRequest.of(0, 1)).items().get(0).id();
        assertThrows(ForbiddenException.class, () -> publications.publish(meeting, MEMBER));
        assertThrows(ForbiddenException.class, () -> packs.build(meeting, MEMBER));
        assertEquals(meeting, packs.build(meeting, CLERK).meetingId());
    }

    @Test
    void onlyDemocraticServicesArrangeMeetingsAndKeepTheirAgendas() {
        BodyDto body = bodies.add(new BodyInput(unique("Meetings gate board"), BodyKind.SUB_GROUP, null, null, 0), CLERK);
        MeetingInput meeting = new MeetingInput(body.id(), OffsetDateTime.parse("2099-03-10T17:00:00Z"), "Civic Centre",
                null, null, null, 0);
        assertThrows(ForbiddenException.class, () -> meetings.add(meeting, MEMBER));
        MeetingDto draft = meetings.add(meeting, CLERK);
        assertThrows(NotFoundException.class, () -> meetings.meeting(draft.id(), MEMBER), "a draft is not announced");
        assertThrows(NotFoundException.class, () -> meetings.items(draft.id(), Viewer.anonymous()));
        assertEquals(draft.id(), meetings.meeting(draft.id(), CLERK).id());
        assertEquals(draft.id(), meetings.meeting(draft.id(), AUTHOR).id(), "report authors write papers for meetings not yet announced");
        assertTrue(meetings.meetings(body.id(), null, null, Viewer.anonymous(), PageRequest.of(0, 10)).items().isEmpty());
        assertEquals(1, meetings.meetings(body.id(), null, null, CLERK, PageRequest.of(0, 10)).items().size());

        AgendaItemInput item = new AgendaItemInput(null, "Contract award", ItemPurpose.FOR_DECISION, null, null, null,
                Part.PART_2, 3, false, true, "Tender closes before the next meeting", null, 0);
        assertThrows(ForbiddenException.class, () -> meetings.addItem(draft.id(), item, FINANCE));
        AgendaItemDto added = meetings.addItem(draft.id(), item, CLERK);
        assertThrows(ForbiddenException.class, () -> meetings.updateItem(draft.id(), added.id(), item, MEMBER));
        assertThrows(ForbiddenException.class, () -> meetings.reorder(draft.id(), List.of(added.id()), MEMBER));
        assertThrows(ForbiddenException.class, () -> meetings.removeItem(draft.id(), added.id(), MEMBER));
        assertEquals(1, meetings.reorder(draft.id(), List.of(added.id()), CLERK).size());

        MeetingInput announced = new MeetingInput(body.id(), draft.start(), draft.venue(), null, MeetingStatus.PUBLISHED, null,
                draft.version());
        assertThrows(ForbiddenException.class, () -> meetings.update(draft.id(), announced, MEMBER));
        meetings.update(draft.id(), announced, CLERK);
        AgendaItemDto seen = meetings.items(draft.id(), MEMBER).get(0);
        assertNull(seen.urgencyReason(), "the reason a confidential item is urgent stays with democratic services");
        assertEquals("Tender closes before the next meeting", meetings.items(draft.id(), CLERK).get(0).urgencyReason());
        meetings.removeItem(draft.id(), added.id(), CLERK);
        assertTrue(meetings.items(draft.id(), CLERK).isEmpty());
    }

    @Test
    void onlyDemocraticServicesKeepTheRegisterOfBodies() {
        BodyInput body = new BodyInput(unique("Gate test board"), BodyKind.SUB_GROUP, null, null, 0);
        assertThrows(ForbiddenException.class, () -> bodies.add(body, MEMBER));
        BodyDto added = bodies.add(body, CLERK);
        assertEquals(body.name(), added.name());
        BodyInput renamed = new BodyInput(unique("Gate test board"), added.kind(), null, null, added.version());
        assertThrows(ForbiddenException.class, () -> bodies.update(added.id(), renamed, FINANCE));
        assertEquals(renamed.name(), bodies.update(added.id(), renamed, CLERK).name());
    }

    @Test
    void onlyFinanceOfficersStartBetterCareFundPlans() {
        NewPlan plan = new NewPlan(unique("BCF gate test"), List.of("2025-26"), null, null, null, PooledFundHost.COUNCIL);
        assertThrows(ForbiddenException.class, () -> plans.create(plan, MEMBER));
        assertEquals(plan.name(), plans.create(plan, FINANCE).name());
    }

    @Test
    void onlyStrategyLeadsAddStrategies() {
        NewStrategy strategy = new NewStrategy(unique("Gate test strategy"), null, 2025, 2030, null, null, null, null);
        assertThrows(ForbiddenException.class, () -> strategies.create(strategy, FINANCE));
        assertEquals(strategy.name(), strategies.create(strategy, STRATEGY_LEAD).name());
    }

    @Test
    void theSendPartnershipsRecordsAreReadByItsReadersAndChangedByItsLead() {
        assertThrows(ForbiddenException.class, () -> sendMetrics.metrics(FINANCE));
        sendMetrics.metrics(MEMBER);
        NewMetric metric = new NewMetric(unique("Gate test metric"), null, MeasureUnit.COUNT, Polarity.NONE, null,
                MetricPeriodType.CALENDAR_YEAR, null, null);
        assertThrows(ForbiddenException.class, () -> sendMetrics.create(metric, CLERK));
        assertEquals(metric.name(), sendMetrics.create(metric, SEND_LEAD).name());
    }
}
