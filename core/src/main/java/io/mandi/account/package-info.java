/** Buyers, logins and the acting user that every service call is checked against. */
package io.mandi.account;
