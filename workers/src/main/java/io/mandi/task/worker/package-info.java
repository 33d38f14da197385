/** Bridges the engine's job-worker user tasks and the PostgreSQL task inbox. */
package io.mandi.task.worker;
