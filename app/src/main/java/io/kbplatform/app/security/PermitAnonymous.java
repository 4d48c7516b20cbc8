package io.kbplatform.app.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one kind of API method that must answer callers who are not signed in yet: signing in.
 * {@link RoleCheckFilter} lets such a method run without a caller; everything else needs one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PermitAnonymous {}
