/** Names of the rule publication approval model that code refers to. */
package io.mandi.ruleset.process;
