/**
 * The HORISEN Traffic Report API v2 client: {@link io.simbridge.horisen.HorisenClient}, with one
 * method per documented endpoint, OAuth2 client-credentials authentication, lazy paging and CSV
 * streaming, and its provider-neutral view ({@link io.simbridge.horisen.HorisenClient#asSimProvider()}).
 */
package io.simbridge.horisen;
