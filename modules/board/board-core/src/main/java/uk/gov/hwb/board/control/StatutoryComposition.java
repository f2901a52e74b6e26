package uk.gov.hwb.board.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.hwb.board.api.CompositionDto;
import uk.gov.hwb.board.api.StatutoryBasis;
import uk.gov.hwb.board.api.StatutorySeat;

/**
 * Whether a body's membership fills the seats the law requires (for a Health and Wellbeing Board,
 * Health and Social Care Act 2012, s.194(2)): each required seat must be held by at least one
 * current member. A councillor seat is also filled by any member sitting as a councillor.
 */
public final class StatutoryComposition {

    /** A current member: their name, the statutory seat they fill (or null) and whether they are a councillor. */
    public record Holder(String name, StatutorySeat seat, boolean councillor) {
    }

    private StatutoryComposition() {
    }

    public static CompositionDto assess(long bodyId, StatutoryBasis basis, List<Holder> members) {
        if (basis == null) {
            return new CompositionDto(bodyId, null, null, List.of(), List.of(), true);
        }
        Map<StatutorySeat, List<String>> held = new LinkedHashMap<>();
        basis.requiredSeats().forEach(seat -> held.put(seat, new ArrayList<>()));
        for (Holder member : members) {
            if (member.seat() != null && held.containsKey(member.seat())) {
                held.get(member.seat()).add(member.name());
            } else if (member.councillor() && held.containsKey(StatutorySeat.COUNCILLOR)) {
                held.get(StatutorySeat.COUNCILLOR).add(member.name());
            }
        }
        List<CompositionDto.SeatDto> seats = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        held.forEach((seat, names) -> {
            seats.add(new CompositionDto.SeatDto(seat, seat.label(), List.copyOf(names)));
            if (names.isEmpty()) {
                missing.add(seat.label());
            }
        });
        return new CompositionDto(bodyId, basis, basis.label(), seats, missing, missing.isEmpty());
    }
}
