/** The human task inbox: tasks the engine waits on, kept in PostgreSQL for people to work. */
package io.mandi.task;
