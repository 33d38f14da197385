/**
 * The published version of each rule set compiled and swapped in whole; drafts compiled, run on
 * scenarios and shadow-run for the admins.
 */
package io.mandi.ruleset.rules;
