/** The review workflow of articles (draft, in review, published, archived) and its history. */
package io.kbplatform.content.workflow;
