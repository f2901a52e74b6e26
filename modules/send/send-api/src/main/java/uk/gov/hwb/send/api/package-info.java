/**
 * The send module's published API. SEND partnership: the area SEND inspection, its recommendations and the strategic action plan, annual updates, the Self-Evaluation Framework and SEND metrics with national comparators.
 * Other modules and the web tier see only the interfaces and records in this package.
 */
package uk.gov.hwb.send.api;
