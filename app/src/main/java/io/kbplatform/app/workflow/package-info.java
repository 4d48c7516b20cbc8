/** REST resources for the review workflow and verification of articles. */
package io.kbplatform.app.workflow;
