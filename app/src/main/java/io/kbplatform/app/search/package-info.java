/** REST resource for searching published articles. */
package io.kbplatform.app.search;
