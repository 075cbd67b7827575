/**
 * Requests and answers of the Things Mobile business API, in the provider's own terms and units
 * but typed: traffic as {@link io.simbridge.core.model.DataVolume} (the API counts bytes and sets
 * limits in MB of 1,048,576 bytes), money as {@link io.simbridge.core.model.Money}, dates as
 * {@link java.time.LocalDateTime} (the API states no zone).
 */
package io.simbridge.thingsmobile.model;
