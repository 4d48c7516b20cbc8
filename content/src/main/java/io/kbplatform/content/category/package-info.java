/** The ordered category tree of each space, in which articles are filed. */
package io.kbplatform.content.category;
