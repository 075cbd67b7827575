package io.simbridge.spring.autoconfigure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/** Matches when a property {@code simbridge.<provider>.*} has a value (the rule of {@code SimProviders}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(ConfiguredProviders.OnProvider.class)
@interface ConditionalOnProvider {
  /** @return the provider id */
  String value();
}
