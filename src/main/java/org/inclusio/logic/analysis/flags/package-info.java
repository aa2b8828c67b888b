/** The stored exclusion flags as the analysis lists them, automatic and manual. */
package org.inclusio.logic.analysis.flags;
