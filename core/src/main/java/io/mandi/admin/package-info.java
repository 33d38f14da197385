/** What admins see of the platform: deployed processes and their running instances. */
package io.mandi.admin;
