/**
 * The strategies module's published API. Adult social care strategies (Living Well, Caring Well, Ageing Well), the Health and Wellbeing strategy and others: priorities, actions, periodic status updates and measures.
 * Other modules and the web tier see only the interfaces and records in this package.
 */
package uk.gov.hwb.strategies.api;
