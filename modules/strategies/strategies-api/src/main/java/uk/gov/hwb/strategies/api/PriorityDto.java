package uk.gov.hwb.strategies.api;

import java.util.List;

/** A numbered priority (ambition) with its actions in code order; {@code focus} holds the year-ahead texts by year ("2023-24"). */
public record PriorityDto(
        long id,
        long strategyId,
        int number,
        String name,
        String description,
        List<ActionDto> actions,
        List<FocusDto> focus,
        long version) {

    /** "1: A positive start in life", as seed 003 heads an ambition. */
    public String label() {
        return number + ": " + name;
    }
}
