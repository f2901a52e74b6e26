package uk.gov.hwb.strategies.control;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.sheets.SheetException;
import uk.gov.hwb.sheets.SheetProblem;
import uk.gov.hwb.sheets.SheetReader;
import uk.gov.hwb.sheets.SheetRow;
import uk.gov.hwb.sheets.SheetWriter;
import uk.gov.hwb.strategies.entity.PlanAction;
import uk.gov.hwb.strategies.entity.ProgressUpdate;

/**
 * An action plan as a spreadsheet, in and out. The columns are those commissioners keep today:
 * {@value #CODE}, {@value #TITLE}, {@value #LEAD}, {@value #MEASURE}, {@value #TARGET_DATE}, and optionally
 * {@value #PRIORITY} (names a priority the sheet adds), {@value #PERIOD}, {@value #STATUS}, {@value #COMMENTARY},
 * {@value #MITIGATION} and {@value #KEY_IMPACT} for a period's updates.
 *
 * <p>Reading checks every row against the plan and the other rows (codes, parents, leads, statuses,
 * periods) and reports every problem with its row number as Excel shows it; it returns something to
 * store only when there is none, so an import stores all of its rows or nothing. Writing gives the
 * same columns with each action's latest status, so an exported plan can be edited and imported back.
 */
public final class PlanSheet {

    public static final String CODE = "Code";
    public static final String TITLE = "Title";
    public static final String PRIORITY = "Priority";
    public static final String LEAD = "Lead";
    public static final String MEASURE = "What we measure";
    public static final String TARGET_DATE = "Target date";
    public static final String PERIOD = "Period";
    public static final String STATUS = "Status";
    public static final String COMMENTARY = "Commentary";
    public static final String MITIGATION = "What are we doing to address this";
    public static final String KEY_IMPACT = "Key impact";

    /** Uploads larger than this are refused before they are read. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final List<String> REQUIRED = List.of(CODE, TITLE);
    private static final List<String> OPTIONAL = List.of(PRIORITY, LEAD, MEASURE, TARGET_DATE, PERIOD, STATUS, COMMENTARY, MITIGATION, KEY_IMPACT);

    private PlanSheet() {
    }

    /** What the plan holds already, as the sheet is checked against it. */
    public record KnownPriority(long id, int number, String name) {
    }

    public record KnownAction(long id, String code, String parentCode, int priorityNumber) {
    }

    public record KnownPeriod(long id, String name, boolean closed) {
    }

    /** A priority the sheet adds (its number from the codes, its name from the Priority column). */
    public record NewPriorityRow(int number, String name) {
    }

    /** A good row, ready to store: parents come before their sub-actions. */
    public record Row(int sheetRow, String code, String title, int priorityNumber, String parentCode, Long leadPersonId, Long leadOrganisationId,
                      String measuring, LocalDate targetDate, Long periodId, ProgressStatus status, String commentary, String mitigation,
                      boolean keyImpact) {
    }

    /** What to store: the priorities and rows, and which optional columns the sheet has (a column it lacks changes nothing). */
    public record Plan(List<NewPriorityRow> newPriorities, List<Row> rows, Set<String> columns) {

        public boolean has(String column) {
            return columns.contains(column);
        }
    }

    /**
     * Reads and checks an uploaded plan.
     *
     * @param chosenPeriodId the period for statuses on rows that name none (null: such rows are refused)
     * @throws InvalidInputException naming every bad row ({@code rows[5].code}) or the file ({@code file}); nothing is returned then
     */
    public static Plan read(InputStream upload, List<ProgressStatus> vocabulary, List<KnownPriority> priorities, List<KnownAction> actions,
                            List<KnownPeriod> periods, Long chosenPeriodId, Directory names) {
        List<SheetRow> sheet;
        try {
            sheet = SheetReader.read(upload, MAX_BYTES, REQUIRED, OPTIONAL);
        } catch (SheetException e) {
            throw new InvalidInputException(e.problems().stream().map(p -> new FieldError(p.row() == 0 ? "file" : field(p.row(), p.column()),
                    p.describe())).toList());
        }
        if (sheet.isEmpty()) {
            throw new InvalidInputException("file", "The sheet has its column names but no rows");
        }
        List<SheetProblem> problems = new ArrayList<>();
        Map<Integer, KnownPriority> priorityByNumber = new HashMap<>();
        priorities.forEach(p -> priorityByNumber.put(p.number(), p));
        Map<String, KnownAction> known = new HashMap<>();
        actions.forEach(a -> known.put(a.code(), a));
        Map<String, Integer> codesInSheet = new HashMap<>();
        Set<String> parentsInSheet = new HashSet<>();
        Map<Integer, String> newPriorityNames = new LinkedHashMap<>();

        // First pass: the codes, so that rows may come in any order.
        for (SheetRow row : sheet) {
            String code = ActionCodes.normalise(row.text(CODE));
            Optional<ActionCodes.Code> parsed = code == null ? Optional.empty() : ActionCodes.parse(code);
            if (code != null && parsed.isPresent()) {
                Integer earlier = codesInSheet.putIfAbsent(code, row.number());
                if (earlier != null) {
                    problems.add(new SheetProblem(row.number(), CODE, code + " is also on row " + earlier + "; each action has one row"));
                }
                if (parsed.get().isSubAction()) {
                    parentsInSheet.add(parsed.get().actionCode());
                }
            }
        }
        Set<String> parentsKnown = new HashSet<>();
        actions.stream().filter(a -> a.parentCode() != null).forEach(a -> parentsKnown.add(a.parentCode()));

        List<Row> rows = new ArrayList<>();
        for (SheetRow row : sheet) {
            int before = problems.size();
            String code = ActionCodes.normalise(row.requiredText(CODE, problems));
            String title = row.requiredText(TITLE, problems);
            ActionCodes.Code parsed = null;
            if (code != null) {
                parsed = ActionCodes.parse(code).orElse(null);
                if (parsed == null) {
                    problems.add(new SheetProblem(row.number(), CODE, ActionCodes.problem(code, 0, null, Set.of()).orElseThrow()));
                }
            }
            if (title != null && title.length() > 1000) {
                problems.add(new SheetProblem(row.number(), TITLE, "is longer than 1,000 characters"));
            }
            String parentCode = null;
            if (parsed != null) {
                if (!priorityByNumber.containsKey(parsed.priority())) {
                    String name = priorityName(row.text(PRIORITY));
                    if (name == null) {
                        problems.add(new SheetProblem(row.number(), PRIORITY, "the strategy has no priority " + parsed.priority()
                                + "; add it first, or name it in the " + PRIORITY + " column"));
                    } else {
                        String other = newPriorityNames.putIfAbsent(parsed.priority(), name);
                        if (other != null && !other.equalsIgnoreCase(name)) {
                            problems.add(new SheetProblem(row.number(), PRIORITY, "priority " + parsed.priority() + " is named '" + other
                                    + "' on another row"));
                        }
                    }
                }
                if (parsed.isSubAction()) {
                    parentCode = parsed.actionCode();
                    if (!known.containsKey(parentCode) && !codesInSheet.containsKey(parentCode)) {
                        problems.add(new SheetProblem(row.number(), CODE, code + " is a sub-action of " + parentCode
                                + ", which is neither in the plan nor in the sheet"));
                    }
                }
                KnownAction existing = known.get(code);
                if (existing != null && !java.util.Objects.equals(existing.parentCode(), parentCode)) {
                    problems.add(new SheetProblem(row.number(), CODE, code + " is in the plan already under another action"));
                }
            }
            Long personId = null;
            Long organisationId = null;
            String lead = row.text(LEAD);
            if (lead != null) {
                for (String part : lead.split(";")) {
                    String name = part.strip();
                    if (name.isEmpty()) {
                        continue;
                    }
                    Optional<Long> person = names.personNamed(name);
                    Optional<Long> organisation = names.organisationNamed(name);
                    if (person.isPresent() && personId == null) {
                        personId = person.get();
                    } else if (organisation.isPresent() && organisationId == null) {
                        organisationId = organisation.get();
                    } else {
                        problems.add(new SheetProblem(row.number(), LEAD, "'" + name + "' is neither a person nor an organisation in the"
                                + " directory (People); write a person's name and/or an organisation's, separated by ';'"));
                    }
                }
            }
            String measuring = row.text(MEASURE);
            LocalDate target = row.date(TARGET_DATE, problems);
            ProgressStatus status = status(row, vocabulary, problems);
            Long periodId = null;
            String commentary = row.text(COMMENTARY);
            String mitigation = row.text(MITIGATION);
            boolean keyImpact = yes(row, problems);
            if (status != null) {
                String periodName = row.text(PERIOD);
                KnownPeriod period = null;
                if (periodName != null) {
                    period = periods.stream().filter(p -> p.name().equalsIgnoreCase(periodName)).findFirst().orElse(null);
                    if (period == null) {
                        problems.add(new SheetProblem(row.number(), PERIOD, "the strategy has no period called '" + periodName + "'"));
                    }
                } else if (chosenPeriodId != null) {
                    period = periods.stream().filter(p -> p.id() == chosenPeriodId).findFirst().orElse(null);
                } else {
                    problems.add(new SheetProblem(row.number(), STATUS, "a status needs its period: add a " + PERIOD
                            + " column or choose the period for the import"));
                }
                if (period != null && period.closed()) {
                    problems.add(new SheetProblem(row.number(), PERIOD, "the period " + period.name() + " is closed; correct its updates one"
                            + " at a time, with a reason"));
                }
                periodId = period == null ? null : period.id();
                if (code != null && (parentsInSheet.contains(code) || parentsKnown.contains(code))) {
                    problems.add(new SheetProblem(row.number(), STATUS, code + " has sub-actions and is reported through them:"
                            + " give their statuses instead"));
                }
                if (status.needsMitigation() && mitigation == null) {
                    problems.add(new SheetProblem(row.number(), MITIGATION, "is required for " + status.label()
                            + ": say what is being done to address it"));
                }
            } else if (row.text(PERIOD) != null && commentary != null) {
                problems.add(new SheetProblem(row.number(), STATUS, "is empty: commentary for a period needs the action's status"));
            }
            if (problems.size() == before && parsed != null) {
                rows.add(new Row(row.number(), code, title.strip(), parsed.priority(), parentCode, personId, organisationId, measuring, target,
                        periodId, status, status == null ? null : commentary, status == null ? null : mitigation, status != null && keyImpact));
            }
        }
        if (!problems.isEmpty()) {
            List<FieldError> errors = problems.stream().map(p -> new FieldError(field(p.row(), p.column()), p.describe())).toList();
            throw new InvalidInputException(errors);
        }
        rows.sort(Comparator.comparing(Row::code, PlanQueries.CODE_ORDER));
        List<NewPriorityRow> added = newPriorityNames.entrySet().stream().map(e -> new NewPriorityRow(e.getKey(), e.getValue())).toList();
        return new Plan(added, List.copyOf(rows), Set.copyOf(sheet.get(0).values().keySet()));
    }

    /** The plan with each action's latest submitted status, in the import's columns. */
    public static byte[] write(String strategyName, List<PlanAction> actions, Set<Long> parents, Map<Long, ProgressUpdate> latest,
                               Map<Integer, String> priorityNames, Directory names) {
        List<List<SheetWriter.Value>> rows = new ArrayList<>();
        for (PlanAction a : actions) {
            ProgressUpdate u = parents.contains(a.getId()) ? null : latest.get(a.getId());
            String lead = String.join("; ", java.util.stream.Stream.of(names.person(a.getLeadPersonId()), names.organisation(a.getLeadOrganisationId()))
                    .filter(java.util.Objects::nonNull).toList());
            rows.add(List.of(
                    SheetWriter.Value.text(a.getCode()),
                    SheetWriter.Value.text(a.getTitle()),
                    SheetWriter.Value.text(priorityNames.get(a.getPriority().getNumber())),
                    SheetWriter.Value.text(lead.isEmpty() ? null : lead),
                    SheetWriter.Value.text(a.getMeasuring()),
                    SheetWriter.Value.date(a.getTargetDate()),
                    SheetWriter.Value.text(u == null ? null : u.getPeriod().getName()),
                    SheetWriter.Value.text(u == null ? null : u.getStatus().label()),
                    SheetWriter.Value.text(u == null ? null : u.getCommentary()),
                    SheetWriter.Value.text(u == null ? null : u.getMitigation()),
                    SheetWriter.Value.text(u == null ? null : u.isKeyImpact() ? "Yes" : "No")));
        }
        try (SheetWriter writer = new SheetWriter()) {
            return writer.sheet(sheetName(strategyName), List.of(CODE, TITLE, PRIORITY, LEAD, MEASURE, TARGET_DATE, PERIOD, STATUS, COMMENTARY,
                    MITIGATION, KEY_IMPACT), rows).toBytes();
        }
    }

    /** Sheet names hold at most 31 characters and none of : \ / ? * [ ]. */
    static String sheetName(String strategyName) {
        String name = strategyName.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return name.isEmpty() ? "Plan" : name.length() > 31 ? name.substring(0, 31).strip() : name;
    }

    static String field(int row, String column) {
        String key = column == null ? "row" : column.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", " ").strip().replace(' ', '_');
        return "rows[" + row + "]." + key;
    }

    /** "3: Improving mental wellbeing" and "3. Improving…" name priority 3 "Improving mental wellbeing". */
    private static String priorityName(String cell) {
        if (cell == null) {
            return null;
        }
        String name = cell.replaceFirst("^\\d+\\s*[:.)]\\s*", "").strip();
        return name.isEmpty() ? null : name.length() > 300 ? name.substring(0, 300) : name;
    }

    private static ProgressStatus status(SheetRow row, List<ProgressStatus> vocabulary, List<SheetProblem> problems) {
        String cell = row.text(STATUS);
        if (cell == null) {
            return null;
        }
        String key = cell.strip().toUpperCase(Locale.UK).replaceAll("[^A-Z]+", "_");
        for (ProgressStatus status : vocabulary) {
            if (status.name().equals(key)) {
                return status;
            }
        }
        problems.add(new SheetProblem(row.number(), STATUS, "'" + cell + "' is not one of this strategy's statuses: " + Inputs.labels(vocabulary)));
        return null;
    }

    private static boolean yes(SheetRow row, List<SheetProblem> problems) {
        String cell = row.text(KEY_IMPACT);
        if (cell == null) {
            return false;
        }
        String value = cell.strip().toLowerCase(Locale.UK);
        if (List.of("yes", "y", "true", "x", "1").contains(value)) {
            return true;
        }
        if (List.of("no", "n", "false", "0").contains(value)) {
            return false;
        }
        problems.add(new SheetProblem(row.number(), KEY_IMPACT, "'" + cell + "' should be Yes or No"));
        return false;
    }
}
