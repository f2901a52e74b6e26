package uk.gov.hwb.board.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import uk.gov.hwb.board.api.AppendixDto;
import uk.gov.hwb.board.api.Feeds;
import uk.gov.hwb.board.api.ReportDto;
import uk.gov.hwb.board.control.MeetingRecords;
import uk.gov.hwb.board.control.MeetingStates;
import uk.gov.hwb.board.control.MinutesRules;
import uk.gov.hwb.board.control.Snapshot;
import uk.gov.hwb.board.entity.Resolution;
import uk.gov.hwb.board.entity.Body;
import uk.gov.hwb.board.entity.Meeting;
import uk.gov.hwb.board.entity.Publication;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.text.PlainText;

/**
 * The iCalendar feed of announced meetings and the RSS feed of published documents. Only public
 * facts go out: drafts are not announced and confidential papers are never listed. Every text is
 * written through {@link PlainText#forXml}, so no stored character can break a feed for everyone.
 */
@Stateless
public class FeedsService implements Feeds {

    /** Agendas give a start time only; calendars show two hours. */
    static final Duration ASSUMED_LENGTH = Duration.ofHours(2);
    private static final int RSS_ITEMS = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @jakarta.inject.Inject
    MeetingRecords records;

    @Override
    public String calendar(Long bodyId, String siteUrl) {
        if (bodyId != null && em.find(Body.class, bodyId) == null) {
            throw new NotFoundException("Body", bodyId);
        }
        List<Meeting> meetings = bodyId == null
                ? em.createQuery("select m from Meeting m where " + MeetingStates.ANNOUNCED + " order by m.start", Meeting.class).getResultList()
                : em.createQuery("select m from Meeting m where " + MeetingStates.ANNOUNCED + " and m.body.id = :b order by m.start", Meeting.class)
                .setParameter("b", bodyId).getResultList();
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Board Papers and Partnership Performance//Meetings//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        for (Meeting m : meetings) {
            VEvent event = new VEvent(m.getStart().toInstant(), ASSUMED_LENGTH, PlainText.forXml(m.getBody().getName()))
                    .add(new Uid("meeting-" + m.getId() + "@hwb-board-papers"))
                    .add(new Sequence((int) m.getVersion()))
                    .add(new DtStamp(m.getStart().toInstant()))
                    .add(new Location(PlainText.forXml(m.getVenue())))
                    .add(new Url(URI.create(siteUrl + "/public/meeting.xhtml?id=" + m.getId())))
                    .add(switch (m.getStatus()) {
                        case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
                        default -> ImmutableStatus.VEVENT_CONFIRMED;
                    });
            if (m.getCancellationReason() != null) {
                event.add(new Description("Cancelled: " + PlainText.forXml(m.getCancellationReason())));
            }
            calendar.add(event);
        }
        return calendar.toString();
    }

    @Override
    public String documentsRss(String siteUrl) {
        List<Publication> publications = em.createQuery("select p from Publication p order by p.publishedAt, p.id", Publication.class).getResultList();
        // A document is new in the first publication that carries it; a report again when its content changed.
        Map<String, Long> seen = new HashMap<>();
        List<RssItem> items = new ArrayList<>();
        for (Publication p : publications) {
            Meeting meeting = p.getMeeting();
            String meetingLabel = meeting.getBody().getName() + ", " + DAY.format(meeting.getStart().atZoneSameInstant(uk.gov.hwb.platform.calendar.CouncilCalendar.ZONE));
            String published = DateTimeFormatter.RFC_1123_DATE_TIME.format(p.getPublishedAt());
            for (Snapshot.Entry entry : Snapshot.fromJson(p.getSnapshot()).items()) {
                ReportDto report = entry.report();
                if (report == null || entry.confidential()) {
                    continue;
                }
                if (!Long.valueOf(report.version()).equals(seen.put("report-" + report.id(), report.version()))) {
                    items.add(new RssItem(report.title(), siteUrl + "/public/report.xhtml?id=" + report.id(), meetingLabel,
                            "report-" + report.id() + "-v" + report.version(), published, p.getPublishedAt()));
                }
                for (AppendixDto a : report.appendices()) {
                    if (seen.put("appendix-" + a.id(), 0L) == null) {
                        items.add(new RssItem("Appendix " + a.number() + " to " + report.title() + ": " + a.title(),
                                siteUrl + "/api/appendices/" + a.id() + "/content", meetingLabel, "appendix-" + a.id(), published, p.getPublishedAt()));
                    }
                }
            }
        }
        Collections.reverse(items);
        items.addAll(decisions(siteUrl));
        items.sort(java.util.Comparator.comparing(RssItem::at).reversed());
        return rss(siteUrl, items.stream().limit(RSS_ITEMS).toList());
    }

    /**
     * Decisions as soon as they are recorded, as the public may see them: a confidential decision by its
     * exemption and public summary only.
     */
    private List<RssItem> decisions(String siteUrl) {
        List<RssItem> items = new ArrayList<>();
        for (Resolution r : em.createQuery("select r from Resolution r join r.meeting m"
                + " where " + MeetingStates.ANNOUNCED + " order by r.recordedAt desc, r.id desc", Resolution.class)
                .setMaxResults(RSS_ITEMS).getResultList()) {
            Meeting meeting = r.getMeeting();
            var day = meeting.getStart().atZoneSameInstant(uk.gov.hwb.platform.calendar.CouncilCalendar.ZONE).toLocalDate();
            boolean confidential = records.confidential(r.getItem());
            String text = confidential ? records.exemptionLabel(r.getItem()) + ". " + em.createQuery(
                            "select m.publicSummary from ItemMinute m where m.item = :i", String.class).setParameter("i", r.getItem())
                    .getResultStream().filter(java.util.Objects::nonNull).findFirst().orElse("The decision is not published.")
                    : MinutesRules.display(r.getText());
            items.add(new RssItem("Decision " + r.getItem().getPosition() + "." + r.getPosition() + ": " + r.getItem().getTitle(),
                    siteUrl + "/public/decisions.xhtml?body=" + meeting.getBody().getId() + "&from=" + day + "&to=" + day,
                    meeting.getBody().getName() + ", " + DAY.format(day) + " – " + text,
                    "decision-" + r.getId() + "-" + r.getRecordedAt().toInstant().toEpochMilli(),
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(r.getRecordedAt()), r.getRecordedAt()));
        }
        return items;
    }

    private record RssItem(String title, String link, String description, String guid, String pubDate, java.time.OffsetDateTime at) {
    }

    private static String rss(String siteUrl, List<RssItem> items) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeStartElement("channel");
            element(xml, "title", "Published meeting documents and decisions");
            element(xml, "link", siteUrl + "/public/index.xhtml");
            element(xml, "description", "Reports, appendices and decisions newly published for the Health and Wellbeing Board and its partnerships");
            element(xml, "language", "en-gb");
            for (RssItem item : items) {
                xml.writeStartElement("item");
                element(xml, "title", item.title());
                element(xml, "link", item.link());
                element(xml, "description", item.description());
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "false");
                xml.writeCharacters(item.guid());
                xml.writeEndElement();
                element(xml, "pubDate", item.pubDate());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the RSS feed", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(PlainText.forXml(text));
        xml.writeEndElement();
    }
}
