/** Article verification: owners, review intervals, the needs-review mark and review queues. */
package io.kbplatform.content.verification;
