/** Groups of users (teams, sites) and their members, managed by administrators. */
package io.kbplatform.content.group;
