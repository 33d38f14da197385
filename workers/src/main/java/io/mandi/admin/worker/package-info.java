/** Reads deployed processes and running instances from a Camunda cluster. */
package io.mandi.admin.worker;
