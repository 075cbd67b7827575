package io.simbridge.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, section 2 "Secrets that leak": secrets forgotten after many renewals, overlapping
 * secrets partly shown, secrets cut before they were hidden, and secrets in the other spellings
 * a provider or a proxy produces.
 */
class SecretLeaksTest {
  private static final String CLIENT_SECRET = "cs-9f8e7d6c5b4a";
  private static final String SECRET = "Sé cr+t/é€💡&<x>";

  @Test
  void aConfiguredSecretIsNeverForgottenHoweverManyTokensFollow() {
    Redactor r = Redactor.of(false);
    r.addSecret(CLIENT_SECRET);
    for (int i = 0; i < 3 * Redactor.MAX_RUNTIME_SECRETS; i++) {
      r.addTemporarySecret(String.format(Locale.ROOT, "token-%06d", i));
    }

    assertThat(r.redact("client_secret echoed: " + CLIENT_SECRET))
        .isEqualTo("client_secret echoed: ***");
    assertThat(r.redact("newest token-003071, oldest kept token-002048"))
        .isEqualTo("newest ***, oldest kept ***");
  }

  @Test
  void aRunTimeSecretRegisteredAgainStaysHidden() {
    Redactor r = Redactor.of(false);
    r.addTemporarySecret("supplied-token-0");
    for (int i = 1; i < 2 * Redactor.MAX_RUNTIME_SECRETS; i++) {
      r.addTemporarySecret("other-token-" + i);
      r.addTemporarySecret("supplied-token-0");
    }

    assertThat(r.redact("bad token supplied-token-0")).isEqualTo("bad token ***");
  }

  @Test
  void aPasswordThatStartsWithTheUsernameIsNeverPartlyShown() {
    for (boolean usernameFirst : new boolean[] {true, false}) {
      Redactor r = Redactor.of(false);
      if (usernameFirst) {
        r.addSecret("acme-ops");
      }
      r.addSecret("acme-ops-Vault-2024!");
      r.addSecret("acme-ops");
      r.addSecret("Vault-2024!-x");

      assertThat(r.redact("user acme-ops password acme-ops-Vault-2024!-x."))
          .isEqualTo("user *** password ***.");
    }
  }

  @Test
  void aSecretIsHiddenInEverySpellingAndEveryMixOfThem() {
    Redactor r = Redactor.of(false);
    r.addSecret(SECRET);
    List<IntFunction<String>> spellings =
        List.of(
            cp -> Character.toString(cp),
            cp -> jsonEscape(cp, false),
            cp -> jsonEscape(cp, true),
            cp -> "&#" + cp + ";",
            cp -> "&#000" + cp + ";",
            cp -> "&#x" + Integer.toHexString(cp) + ";",
            cp -> "&#X" + Integer.toHexString(cp).toUpperCase(Locale.ROOT) + ";",
            cp -> percentUtf8(cp, false),
            cp -> percentUtf8(cp, true),
            cp -> cp == ' ' ? "+" : Character.toString(cp),
            cp ->
                cp == 'é'
                    ? "&eacute;"
                    : cp == '€'
                        ? "&euro;"
                        : cp == '/' ? "&sol;" : cp == '&' ? "&amp;" : "&#" + cp + ";",
            cp -> cp == 'é' ? "%E9" : cp == '/' ? "\\/" : Character.toString(cp));
    List<String> spelled = new ArrayList<>();
    for (IntFunction<String> spelling : spellings) {
      spelled.add(spell(spelling, spelling));
    }
    for (int a = 0; a < spellings.size(); a++) {
      spelled.add(spell(spellings.get(a), spellings.get((a + 5) % spellings.size())));
    }

    for (String form : spelled) {
      assertThat(r.redact("[" + form + "]")).as(form).isEqualTo("[***]");
    }
  }

  @Test
  void aSecretWhoseTextLooksLikeEscapesIsHiddenAsItIs() {
    Redactor r = Redactor.of(false);
    r.addSecret("ab%41c+d\\n&amp;");

    assertThat(r.redact("x ab%41c+d\\n&amp; y ab%2541c%2Bd%5Cn%26amp%3B z"))
        .isEqualTo("x *** y *** z");
  }

  @Test
  void aSecretCutAtTheEndOfTheShownTextLeavesNoPrefix() {
    Redactor r = Redactor.of(false);
    r.addSecret(CLIENT_SECRET);
    String body =
        "error: client_secret=".replace("client_secret", "cs") + CLIENT_SECRET + " rejected";
    for (int cut = 1; cut < body.length(); cut++) {
      String shown = r.cut(r.redact(body), cut);
      assertThat(shown).as("cut at " + cut).doesNotContain(CLIENT_SECRET.substring(0, 4));
      String head = r.redact(body.substring(0, cut), true);
      assertThat(head).as("head of " + cut).doesNotContain(CLIENT_SECRET.substring(0, 4));
    }
  }

  @Test
  void aSecretCutInsideAnEscapeOrBeforeAnEllipsisLeavesNoPrefix() {
    Redactor r = Redactor.of(false);
    r.addSecret("abcdéfgh");

    assertThat(r.redact("x abcd&#x", true)).isEqualTo("x ***");
    assertThat(r.redact("x abc\\u00", true)).isEqualTo("x ***");
    assertThat(r.redact("value 'abcdéf…' is not a number"))
        .isEqualTo("value '***…' is not a number");
    assertThat(r.redact("abc and abcdx and abcd", false)).isEqualTo("abc and abcdx and abcd");
  }

  private static String spell(IntFunction<String> even, IntFunction<String> odd) {
    StringBuilder sb = new StringBuilder();
    int[] cps = SECRET.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      sb.append((i % 2 == 0 ? even : odd).apply(cps[i]));
    }
    return sb.toString();
  }

  private static String jsonEscape(int cp, boolean upper) {
    StringBuilder sb = new StringBuilder();
    for (char c : Character.toChars(cp)) {
      String hex = String.format(Locale.ROOT, "%04x", (int) c);
      sb.append("\\u").append(upper ? hex.toUpperCase(Locale.ROOT) : hex);
    }
    return sb.toString();
  }

  private static String percentUtf8(int cp, boolean upper) {
    StringBuilder sb = new StringBuilder();
    for (byte b : Character.toString(cp).getBytes(StandardCharsets.UTF_8)) {
      String hex = String.format(Locale.ROOT, "%%%02x", b & 0xFF);
      sb.append(upper ? hex.toUpperCase(Locale.ROOT) : hex);
    }
    return sb.toString();
  }
}
