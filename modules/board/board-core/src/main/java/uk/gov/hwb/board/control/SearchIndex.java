package uk.gov.hwb.board.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.hwb.board.api.AppendixDto;
import uk.gov.hwb.board.api.ReportDto;
import uk.gov.hwb.board.api.ReportSections;
import uk.gov.hwb.board.api.SearchHitDto;
import uk.gov.hwb.board.entity.AgendaItem;
import uk.gov.hwb.board.entity.AppendixContent;
import uk.gov.hwb.board.entity.Resolution;
import uk.gov.hwb.board.entity.Meeting;
import uk.gov.hwb.board.entity.Publication;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.problem.InvalidInputException;

/**
 * A Lucene index of what is published: one document per report and per uploaded appendix of
 * each meeting's latest publication. Rebuilt from the database at start (the database is the
 * truth; the index is derived), and brought up to date after each publication commits.
 */
@Singleton
@Startup
@DependsOn("BoardSchema")
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final String[] SEARCHED = {"title", "text"};
    /** Lucene collects offset + limit hits in memory; no one reads past the ten-thousandth. */
    static final int MAX_HITS = 10_000;

    @PersistenceContext(unitName = "board")
    EntityManager em;

    @Inject
    PublishedVersions versions;

    @Inject
    MeetingRecords records;

    @Inject
    @ConfigProperty(name = "hwb.search.dir")
    Optional<String> configuredDir;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    @PostConstruct
    void open() {
        Path dir = configuredDir.map(Path::of).orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "data"), "hwb-search"));
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            searchers = new SearcherManager(writer, null);
            List<Publication> latest = versions.latestOfEveryMeeting();
            for (Publication publication : latest) {
                add(publication);
            }
            for (Meeting meeting : em.createQuery("select distinct r.meeting from Resolution r", Meeting.class).getResultList()) {
                addDecisions(meeting);
            }
            commit();
            LOG.info("Search index at " + dir + " rebuilt from " + latest.size() + " published meetings");
        } catch (IOException | RuntimeException e) {
            close();
            throw new IllegalStateException("Cannot open the search index at " + dir, e);
        }
    }

    /** Closes whatever was opened (also after a failed start, so the index lock is released). */
    @PreDestroy
    void close() {
        for (java.io.Closeable open : new java.io.Closeable[] {searchers, writer, directory}) {
            try {
                if (open != null) {
                    open.close();
                }
            } catch (IOException e) {
                LOG.warning("Closing the search index: " + e);
            }
        }
    }

    /** Re-indexes a meeting once its new publication is committed (in a transaction of its own: the publishing one has ended). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeetingPublished event) {
        try {
            writer.deleteDocuments(new Term("meeting", String.valueOf(event.meetingId())));
            writer.deleteDocuments(new Term("decisionsOf", String.valueOf(event.meetingId())));
            add(versions.number(event.meetingId(), event.number()).orElseThrow());
            addDecisions(em.find(Meeting.class, event.meetingId()));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the search index", e);
        }
    }

    /** Re-indexes a meeting's decisions once their recording is committed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void decisionsRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) DecisionsRecorded event) {
        try {
            writer.deleteDocuments(new Term("decisionsOf", String.valueOf(event.meetingId())));
            addDecisions(em.find(Meeting.class, event.meetingId()));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the search index", e);
        }
    }

    /**
     * Searches; {@code visibleBodies} null means every confidential paper may be shown (democratic
     * services), otherwise confidential hits are limited to those bodies (empty for the public).
     */
    @Lock(LockType.READ)
    public Page<SearchHitDto> search(String text, Long bodyId, LocalDate from, LocalDate to, List<Long> visibleBodies, PageRequest page) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("q", "type some words to search for");
        }
        if (text.length() > 500) {
            throw new InvalidInputException("q", "at most 500 characters");
        }
        if ((long) page.offset() + page.limit() > MAX_HITS) {
            throw new InvalidInputException("offset", "search results can be paged through the first " + MAX_HITS
                    + " hits only (offset + limit at most " + MAX_HITS + "); narrow the search instead");
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(parse(text), Occur.MUST);
        if (bodyId != null) {
            query.add(new TermQuery(new Term("body", bodyId.toString())), Occur.FILTER);
        }
        if (from != null || to != null) {
            query.add(LongPoint.newRangeQuery("day", from == null ? Long.MIN_VALUE : from.toEpochDay(),
                    to == null ? Long.MAX_VALUE : to.toEpochDay()), Occur.FILTER);
        }
        if (visibleBodies != null) {
            BooleanQuery.Builder visible = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("confidential", "false")), Occur.SHOULD);
            if (!visibleBodies.isEmpty()) {
                visible.add(new TermInSetQuery("body", visibleBodies.stream().map(id -> new BytesRef(id.toString())).toList()), Occur.SHOULD);
            }
            query.add(visible.build(), Occur.FILTER);
            if (!visibleBodies.isEmpty()) {
                // Those who see a body's confidential decisions in full are not shown their public summaries as well.
                query.add(new BooleanQuery.Builder().add(new TermQuery(new Term("summary", "true")), Occur.FILTER)
                        .add(new TermInSetQuery("body", visibleBodies.stream().map(id -> new BytesRef(id.toString())).toList()), Occur.FILTER)
                        .build(), Occur.MUST_NOT);
            }
        } else {
            query.add(new TermQuery(new Term("summary", "true")), Occur.MUST_NOT);
        }
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query.build(), page.offset() + page.limit());
                List<SearchHitDto> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = page.offset(); i < docs.length; i++) {
                    hits.add(hit(searcher.storedFields().document(docs[i].doc), text));
                }
                return new Page<>(hits, top.totalHits.value, page.offset(), page.limit());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search", e);
        }
    }

    private Query parse(String text) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(SEARCHED, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException again) {
                throw new InvalidInputException("q", "could not understand the search; try plain words");
            }
        }
    }

    private void add(Publication publication) {
        Meeting meeting = publication.getMeeting();
        LocalDate day = meeting.getStart().atZoneSameInstant(CouncilCalendar.ZONE).toLocalDate();
        for (Snapshot.Entry entry : Snapshot.fromJson(publication.getSnapshot()).items()) {
            ReportDto report = entry.report();
            if (report == null) {
                continue;
            }
            try {
                writer.addDocument(document("report", report, null, report.title(), reportText(report), meeting, day, entry.confidential()));
                for (AppendixDto appendix : report.appendices()) {
                    AppendixContent content = appendix.generated() ? null : em.find(AppendixContent.class, appendix.id());
                    String appendixText = content == null || content.getText() == null ? "" : content.getText();
                    writer.addDocument(document("appendix", report, appendix.id(), "Appendix " + appendix.number() + " – " + appendix.title(),
                            appendixText, meeting, day, entry.confidential()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot index report " + report.id(), e);
            }
        }
    }

    /**
     * A meeting's decisions (resolutions) as documents: public ones as they are; a confidential one in
     * full for those who may see it, and as its exemption and public summary for everyone else.
     */
    private void addDecisions(Meeting meeting) throws IOException {
        if (meeting == null || !MeetingStates.announced(meeting.getStatus())) {
            return;
        }
        LocalDate day = meeting.getStart().atZoneSameInstant(CouncilCalendar.ZONE).toLocalDate();
        for (Resolution r : em.createQuery("select r from Resolution r join fetch r.item where r.meeting = :m order by r.id", Resolution.class)
                .setParameter("m", meeting).getResultList()) {
            AgendaItem item = r.getItem();
            boolean confidential = records.confidential(item);
            String title = "Decision " + item.getPosition() + "." + r.getPosition() + ": " + item.getTitle();
            writer.addDocument(decision(r, meeting, day, title, MinutesRules.display(r.getText()), confidential, false));
            if (confidential) {
                String summary = em.createQuery("select m.publicSummary from ItemMinute m where m.item = :i", String.class).setParameter("i", item)
                        .getResultStream().filter(java.util.Objects::nonNull).findFirst().orElse("");
                writer.addDocument(decision(r, meeting, day, title, records.exemptionLabel(item) + ". " + summary, false, true));
            }
        }
    }

    private static Document decision(Resolution r, Meeting meeting, LocalDate day, String title, String text, boolean confidential, boolean summary) {
        Document doc = new Document();
        doc.add(new StringField("kind", "decision", Field.Store.YES));
        doc.add(new StringField("decisionsOf", meeting.getId().toString(), Field.Store.NO));
        doc.add(new StringField("meeting", meeting.getId().toString(), Field.Store.YES)); // indexed, as on the papers' documents (one field, one index option)
        doc.add(new StringField("body", meeting.getBody().getId().toString(), Field.Store.YES));
        doc.add(new StoredField("bodyName", meeting.getBody().getName()));
        doc.add(new StringField("confidential", String.valueOf(confidential), Field.Store.YES));
        doc.add(new StringField("summary", String.valueOf(summary), Field.Store.NO));
        doc.add(new LongPoint("day", day.toEpochDay()));
        doc.add(new StoredField("dayValue", day.toEpochDay()));
        doc.add(new StoredField("decision", r.getId()));
        doc.add(new TextField("title", title, Field.Store.YES));
        doc.add(new TextField("text", text, Field.Store.YES));
        return doc;
    }

    private static Document document(String kind, ReportDto report, Long appendixId, String title, String text, Meeting meeting,
                                     LocalDate day, boolean confidential) {
        Document doc = new Document();
        doc.add(new StringField("kind", kind, Field.Store.YES));
        doc.add(new StringField("meeting", meeting.getId().toString(), Field.Store.YES));
        doc.add(new StringField("body", meeting.getBody().getId().toString(), Field.Store.YES));
        doc.add(new StoredField("bodyName", meeting.getBody().getName()));
        doc.add(new StringField("confidential", String.valueOf(confidential), Field.Store.YES));
        doc.add(new LongPoint("day", day.toEpochDay()));
        doc.add(new StoredField("dayValue", day.toEpochDay()));
        doc.add(new StoredField("report", report.id()));
        if (appendixId != null) {
            doc.add(new StoredField("appendix", appendixId));
        }
        doc.add(new TextField("title", title, Field.Store.YES));
        doc.add(new TextField("text", text, Field.Store.YES));
        return doc;
    }

    private static String reportText(ReportDto report) {
        StringBuilder text = new StringBuilder(report.title());
        ReportSections s = report.sections();
        for (int n = 1; n <= 11; n++) {
            text.append('\n').append(n == 2 ? String.join("\n", s.recommendations()) : RichText.text(s.prose(n)));
        }
        return text.toString();
    }

    private static SearchHitDto hit(Document doc, String query) {
        String appendix = doc.get("appendix");
        String report = doc.get("report");
        String decision = doc.get("decision");
        return new SearchHitDto(doc.get("kind"), report == null ? null : Long.parseLong(report), appendix == null ? null : Long.parseLong(appendix),
                doc.get("title"), Long.parseLong(doc.get("meeting")), Long.parseLong(doc.get("body")), doc.get("bodyName"),
                LocalDate.ofEpochDay(doc.getField("dayValue").numericValue().longValue()), Boolean.parseBoolean(doc.get("confidential")),
                snippet(doc.get("text"), query), decision == null ? null : Long.parseLong(decision));
    }

    /** About 240 characters of the text around the first word of the query found in it. */
    static String snippet(String text, String query) {
        String lower = text.toLowerCase(Locale.UK);
        int at = -1;
        for (String word : query.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 1 && (at = lower.indexOf(word)) >= 0) {
                break;
            }
        }
        int start = Math.max(0, at - 100);
        int end = Math.min(text.length(), Math.max(at, 0) + 140);
        return (start > 0 ? "… " : "") + text.substring(start, end).replaceAll("\\s+", " ").strip() + (end < text.length() ? " …" : "");
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefresh();
    }
}
