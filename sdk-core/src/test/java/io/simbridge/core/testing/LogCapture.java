package io.simbridge.core.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Captures every simbridge log line at TRACE for one test, through logback (a test-scope
 * binding). Register with {@code @RegisterExtension LogCapture logs = new LogCapture();}.
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {
  private final Logger logger = (Logger) LoggerFactory.getLogger("io.simbridge");
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private Level previous;

  @Override
  public void beforeEach(ExtensionContext context) {
    previous = logger.getLevel();
    appender.list.clear();
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.TRACE);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    logger.detachAppender(appender);
    logger.setLevel(previous);
    appender.stop();
  }

  /** @return every captured line, formatted, with the stack trace of any attached throwable */
  public List<String> lines() {
    return List.copyOf(appender.list).stream()
        .map(
            e -> {
              StringBuilder sb =
                  new StringBuilder(
                      e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage());
              for (var t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
              }
              return sb.toString();
            })
        .toList();
  }

  /** @return all captured lines joined by new lines */
  public String text() {
    return String.join("\n", lines());
  }
}
