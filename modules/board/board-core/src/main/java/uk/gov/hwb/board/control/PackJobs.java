package uk.gov.hwb.board.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import uk.gov.hwb.board.api.PackJobDto;
import uk.gov.hwb.board.api.PackJobState;

/**
 * The pack builds in progress and recently finished, in memory. One build per meeting and
 * publication at a time: asking again while it runs returns the same job. Publishing starts a
 * build once its transaction has committed.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PackJobs {

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    @Inject
    PackWorker worker;

    /** Progress of one build; updated by the worker as it goes. */
    public static final class Job {
        final String id;
        final long meetingId;
        final int publication;
        volatile PackJobState state = PackJobState.RUNNING;
        volatile int done;
        volatile int total = 1;
        volatile String message;

        Job(String id, long meetingId, int publication) {
            this.id = id;
            this.meetingId = meetingId;
            this.publication = publication;
        }

        public void total(int total) { this.total = Math.max(1, total); }
        public void step() { done++; }
        public void finished() { done = total; state = PackJobState.DONE; }
        public void failed(String why) { state = PackJobState.FAILED; message = why; }

        PackJobDto toDto() {
            return new PackJobDto(id, meetingId, publication, state, done, total, Math.min(100, done * 100 / total), message);
        }
    }

    public void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeetingPublished event) {
        start(event.meetingId(), event.number());
    }

    public synchronized PackJobDto start(long meetingId, int publication) {
        Job running = jobs.values().stream()
                .filter(j -> j.meetingId == meetingId && j.publication == publication && j.state == PackJobState.RUNNING).findFirst().orElse(null);
        if (running != null) {
            return running.toDto();
        }
        if (jobs.size() > 1000) {
            jobs.values().removeIf(j -> j.state != PackJobState.RUNNING);
        }
        Job job = new Job(UUID.randomUUID().toString(), meetingId, publication);
        jobs.put(job.id, job);
        worker.build(job);
        return job.toDto();
    }

    public PackJobDto find(String id) {
        Job job = jobs.get(id);
        return job == null ? null : job.toDto();
    }
}
