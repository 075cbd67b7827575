package io.simbridge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Runs the command line in-process with captured streams, a chosen environment and terminal. */
final class CliRun {
  static final ObjectMapper JSON = new ObjectMapper();

  final Map<String, String> env = new HashMap<>();
  final Properties system = new Properties();
  Terminal terminal = Terminal.NONE;
  String stdin = "";
  Sandbox sandbox;

  /** @param home a directory standing for the user's home, so no real profile file is read */
  CliRun(Path home) {
    system.setProperty("user.home", home.toString());
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Simbridge.run(
            new Io(
                new PrintWriter(out),
                new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                env,
                system,
                terminal),
            sandbox,
            args);
    return new Result(exit, out.toString(), err.toString());
  }

  /** A terminal that answers every prompt with {@code answer} and records the prompts. */
  static final class FakeTerminal implements Terminal {
    final List<String> prompts = new ArrayList<>();
    private final String answer;

    FakeTerminal(String answer) {
      this.answer = answer;
    }

    @Override
    public boolean attached() {
      return true;
    }

    @Override
    public String readLine(String prompt) {
      prompts.add(prompt);
      return answer;
    }
  }

  /**
   * @param exit the exit status
   * @param out  stdout
   * @param err  stderr
   */
  record Result(int exit, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (java.io.IOException e) {
        throw new AssertionError("not JSON: " + out, e);
      }
    }

    List<JsonNode> jsonLines() {
      return out.lines()
          .map(
              l -> {
                try {
                  return JSON.readTree(l);
                } catch (java.io.IOException e) {
                  throw new AssertionError("not a JSON line: " + l, e);
                }
              })
          .toList();
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
