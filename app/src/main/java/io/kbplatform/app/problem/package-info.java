/** Every error the API returns, as one RFC 9457 {@code application/problem+json} body. */
package io.kbplatform.app.problem;
