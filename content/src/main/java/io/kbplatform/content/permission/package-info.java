/**
 * Who may do what: space grants (view, edit, publish, administer) to users, groups or everyone,
 * capped by roles; article restrictions to groups; the access policy the services enforce and the
 * read scope that trims search.
 */
package io.kbplatform.content.permission;
