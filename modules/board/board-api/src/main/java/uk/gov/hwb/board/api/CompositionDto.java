package uk.gov.hwb.board.api;

import java.util.List;

/**
 * How a body's current membership fills the seats the law requires ({@code basis} null when no
 * law sets its membership): each required seat with who holds it, and the seats left empty.
 */
public record CompositionDto(long bodyId, StatutoryBasis basis, String basisLabel, List<SeatDto> seats, List<String> missing, boolean complete) {

    /** A required seat and the current members holding it. */
    public record SeatDto(StatutorySeat seat, String label, List<String> holders) {

        public boolean filled() {
            return !holders.isEmpty();
        }
    }
}
