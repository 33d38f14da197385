/** The requests-for-quotation process's names, as code refers to them. */
package io.mandi.rfq.process;
