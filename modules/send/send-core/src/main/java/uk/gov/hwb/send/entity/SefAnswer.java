package uk.gov.hwb.send.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.gov.hwb.platform.audit.Audited;

/** Traceability: an action or a metric answers the SEF entry with this key (in whichever version it appears). */
@Entity
@Table(name = "sef_answer", schema = "send")
@Audited
public class SefAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "send_ids")
    private Long id;

    @Column(name = "entry_key", nullable = false, length = 36)
    private String entryKey;

    @Column(name = "action_id")
    private Long actionId;

    @Column(name = "metric_id")
    private Long metricId;

    protected SefAnswer() {
    }

    public static SefAnswer byAction(String entryKey, long actionId) {
        SefAnswer answer = new SefAnswer();
        answer.entryKey = entryKey;
        answer.actionId = actionId;
        return answer;
    }

    public static SefAnswer byMetric(String entryKey, long metricId) {
        SefAnswer answer = new SefAnswer();
        answer.entryKey = entryKey;
        answer.metricId = metricId;
        return answer;
    }

    public Long getId() { return id; }
    public String getEntryKey() { return entryKey; }
    public Long getActionId() { return actionId; }
    public Long getMetricId() { return metricId; }
}
