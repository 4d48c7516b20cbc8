/**
 * REST resources for read and acknowledge: making articles mandatory for groups, acknowledging
 * them, the caller's pending list and the report for publishers.
 */
package io.kbplatform.app.acknowledgement;
