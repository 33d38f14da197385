/** Admin screens: deployed processes and their running instances. */
package io.mandi.admin.ui;
