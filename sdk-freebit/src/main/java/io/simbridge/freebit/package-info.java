/**
 * The freebit MVNO client: {@link io.simbridge.freebit.FreebitClient}, built with
 * {@link io.simbridge.freebit.FreebitClient#builder()}, which obtains and keeps the
 * authentication key and reads PA05-01 traffic information; its neutral view is
 * {@link io.simbridge.freebit.FreebitClient#asSimProvider()}.
 */
package io.simbridge.freebit;
