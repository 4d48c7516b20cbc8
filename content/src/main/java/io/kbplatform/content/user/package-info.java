/** Local user accounts, their roles and their PBKDF2-hashed passwords. */
package io.kbplatform.content.user;
