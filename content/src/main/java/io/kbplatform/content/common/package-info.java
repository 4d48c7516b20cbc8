/** Business exceptions and small value helpers shared by every content feature. */
package io.kbplatform.content.common;
