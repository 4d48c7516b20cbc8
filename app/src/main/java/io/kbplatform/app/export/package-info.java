/** Space export over HTTP: a ZIP streamed to the client. */
package io.kbplatform.app.export;
