/** Readiness checks of the application's own dependencies (the search side has its own). */
package io.kbplatform.app.health;
