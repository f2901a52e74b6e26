/**
 * Text the system stores: which characters it accepts ({@link uk.gov.hwb.platform.text.PlainText})
 * and which fields are single lines ({@link uk.gov.hwb.platform.text.SingleLine}). One rule, applied
 * at every way in (JSON bodies, query parameters, screens, facades) and used by every writer of
 * feeds and documents to clean text stored before the rule.
 */
package uk.gov.hwb.platform.text;
