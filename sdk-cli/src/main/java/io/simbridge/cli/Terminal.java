package io.simbridge.cli;

import java.io.Console;

/**
 * The terminal a person may be sitting at. Progress is drawn and confirmations asked only when
 * one is attached, so that pipes and CI logs stay clean and scripts never hang on a prompt.
 */
interface Terminal {
  /** No terminal: scripts, pipes, CI. */
  Terminal NONE =
      new Terminal() {
        @Override
        public boolean attached() {
          return false;
        }

        @Override
        public String readLine(String prompt) {
          return null;
        }
      };

  /** @return whether a person can see progress and answer a prompt */
  boolean attached();

  /**
   * @param prompt the question
   * @return the answer, or null at end of input
   */
  String readLine(String prompt);

  /**
   * @return the process's console when it is a terminal ({@link System#console()}), else
   *     {@link #NONE}
   */
  // Before JDK 22 a null console is how a redirected process shows; isTerminal covers JDK 22 on.
  @SuppressWarnings("SystemConsoleNull")
  static Terminal system() {
    Console console = System.console();
    if (console == null || !isTerminal(console)) {
      return NONE;
    }
    return new Terminal() {
      @Override
      public boolean attached() {
        return true;
      }

      @Override
      public String readLine(String prompt) {
        return console.readLine("%s", prompt);
      }
    };
  }

  /**
   * From JDK 22 {@link System#console()} returns a console even when the streams are redirected,
   * and {@code Console.isTerminal()} tells them apart; before, a console meant a terminal.
   *
   * @param console the process's console
   * @return whether it is an interactive terminal
   */
  private static boolean isTerminal(Console console) {
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
