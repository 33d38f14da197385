/** Logistics platform routes (Shiprocket/Delhivery shape) behind the LogisticsGateway port. */
package io.mandi.logistics.integration;
