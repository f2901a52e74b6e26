package uk.gov.hwb.strategies.ui.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.strategies.api.ActionDto;
import uk.gov.hwb.strategies.api.PeriodDto;
import uk.gov.hwb.strategies.api.PriorityDto;
import uk.gov.hwb.strategies.api.StatusUpdate;
import uk.gov.hwb.strategies.api.StatusUpdates;
import uk.gov.hwb.strategies.api.Strategies;
import uk.gov.hwb.strategies.api.StrategyDto;
import uk.gov.hwb.strategies.api.UpdateDto;

/**
 * A lead's update form for a period, keyboard first: the actions the viewer may update, each with
 * its state in the period (no update, draft, submitted), and the form for one of them (status,
 * commentary, what is being done to address a slippage, key impact; in a closed period the reason
 * for the correction). Drafts are kept for the lead and not counted until submitted; the page warns
 * before leaving with unsaved changes (the shared hwb.js, through the form's hwb-guard and the saved token).
 */
@Named
@ViewScoped
public class UpdatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One action in the list: its code, title, parent's title and its state in the period. */
    public record Row(long actionId, String code, String title, String state, String status, boolean submitted) implements Serializable {
    }

    @Inject
    transient Strategies strategies;

    @Inject
    transient StatusUpdates updates;

    @Inject
    transient Viewer viewer;

    private long strategyId;
    private long periodId;
    private Long actionId;
    private StrategyDto strategy;
    private PeriodDto period;
    private List<Row> rows = List.of();
    private ActionDto selected;
    private UpdateDto existing;
    private int savedToken;

    private String status;
    private String commentary;
    private String mitigation;
    private boolean keyImpact;
    private String correctionReason;

    /** f:viewAction: reads the strategy, the period and the viewer's actions, and opens the chosen (or first outstanding) one. */
    public void load() {
        try {
            strategy = strategies.strategy(strategyId);
            period = strategies.period(strategyId, periodId);
        } catch (NotFoundException e) {
            strategy = null;
            Messages.problem(e);
            return;
        }
        refreshRows();
        Long open = actionId;
        if (open == null) {
            open = rows.stream().filter(r -> !r.submitted()).map(Row::actionId).findFirst()
                    .orElse(rows.isEmpty() ? null : rows.get(0).actionId());
        }
        select(open);
    }

    private void refreshRows() {
        Set<Long> mine = new HashSet<>(updates.updatableActions(strategyId, viewer));
        Map<Long, UpdateDto> byAction = new HashMap<>();
        updates.updates(strategyId, periodId).forEach(u -> byAction.put(u.actionId(), u));
        List<Row> list = new ArrayList<>();
        for (ActionDto a : leaves()) {
            if (!mine.contains(a.id())) {
                continue;
            }
            UpdateDto u = byAction.get(a.id());
            String state = u == null ? "No update" : u.draft() ? "Draft saved" : "Submitted";
            String st = u == null || u.status() == null ? null : u.status().name();
            list.add(new Row(a.id(), a.code(), a.title(), state, st, u != null && !u.draft()));
        }
        rows = list;
    }

    private List<ActionDto> leaves() {
        List<ActionDto> leaves = new ArrayList<>();
        for (PriorityDto p : strategy.priorities()) {
            for (ActionDto a : p.actions()) {
                if (a.hasSubActions()) {
                    leaves.addAll(a.subActions());
                } else {
                    leaves.add(a);
                }
            }
        }
        return leaves;
    }

    private void select(Long id) {
        selected = null;
        existing = null;
        if (id == null) {
            return;
        }
        selected = leaves().stream().filter(a -> a.id() == id).findFirst().orElse(null);
        if (selected == null || rows.stream().noneMatch(r -> r.actionId() == id)) {
            selected = null;
            Messages.warning("You do not lead that action, so its update is not yours to give.");
            return;
        }
        existing = updates.update(id, periodId).orElse(null);
        status = existing == null || existing.status() == null ? null : existing.status().name();
        commentary = existing == null ? null : existing.commentary();
        mitigation = existing == null ? null : existing.mitigation();
        keyImpact = existing != null && existing.keyImpact();
        correctionReason = null;
    }

    public void saveDraft() {
        save(true);
    }

    public void submit() {
        save(false);
    }

    private void save(boolean draft) {
        if (selected == null) {
            return;
        }
        try {
            UpdateDto saved = updates.record(selected.id(), periodId, new StatusUpdate(status == null ? null : ProgressStatus.valueOf(status),
                    commentary, mitigation, keyImpact, draft, correctionReason, existing == null ? null : existing.version()), viewer);
            savedToken++;
            strategy = strategies.strategy(strategyId);
            Messages.saved(draft ? "Draft of " + selected.code() + " saved. It is not counted until you submit it."
                    : period.closed() ? "Correction of " + selected.code() + " saved, with its reason."
                    : "Update of " + selected.code() + " submitted: " + saved.status().label() + ".");
            refreshRows();
            select(selected.id());
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    /** The next action of the list still without a submitted update, after the one open. */
    public Row getNext() {
        boolean after = selected == null;
        for (Row r : rows) {
            if (after && !r.submitted() && (selected == null || r.actionId() != selected.id())) {
                return r;
            }
            if (selected != null && r.actionId() == selected.id()) {
                after = true;
            }
        }
        return rows.stream().filter(r -> !r.submitted() && (selected == null || r.actionId() != selected.id())).findFirst().orElse(null);
    }

    public boolean isCanDraft() {
        return period != null && !period.closed() && (existing == null || existing.draft());
    }

    public List<ProgressStatus> getStatuses() {
        return strategy == null ? List.of() : strategy.statuses();
    }

    public long getSubmittedCount() {
        return rows.stream().filter(Row::submitted).count();
    }

    public long getStrategyId() { return strategyId; }
    public void setStrategyId(long strategyId) { this.strategyId = strategyId; }
    public long getPeriodId() { return periodId; }
    public void setPeriodId(long periodId) { this.periodId = periodId; }
    public Long getActionId() { return actionId; }
    public void setActionId(Long actionId) { this.actionId = actionId; }
    public StrategyDto getStrategy() { return strategy; }
    public PeriodDto getPeriod() { return period; }
    public List<Row> getRows() { return rows; }
    public ActionDto getSelected() { return selected; }
    public UpdateDto getExisting() { return existing; }
    public int getSavedToken() { return savedToken; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getCommentary() { return commentary; }
    public void setCommentary(String commentary) { this.commentary = commentary; }
    public String getMitigation() { return mitigation; }
    public void setMitigation(String mitigation) { this.mitigation = mitigation; }
    public boolean isKeyImpact() { return keyImpact; }
    public void setKeyImpact(boolean keyImpact) { this.keyImpact = keyImpact; }
    public String getCorrectionReason() { return correctionReason; }
    public void setCorrectionReason(String correctionReason) { this.correctionReason = correctionReason; }
}
