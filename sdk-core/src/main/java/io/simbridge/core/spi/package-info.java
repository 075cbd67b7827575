/**
 * For provider modules: the factory registered through {@link java.util.ServiceLoader}, the
 * settings it reads, and a base class for neutral views.
 */
package io.simbridge.core.spi;
