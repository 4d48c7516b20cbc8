/** The web application: the REST API under {@code /api}, security, configuration and startup. */
package io.kbplatform.app;
