package uk.gov.hwb.strategies.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.progress.ProgressStatus;

/** Importing an action plan: every bad row named with its row number and reason, and nothing to store unless all rows are good. */
class PlanSheetTest {

    private static final List<ProgressStatus> STATUSES = Inputs.DEFAULT_STATUSES;
    private static final List<PlanSheet.KnownPriority> PRIORITIES = List.of(new PlanSheet.KnownPriority(1, 1, "Identifying carers"));
    private static final List<PlanSheet.KnownAction> ACTIONS = List.of(new PlanSheet.KnownAction(100, "1.1", null, 1));
    private static final List<PlanSheet.KnownPeriod> PERIODS = List.of(new PlanSheet.KnownPeriod(7, "2023-24", false),
            new PlanSheet.KnownPeriod(8, "2022-23", true));

    static byte[] sheet(String[]... rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Plan");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static PlanSheet.Plan read(byte[] sheet, Long period) {
        return PlanSheet.read(new ByteArrayInputStream(sheet), STATUSES, PRIORITIES, ACTIONS, PERIODS, period, FakeDirectory.directory());
    }

    private static final String[] HEADER = {"Code", "Title", "Lead", "What we measure", "Target date", "Status", "Commentary", "What are we doing to address this"};

    @Test
    void aGoodSheetGivesRowsParentsFirst() throws Exception {
        PlanSheet.Plan plan = read(sheet(HEADER,
                new String[] {"1.2b", "Young carers' referrals", "Carers First", null, "31/03/2025", "On course", "38 referrals", null},
                new String[] {"1.2", "Young carers", "Nicola Mickleburgh; Carers First", "Referrals", null, null, null, null},
                new String[] {"1.1", "Registered carers", null, null, null, "Some slippage", "Fewer than hoped", "A new campaign"}), 7L);
        assertThat(plan.rows()).extracting(PlanSheet.Row::code).containsExactly("1.1", "1.2", "1.2B");
        PlanSheet.Row young = plan.rows().get(2);
        assertThat(young.parentCode()).isEqualTo("1.2");
        assertThat(young.leadOrganisationId()).isEqualTo(21L);
        assertThat(young.targetDate()).hasToString("2025-03-31");
        assertThat(young.status()).isEqualTo(ProgressStatus.ON_COURSE);
        assertThat(young.periodId()).isEqualTo(7L);
        assertThat(plan.rows().get(1).leadPersonId()).isEqualTo(10L);
        assertThat(plan.rows().get(1).leadOrganisationId()).isEqualTo(21L);
        assertThat(plan.has(PlanSheet.LEAD)).isTrue();
        assertThat(plan.has(PlanSheet.PERIOD)).isFalse();
    }

    @Test
    void everyBadRowIsNamedWithItsRowNumberAndReason() throws Exception {
        assertThatThrownBy(() -> read(sheet(HEADER,
                new String[] {"1.3", "Good row", null, null, null, null, null, null},
                new String[] {"1.3", "Same code again", null, null, null, null, null, null},
                new String[] {"9.1", "No such priority", null, null, null, null, null, null},
                new String[] {"1.4", "Slipping", null, null, null, "Some slippage", "Late", null},
                new String[] {"1.5", "Unknown lead", "Someone Else", null, "32/13/2024", "Going well", null, null},
                new String[] {"1.6C", "Orphan", null, null, null, null, null, null},
                new String[] {"A.1", "Bad code", null, null, null, null, null, null}), 7L))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).contains("rows[3].code", "rows[4].priority", "rows[5].what_are_we_doing_to_address_this",
                            "rows[6].lead", "rows[6].target_date", "rows[6].status", "rows[7].code", "rows[8].code");
                    assertThat(e.errors()).extracting(FieldError::message).contains(
                            "Row 3, column Code: 1.3 is also on row 2; each action has one row",
                            "Row 5, column What are we doing to address this: is required for Some slippage: say what is being done to address it");
                    assertThat(e.errors()).noneMatch(error -> error.field().startsWith("rows[2]"));
                });
    }

    @Test
    void aStatusNeedsAnOpenPeriodAndALeaf() throws Exception {
        String[] header = {"Code", "Title", "Period", "Status"};
        assertThatThrownBy(() -> read(sheet(header, new String[] {"1.1", "Registered carers", "2022-23", "On course"},
                new String[] {"1.2", "Parent", null, "On course"}, new String[] {"1.2A", "Child", "2023-24", "At risk"}), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::message).contains(
                        "Row 2, column Period: the period 2022-23 is closed; correct its updates one at a time, with a reason",
                        "Row 3, column Status: a status needs its period: add a Period column or choose the period for the import",
                        "Row 3, column Status: 1.2 has sub-actions and is reported through them: give their statuses instead"));
    }

    @Test
    void aSheetThatIsNotAWorkbookOrLacksAColumnIsRefusedAsAFile() throws Exception {
        assertThatThrownBy(() -> read("code,title\n1.1,x".getBytes(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("file"));
        assertThatThrownBy(() -> read(sheet(new String[] {"Code", "Name"}, new String[] {"1.1", "x"}), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message()).contains("Title"));
    }

    @Test
    void aNewPriorityIsNamedInThePriorityColumn() throws Exception {
        PlanSheet.Plan plan = read(sheet(new String[] {"Code", "Title", "Priority"}, new String[] {"2.1", "Breaks", "2: Taking a break"}), null);
        assertThat(plan.newPriorities()).containsExactly(new PlanSheet.NewPriorityRow(2, "Taking a break"));
    }
}
