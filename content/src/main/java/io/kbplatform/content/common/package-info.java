/**
 * What every content feature shares: the business exceptions, the clock, the JPA converter for
 * {@code Instant} columns, the key/name/description shape of spaces and groups ({@link
 * io.kbplatform.content.common.NamedEntity}) and the column lengths used across entities.
 */
package io.kbplatform.content.common;
