/** Starts a second admin's approval of a rule set version in the engine. */
package io.mandi.ruleset.worker;
