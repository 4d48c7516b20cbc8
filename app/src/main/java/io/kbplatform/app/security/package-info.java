/**
 * Who is calling and what they may do: HTTP Basic against local accounts in the database, roles
 * checked on every API endpoint, and the bootstrap administrator.
 */
package io.kbplatform.app.security;
