/** The participation funnel per disadvantaged group: invited, attended, spoke, proposed, adopted. */
package org.inclusio.logic.analysis.funnel;
