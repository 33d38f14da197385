/** What recovery needs to find stuck work: every failed job attempt, recorded in PostgreSQL. */
package io.mandi.recovery;
