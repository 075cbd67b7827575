package io.simbridge.spring.autoconfigure;

import java.time.Duration;

/** freebit settings, {@code simbridge.freebit.*}: auth-key, or oem-id with oem-key. */
public class FreebitProperties extends CommonProviderProperties {
  /** The authKey freebit issued, used as is instead of oem-id and oem-key (secret). */
  private String authKey;

  /** The OEM id, to obtain the authKey through OEM authentication (with oem-key). */
  private String oemId;

  /** The OEM key, with oem-id (secret). */
  private String oemKey;

  /** form-field-json (default: the JSON document in a multipart field named json) or json-body. */
  private String requestEncoding;

  /** Minimum time between two getTrafficInfo calls, such as 2s (default 1s). */
  private Duration callInterval;

  /** For binding. */
  public FreebitProperties() {}

  /** @return the authKey freebit issued, used as is instead of oem-id and oem-key (secret), or null when unset */
  public String getAuthKey() {
    return authKey;
  }

  /** @param authKey the authKey freebit issued, used as is instead of oem-id and oem-key (secret) */
  public void setAuthKey(String authKey) {
    this.authKey = authKey;
  }

  /** @return the OEM id, to obtain the authKey through OEM authentication (with oem-key), or null when unset */
  public String getOemId() {
    return oemId;
  }

  /** @param oemId the OEM id, to obtain the authKey through OEM authentication (with oem-key) */
  public void setOemId(String oemId) {
    this.oemId = oemId;
  }

  /** @return the OEM key, with oem-id (secret), or null when unset */
  public String getOemKey() {
    return oemKey;
  }

  /** @param oemKey the OEM key, with oem-id (secret) */
  public void setOemKey(String oemKey) {
    this.oemKey = oemKey;
  }

  /** @return form-field-json (default: the JSON document in a multipart field named json) or json-body, or null when unset */
  public String getRequestEncoding() {
    return requestEncoding;
  }

  /** @param requestEncoding form-field-json (default: the JSON document in a multipart field named json) or json-body */
  public void setRequestEncoding(String requestEncoding) {
    this.requestEncoding = requestEncoding;
  }

  /** @return minimum time between two getTrafficInfo calls, such as 2s (default 1s), or null when unset */
  public Duration getCallInterval() {
    return callInterval;
  }

  /** @param callInterval minimum time between two getTrafficInfo calls, such as 2s (default 1s) */
  public void setCallInterval(Duration callInterval) {
    this.callInterval = callInterval;
  }
}
