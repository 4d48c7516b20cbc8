/** Attachments over HTTP: raw-body uploads, lists, downloads with safe headers, deletion. */
package io.kbplatform.app.attachment;
