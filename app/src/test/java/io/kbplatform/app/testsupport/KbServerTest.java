package io.kbplatform.app.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration-test class that talks to the app over HTTP, on the one Payara Micro server the
 * whole run shares ({@link SharedServer}); its {@link ServerUrl} field receives the server's base
 * URL. Each test makes its own space, users and groups: the server and its data outlive the class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedServerExtension.class)
public @interface KbServerTest {}
