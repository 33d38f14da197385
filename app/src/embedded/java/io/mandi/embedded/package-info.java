/** The embedded mode: in-process engine and database, demo data. Absent from production jars. */
package io.mandi.embedded;
