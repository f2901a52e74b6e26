package uk.gov.hwb.bcf.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.bcf.api.Commissioner;
import uk.gov.hwb.bcf.api.FundingSource;
import uk.gov.hwb.sheets.SheetProblem;
import uk.gov.hwb.sheets.SheetRow;

/** Scheme lines from a sheet: good rows typed, every bad cell reported with its row number. */
class SchemeSheetTest {

    private static SheetRow row(int number, String name, String year, String source, String commissioner, String planned) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(SchemeSheet.SCHEME_ID, "3a");
        values.put(SchemeSheet.NAME, name);
        values.put(SchemeSheet.YEAR, year);
        values.put(SchemeSheet.SOURCE, source);
        values.put(SchemeSheet.TYPE, "Carers Services");
        values.put(SchemeSheet.AREA, "Social Care");
        values.put(SchemeSheet.COMMISSIONER, commissioner);
        values.put(SchemeSheet.PROVIDER, "Southend Carers");
        values.put(SchemeSheet.PLANNED, planned);
        return new SheetRow(number, values);
    }

    @Test
    void goodRowsAreTyped() {
        SchemeSheet.Result result = SchemeSheet.read(List.of(row(2, "Carers support", "2023-24", "minimum nhs contribution", "Joint", "500000"),
                row(3, "Equipment", "2023/24", "iBCF", "LA", "1234.5")), Set.of(2023, 2024));
        assertThat(result.problems()).isEmpty();
        assertThat(result.lines()).hasSize(2);
        SchemeSheet.Line first = result.lines().get(0);
        assertThat(first.source()).isEqualTo(FundingSource.MINIMUM_NHS_CONTRIBUTION);
        assertThat(first.commissioner()).isEqualTo(Commissioner.JOINT);
        assertThat(first.startYear()).isEqualTo(2023);
        assertThat(result.lines().get(1).planned()).isEqualByComparingTo("1234.50");
    }

    @Test
    void everyBadCellIsReportedWithItsRow() {
        SchemeSheet.Result result = SchemeSheet.read(List.of(
                row(2, "Good", "2023-24", "DFG", "LA", "10"),
                row(3, null, "2022-23", "Lottery", "Council", "-5"),
                row(4, "Pennies", "2023-24", "DFG", "NHS", "1.005"),
                row(5, "Words", "2023-24", "DFG", "NHS", "lots")), Set.of(2023, 2024));
        assertThat(result.lines()).hasSize(1);
        assertThat(result.problems()).extracting(SheetProblem::row).containsExactly(3, 3, 3, 3, 3, 4, 5);
        assertThat(result.problems()).extracting(SheetProblem::describe).contains(
                "Row 3, column Scheme name: is empty; it is required",
                "Row 3, column Year: 2022-23 is not a year of this plan",
                "Row 4, column Planned: 1.005 has fractions of a penny; use at most two decimal places",
                "Row 5, column Planned: 'lots' is not a number");
        assertThat(result.problems().get(2).message()).startsWith("'Lottery' is not a funding source");
    }
}
