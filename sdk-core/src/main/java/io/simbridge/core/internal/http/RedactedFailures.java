package io.simbridge.core.internal.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.SocketTimeoutException;

/**
 * Copies of I/O failures with every secret hidden. OkHttp's messages quote what the server sent
 * ("Unexpected status line: ..."), so a hostile server echoing a credential would put it in the
 * exception, its {@code toString()} and its serialized form. The copy keeps the type where the JDK
 * lets it be rebuilt from a message (a timeout stays a {@link SocketTimeoutException}, an interrupt
 * an {@link InterruptedIOException}), the stack trace, and sanitized causes and suppressed failures;
 * any other failure becomes its nearest JDK supertype, its message naming the original class. The
 * transport's own failures, which quote nothing the server sent, are kept as they are.
 */
final class RedactedFailures {
  // Bounded: a cause chain may loop.
  private static final int MAX_DEPTH = 8;

  private RedactedFailures() {}

  /**
   * @param failure  the failure as the I/O layer raised it
   * @param redactor the client's redactor, which knows every secret
   * @return a copy whose messages, causes and suppressed failures hide every secret
   */
  static IOException copy(IOException failure, Redactor redactor) {
    return (IOException) copy(failure, redactor, 0);
  }

  private static Throwable copy(Throwable t, Redactor redactor, int depth) {
    if (t.getClass().getPackageName().equals(RedactedFailures.class.getPackageName())) {
      // The transport's own failures (a refused second transmission) quote nothing a server sent.
      return t;
    }
    String message = redactor.redact(t.getMessage());
    Throwable copy = null;
    // The nearest JDK type, rebuilt from its message: a library's own timeout stays an
    // InterruptedIOException; the original class is named when it is not kept.
    for (Class<?> type = t.getClass(); copy == null; type = type.getSuperclass()) {
      String text =
          type == t.getClass()
              ? message
              : t.getClass().getName() + (message == null ? "" : ": " + message);
      copy = rebuilt(type, text);
    }
    copy.setStackTrace(t.getStackTrace());
    if (depth < MAX_DEPTH) {
      if (t.getCause() != null && t.getCause() != t) {
        copy.initCause(copy(t.getCause(), redactor, depth + 1));
      }
      for (Throwable s : t.getSuppressed()) {
        copy.addSuppressed(copy(s, redactor, depth + 1));
      }
    }
    return copy;
  }

  /** A JDK failure type built with its message constructor, or {@code null} if it has none. */
  private static Throwable rebuilt(Class<?> type, String message) {
    // Only the JDK's own types: their constructors only store the message.
    Module module = type.getModule();
    if (!module.isNamed()
        || !module.getName().startsWith("java.")
        || !Modifier.isPublic(type.getModifiers())) {
      return null;
    }
    try {
      Constructor<?> constructor = type.getConstructor(String.class);
      return (Throwable) constructor.newInstance(message);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
