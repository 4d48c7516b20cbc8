/** Bean Validation constraints shared by the request bodies of several features. */
package io.kbplatform.app.validation;
