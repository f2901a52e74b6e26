package uk.gov.hwb.board.api;

/** Part 1 items are public; Part 2 items are confidential or exempt (Schedule 12A, Local Government Act 1972). */
public enum Part {
    PART_1("Part 1 (public)"), PART_2("Part 2 (confidential)");

    private final String label;

    Part(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
