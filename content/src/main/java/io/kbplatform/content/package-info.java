/** The domain and its persistence: what the platform knows, stored in the relational database. */
package io.kbplatform.content;
