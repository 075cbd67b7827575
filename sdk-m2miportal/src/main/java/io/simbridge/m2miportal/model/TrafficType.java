package io.simbridge.m2miportal.model;

/** The kind of a SIM's traffic, as {@code traffic_type} reports it. */
public enum TrafficType {
  /** {@code data}: a data session. */
  DATA,
  /** {@code sms}: an SMS. */
  SMS,
  /** {@code voice}: a voice call. */
  VOICE,
  /** A value simbridge does not know; the record carrying it keeps the raw value. */
  OTHER
}
