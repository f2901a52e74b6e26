package uk.gov.hwb.send.api;

/**
 * How a SEND metric's periods are named, as the sources publish them: the SEN2 return by calendar
 * year ("2023"), the school census by academic year ("2022/23"), council finance by financial year
 * ("2024/25", the kernel's {@code FinancialYear}), and in-year snapshots by month ("2024-06").
 * In an address the slash is written as a dash: {@code .../values/2022-23}.
 */
public enum MetricPeriodType {
    CALENDAR_YEAR("Calendar year", "2023"),
    ACADEMIC_YEAR("Academic year (September to August)", "2022/23"),
    FINANCIAL_YEAR("Financial year (April to March)", "2024/25"),
    MONTH("Month", "2024-06");

    private final String label;
    private final String example;

    MetricPeriodType(String label, String example) {
        this.label = label;
        this.example = example;
    }

    public String label() {
        return label;
    }

    /** How a period of this type is written, e.g. "2022/23". */
    public String example() {
        return example;
    }
}
