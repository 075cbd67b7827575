/**
 * The M2M iPortal client: {@link io.simbridge.m2miportal.M2mIportalClient}, with one typed method
 * per operation of the provider's XML API, and its neutral view.
 */
package io.simbridge.m2miportal;
