/**
 * Read and acknowledge: articles mandatory for groups, the version since which an acknowledgement
 * counts (the latest significant publication), members' acknowledgements and the report on them.
 */
package io.kbplatform.content.acknowledgement;
