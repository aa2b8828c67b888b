/** Equality of representation and of influence per disadvantaged group, with intervals and suppression. */
package org.inclusio.logic.analysis.representation;
