/**
 * The exclusion rules the program comes with, each reading the store through SQL aggregates; get
 * them all from {@link org.inclusio.logic.analysis.rules.builtin.BuiltInRules#all()}.
 */
package org.inclusio.logic.analysis.rules.builtin;
