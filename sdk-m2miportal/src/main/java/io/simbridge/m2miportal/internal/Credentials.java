package io.simbridge.m2miportal.internal;

import io.simbridge.core.config.Secret;
import io.simbridge.core.internal.http.Redactor;
import java.util.List;
import java.util.Objects;

/**
 * The API account every request carries: the {@code <authentication>} block and the root's
 * {@code api_id}. Prints as {@code ***}.
 *
 * @param username the API user name
 * @param password its password
 * @param apiId    the API account identifier
 */
public record Credentials(Secret username, Secret password, Secret apiId) {
  /**
   * Validates the record.
   *
   * @param username the API user name
   * @param password its password
   * @param apiId the API account identifier
   */
  public Credentials {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(apiId, "apiId");
  }

  /**
   * Teaches a redactor every credential (the redactor also hides the escaped forms a request
   * carries it in), so that it is hidden wherever it travels, an error message that echoes it
   * included.
   *
   * @param redactor the client's redactor
   */
  public void registerWith(Redactor redactor) {
    for (Secret s : List.of(username, password, apiId)) {
      redactor.addSecret(s.reveal());
    }
  }
}
