package uk.gov.hwb.platform.measures;

/**
 * What a measure's figure is judged against.
 * <ul>
 *   <li>{@link #AS_IS}: the period's value against the period's target.</li>
 *   <li>{@link #ANNUAL_PROJECTION}: quarterly figures of an annual total; the average of the quarters
 *       so far, times four, against the annual target (seed 002: Falls, 627.9 in Q1 against 2,100 →
 *       projected 2,511.6).</li>
 *   <li>{@link #TRAJECTORY}: a target years ahead; the value against the straight line from the
 *       baseline (at its date) to the target (at its date), read at the value's date.</li>
 *   <li>{@link #COMPARATOR}: against a national or statistical-neighbour figure; "similar" within a
 *       stated tolerance.</li>
 * </ul>
 */
public enum Basis {
    AS_IS("Against the period's target"),
    ANNUAL_PROJECTION("Projected to the year"),
    TRAJECTORY("Against the trajectory to the target"),
    COMPARATOR("Against a comparator");

    private final String label;

    Basis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
