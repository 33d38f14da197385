/** The task inbox where sellers and operations staff do their human steps. */
package io.mandi.task.ui;
