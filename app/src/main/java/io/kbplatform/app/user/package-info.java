/** REST resource for administrators to manage user accounts and their roles. */
package io.kbplatform.app.user;
