/**
 * The bcf module's published API. Better Care Fund: the Section 75 agreement, plan years, funding sources, schemes and spend, national metrics, capacity and demand, quarterly returns.
 * Other modules and the web tier see only the interfaces and records in this package.
 */
package uk.gov.hwb.bcf.api;
