/**
 * The board module's published API: HWB board papers. Bodies with their terms of reference and
 * membership, meetings, agenda items, reports, appendices, packs, publication and minutes.
 * Other modules and the web tier see only these interfaces and records.
 */
package uk.gov.hwb.board.api;
