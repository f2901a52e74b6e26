/** A module declared built that holds nothing: the built-module rule must fail. */
@BuiltModule("an empty module")
package uk.gov.hwb.archfixture.empty.api;

import uk.gov.hwb.platform.modules.BuiltModule;
