package io.simbridge.core.internal.http;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where a call's credential (bearer token, auth key) comes from, and whether a rejected one can
 * be replaced: {@link HttpExecutor#execute(OperationSpec, CredentialSource, java.util.function.Function,
 * ResponseHandler)} replays a call once with a fresh credential after an authentication error.
 */
public interface CredentialSource {

  /** @return the credential to use now */
  String current();

  /**
   * Forgets a credential the provider rejected.
   *
   * @param rejected the credential that was rejected
   * @return whether {@link #current()} may now return a different one, so a replay makes sense
   */
  boolean invalidate(String rejected);

  /**
   * @param credential a credential the user supplied, which cannot be renewed
   * @return a source that always returns it and never replays
   */
  static CredentialSource fixed(String credential) {
    Objects.requireNonNull(credential, "credential");
    return new CredentialSource() {
      @Override
      public String current() {
        return credential;
      }

      @Override
      public boolean invalidate(String rejected) {
        return false;
      }
    };
  }

  /**
   * @param supplier the user's supplier, asked anew for every call
   * @return a source that replays once after a rejection, asking the supplier again
   */
  static CredentialSource supplied(Supplier<String> supplier) {
    Objects.requireNonNull(supplier, "supplier");
    return new CredentialSource() {
      @Override
      public String current() {
        return Objects.requireNonNull(supplier.get(), "the credential supplier returned null");
      }

      @Override
      public boolean invalidate(String rejected) {
        return true;
      }
    };
  }
}
