/** REST resources for the category trees of spaces. */
package io.kbplatform.app.category;
