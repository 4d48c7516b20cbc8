/**
 * The relational database: which one to use (embedded H2 under the data directory by default,
 * PostgreSQL when configured) and the Flyway migrations that own its schema.
 */
package io.kbplatform.content.database;
