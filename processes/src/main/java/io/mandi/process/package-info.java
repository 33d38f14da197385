/** Engine conventions shared by all process models. */
package io.mandi.process;
