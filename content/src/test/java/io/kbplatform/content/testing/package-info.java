/**
 * In-memory repositories and a fixed clock for fast domain tests: real services are built around
 * them by hand, so rules are checked in milliseconds without a server or a database.
 */
package io.kbplatform.content.testing;
