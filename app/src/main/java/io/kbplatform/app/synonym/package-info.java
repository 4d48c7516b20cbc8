/** REST resource for synonym sets: authors list, create, change and delete them. */
package io.kbplatform.app.synonym;
