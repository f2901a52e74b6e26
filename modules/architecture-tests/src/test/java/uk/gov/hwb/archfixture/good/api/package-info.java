/** A module declared built with its facade, service and screen: the built-module rule passes. */
@BuiltModule("a complete module")
package uk.gov.hwb.archfixture.good.api;

import uk.gov.hwb.platform.modules.BuiltModule;
