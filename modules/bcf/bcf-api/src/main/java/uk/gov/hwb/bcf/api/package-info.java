/**
 * The bcf module's published API: the Better Care Fund. The Section 75 agreement, plans and plan
 * years, income by the seven national funding sources and the funding table, scheme lines and their
 * spend, the national metrics judged by the kernel's measures rule, capacity and demand, and the
 * quarterly returns (chair's sign-off, locked versions). The quarterly update document is offered to
 * board papers through {@link uk.gov.hwb.platform.documents.DocumentGenerator} ({@code bcf.quarterly-update}).
 *
 * <p>Facades take command records for writes ({@code NewPlan}, {@code SchemeChanges}, …) and the
 * {@link uk.gov.hwb.platform.security.Viewer} last; they check rights and rules themselves.
 * Other modules and the web tier see only the interfaces and records in this package.
 */
@BuiltModule("Better Care Fund: the pooled budget, schemes and spend, national metrics, capacity and demand, quarterly returns")
package uk.gov.hwb.bcf.api;

import uk.gov.hwb.platform.modules.BuiltModule;
