/**
 * The board module's published API: HWB board papers. Bodies with their terms of reference and
 * membership, meetings, agenda items, reports, appendices, packs, publication and minutes.
 * Screens and HTTP resources see only these interfaces and records; other modules see none of
 * them (what they share with the board goes through the kernel: generated documents and seats).
 */
@BuiltModule("Health and Wellbeing Board papers: bodies, meetings, agendas, reports, publication and packs")
package uk.gov.hwb.board.api;

import uk.gov.hwb.platform.modules.BuiltModule;
