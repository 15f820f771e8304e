/**
 * What every component shares: the JAX-RS application, errors as RFC 9457 problems in the caller's
 * language, correlation ids and request logging, the data source and Flyway migrations, health.
 *
 * <p>Errors are raised as {@link vn.pakn.platform.control.ProblemException} with a message key; the
 * mappers in {@code boundary} localise them, so no text for people is written in Java code.
 */
package vn.pakn.platform;
