/**
 * Rule sets that admins own: versions kept in PostgreSQL (draft, awaiting approval, published,
 * retired), test scenarios, shadow runs, publication with a second admin's approval for big price
 * changes, rollback, diffs and an audit trail. The rules module compiles and runs them.
 */
package io.mandi.ruleset;
