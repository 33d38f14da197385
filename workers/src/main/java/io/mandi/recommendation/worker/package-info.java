/** Starts the approval of a seller's large price change in the engine. */
package io.mandi.recommendation.worker;
