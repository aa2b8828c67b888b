/**
 * Exclusion detection: the rule engine (rules, their parameters stored per region, findings), the
 * detector that keeps the automatic exclusion flags in line with the findings, and the review of a
 * flag by a person. The built-in rules are in {@code rules.builtin}.
 */
package org.inclusio.logic.analysis.rules;
