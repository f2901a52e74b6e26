/**
 * The send module's published API: the SEND area partnership's inspection, its recommendations and
 * the strategic action plan that answers them, the annual update per recommendation, the
 * Self-Evaluation Framework (SEF) in dated versions, and SEND metrics judged against national
 * comparators by the kernel's measures rule.
 *
 * <p>Facades ({@link Inspections}, {@link Actions}, {@link SelfEvaluations}, {@link Metrics},
 * {@link AnnualUpdates}) take command records for writes and return DTO records; every call names
 * the {@link uk.gov.hwb.platform.security.Viewer}, because the facade itself decides who may read
 * (the SEND lead, members of the SEND Strategic Partnership Board, board members, democratic
 * services) and who may change (the SEND lead). Other modules and the web tier see only this package.
 */
@BuiltModule("SEND partnership: inspection, recommendations, strategic action plan, annual updates, self-evaluation and metrics")
package uk.gov.hwb.send.api;

import uk.gov.hwb.platform.modules.BuiltModule;
