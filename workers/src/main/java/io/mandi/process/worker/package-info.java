/** Engine plumbing shared by all processes: model deployment and idempotent message publishing. */
package io.mandi.process.worker;
