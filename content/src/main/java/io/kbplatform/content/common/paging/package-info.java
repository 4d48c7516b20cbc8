/**
 * Keyset paging for every list of the platform: the opaque cursor of a page's last row, the page
 * asked for, the page returned and the JPQL that reads one. Lists are ordered newest first by a
 * time, ties broken by id, so a page never repeats or skips a row while others are added.
 */
package io.kbplatform.content.common.paging;
