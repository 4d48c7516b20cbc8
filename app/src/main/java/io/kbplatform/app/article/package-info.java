/** REST resource for articles: create, read and publish. */
package io.kbplatform.app.article;
