/**
 * The strategies module's published API: strategies (Living Well, Caring Well, Ageing Well, the
 * Health and Wellbeing Strategy, Essex 2021–25 and any other) with their priorities, actions and
 * sub-actions, reporting periods, status updates, measures, the progress summary and the annual
 * report. Other modules and the web tier see only the interfaces and records in this package.
 *
 * <p>Facades: {@link uk.gov.hwb.strategies.api.Strategies} (the plan: strategies, priorities,
 * actions, periods, import and export), {@link uk.gov.hwb.strategies.api.StatusUpdates} (leads'
 * updates each period, corrections after a period closes, "my updates due"),
 * {@link uk.gov.hwb.strategies.api.ProgressSummaries} (the computed summary, its trend and the
 * printed documents) and {@link uk.gov.hwb.strategies.api.Measures} (measures judged by the
 * kernel's measures rule). Writes take a command record and the {@link uk.gov.hwb.platform.security.Viewer};
 * the implementations check the viewer's rights themselves.
 */
@BuiltModule("Strategies: action plans, period status updates, measures and the progress summary")
package uk.gov.hwb.strategies.api;

import uk.gov.hwb.platform.modules.BuiltModule;
