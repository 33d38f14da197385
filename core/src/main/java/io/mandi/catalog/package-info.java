/** The platform catalog: products, sellers and the offers sellers list on products. */
package io.mandi.catalog;
