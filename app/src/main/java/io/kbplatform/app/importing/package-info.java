/** Import jobs over HTTP: upload a document or ZIP into a space, then follow the job. */
package io.kbplatform.app.importing;
