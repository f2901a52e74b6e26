/** Test fixtures for the architecture rules: small made-up modules, each breaking (or keeping) one rule. */
package uk.gov.hwb.archfixture;
