/**
 * The Things Mobile client: {@link io.simbridge.thingsmobile.ThingsMobileClient} with one method
 * per documented operation of the business API, its builder and
 * {@link io.simbridge.thingsmobile.ThingsMobileEnvironment environments}, and
 * {@link io.simbridge.thingsmobile.ThingsMobileClient#asSimProvider() the neutral view}.
 */
package io.simbridge.thingsmobile;
