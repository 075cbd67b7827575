package io.simbridge.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.observe.CallListener;
import io.simbridge.core.observe.CallStarted;
import io.simbridge.core.time.ManualClock;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.testkit.EmulatorFault;
import io.simbridge.testkit.freebit.FreebitEmulator;
import io.simbridge.testkit.horisen.HorisenEmulator;
import io.simbridge.testkit.m2miportal.M2mIportalEmulator;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import io.simbridge.thingsmobile.ThingsMobileClient;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, sdk-opentelemetry: the span of each call, fed by real calls to the test-kit emulators,
 * with the semantic-convention attributes and events it promises and nothing secret.
 */
class OpenTelemetryCallListenerTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-06-01T08:00:00Z"));
  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final SdkTracerProvider tracerProvider =
      SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
  private final OpenTelemetrySdk otel =
      OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build();
  private final OpenTelemetryCallListener listener = new OpenTelemetryCallListener(otel);
  private ThingsMobileEmulator things;

  @BeforeEach
  void start() {
    things = ThingsMobileEmulator.builder().clock(clock).generatedSims(3).build().start();
  }

  @AfterEach
  void stop() {
    things.stop();
    tracerProvider.close();
  }

  private ThingsMobileClient.Builder thingsMobile() {
    return ThingsMobileClient.builder()
        .baseUrl(things.baseUrl())
        .username(ThingsMobileEmulator.USERNAME)
        .token(ThingsMobileEmulator.TOKEN)
        .clock(clock)
        .sleeper(clock)
        .addListener(listener);
  }

  private SpanData only() {
    assertThat(exporter.getFinishedSpanItems()).hasSize(1);
    return exporter.getFinishedSpanItems().get(0);
  }

  private static List<String> eventNames(SpanData span) {
    return span.getEvents().stream().map(EventData::getName).toList();
  }

  @Test
  void aCallIsOneClientSpanNamedAfterItsOperationWithHttpSemanticConventions() {
    thingsMobile().build().asSimProvider().state(SimRef.msisdn(ThingsMobileEmulator.MSISDN_OK));

    SpanData span = only();
    assertThat(span.getName()).isEqualTo("simStatus");
    assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
    Attributes a = span.getAttributes();
    assertThat(a.get(AttributeKey.stringKey("http.request.method"))).isEqualTo("POST");
    assertThat(a.get(AttributeKey.stringKey("server.address"))).isIn("127.0.0.1", "localhost");
    assertThat(a.get(AttributeKey.longKey("server.port"))).isPositive();
    assertThat(a.get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200);
    assertThat(a.get(AttributeKey.stringKey("simbridge.provider"))).isEqualTo("thingsmobile");
    assertThat(a.get(AttributeKey.stringKey("simbridge.operation"))).isEqualTo("simStatus");
    assertThat(a.get(AttributeKey.longKey("simbridge.attempts"))).isEqualTo(1);
    assertThat(a.get(AttributeKey.stringKey("simbridge.outcome"))).isEqualTo("success");
    assertThat(a.get(AttributeKey.stringKey("error.type"))).isNull();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  @SuppressWarnings("try") // the scope is held for the block, which never reads it
  void theSpanIsAChildOfTheCallersCurrentSpan() {
    Span parent = otel.getTracer("test").spanBuilder("caller").startSpan();
    try (Scope ignored = parent.makeCurrent()) {
      thingsMobile().build().asSimProvider().state(SimRef.msisdn(ThingsMobileEmulator.MSISDN_OK));
    } finally {
      parent.end();
    }

    SpanData call =
        exporter.getFinishedSpanItems().stream()
            .filter(s -> s.getName().equals("simStatus"))
            .findFirst()
            .orElseThrow();
    assertThat(call.getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
    assertThat(call.getTraceId()).isEqualTo(parent.getSpanContext().getTraceId());
  }

  @Test
  void aFailedCallMarksTheSpanAsAnErrorWithItsType() {
    assertThatThrownBy(
            () ->
                thingsMobile()
                    .build()
                    .asSimProvider()
                    .state(SimRef.msisdn(ThingsMobileEmulator.MSISDN_NOT_FOUND)))
        .isInstanceOf(NotFoundException.class);

    SpanData span = only();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type")))
        .isEqualTo("NotFoundException");
    assertThat(span.getAttributes().get(AttributeKey.stringKey("simbridge.outcome")))
        .isEqualTo("failed");
  }

  @Test
  void anAmbiguousWriteIsAnErrorSpanWithOutcomeAmbiguous() {
    things.faults().inject("blockSim", EmulatorFault.connectionReset());

    assertThatThrownBy(
            () ->
                thingsMobile()
                    .build()
                    .asSimProvider()
                    .suspend(SimRef.msisdn(ThingsMobileEmulator.MSISDN_OK)))
        .isInstanceOf(AmbiguousOutcomeException.class);

    SpanData span = only();
    assertThat(span.getName()).isEqualTo("blockSim");
    assertThat(span.getAttributes().get(AttributeKey.stringKey("simbridge.outcome")))
        .isEqualTo("ambiguous");
    assertThat(span.getAttributes().get(AttributeKey.stringKey("simbridge.operation.kind")))
        .isEqualTo("write");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  @Test
  void callLimitWaitsRateLimitAnswersAndRetriesAreSpanEvents() {
    SimProvider limited = thingsMobile().build().asSimProvider();
    limited.state(SimRef.msisdn(ThingsMobileEmulator.MSISDN_OK));
    limited.state(SimRef.msisdn(ThingsMobileEmulator.MSISDN_OK));
    SimProvider tooEager =
        thingsMobile()
            .callInterval(ThingsMobileOperation.SIM_STATUS, Duration.ZERO)
            .build()
            .asSimProvider();
    tooEager.state(SimRef.msisdn(ThingsMobileEmulator.MSISDN_OK));

    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertThat(spans).hasSize(3);
    EventData wait = spans.get(1).getEvents().get(0);
    assertThat(wait.getName()).isEqualTo(OpenTelemetryCallListener.CALL_LIMIT_WAIT);
    assertThat(wait.getAttributes().get(AttributeKey.longKey("simbridge.wait_ms"))).isEqualTo(5000);
    assertThat(wait.getAttributes().get(AttributeKey.longKey("simbridge.interval_ms")))
        .isEqualTo(5000);
    SpanData retried = spans.get(2);
    assertThat(eventNames(retried))
        .containsExactly(OpenTelemetryCallListener.RATE_LIMITED, OpenTelemetryCallListener.RETRY);
    assertThat(retried.getAttributes().get(AttributeKey.longKey("simbridge.attempts")))
        .isEqualTo(2);
    assertThat(retried.getAttributes().get(AttributeKey.longKey("http.request.resend_count")))
        .isEqualTo(1);
    assertThat(retried.getEvents().get(1).getAttributes().get(AttributeKey.stringKey("error.type")))
        .isEqualTo("RateLimitedException");
  }

  @Test
  @SuppressWarnings("try") // the scope is held for the block, which never reads it
  void aTokenRenewalIsAnEventOnTheCallersSpanWithoutTheToken() {
    HorisenEmulator horisen = HorisenEmulator.builder().clock(clock).reportRows(5).build().start();
    Span parent = otel.getTracer("test").spanBuilder("caller").startSpan();
    try (Scope ignored = parent.makeCurrent()) {
      assertThat(
              HorisenClient.builder()
                  .baseUrl(horisen.baseUrl() + "/bulk/traffic-report/v2")
                  .tokenUrl(horisen.tokenUrl())
                  .clientCredentials(HorisenEmulator.CLIENT_ID, HorisenEmulator.CLIENT_SECRET)
                  .clock(clock)
                  .sleeper(clock)
                  .addListener(listener)
                  .build()
                  .asSimProvider()
                  .customerTraffic(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 3))
                  .stream()
                  .count())
          .isEqualTo(5);
    } finally {
      parent.end();
      horisen.stop();
    }

    SpanData caller =
        exporter.getFinishedSpanItems().stream()
            .filter(s -> s.getName().equals("caller"))
            .findFirst()
            .orElseThrow();
    EventData renewed = caller.getEvents().get(0);
    assertThat(renewed.getName()).isEqualTo(OpenTelemetryCallListener.TOKEN_RENEWED);
    assertThat(renewed.getAttributes().get(AttributeKey.stringKey("simbridge.provider")))
        .isEqualTo("horisen");
    assertThat(renewed.getAttributes().get(AttributeKey.stringKey("simbridge.reason")))
        .isEqualTo("first");
    assertThat(exporter.getFinishedSpanItems())
        .extracting(SpanData::getName)
        .contains("oauth2AccessToken", "customerTrafficReports");
    assertThat(exporter.getFinishedSpanItems().toString())
        .doesNotContain(HorisenEmulator.CLIENT_SECRET);
  }

  @Test
  void aListenerThatThrowsBeforeThisOneDoesNotCostTheSpan() {
    CallListener broken =
        new CallListener() {
          @Override
          public void callStarted(CallStarted event) {
            throw new IllegalStateException("broken listener");
          }
        };
    ThingsMobileClient client =
        ThingsMobileClient.builder()
            .baseUrl(things.baseUrl())
            .username(ThingsMobileEmulator.USERNAME)
            .token(ThingsMobileEmulator.TOKEN)
            .clock(clock)
            .sleeper(clock)
            .addListener(broken)
            .addListener(listener)
            .build();

    assertThat(client.asSimProvider().state(SimRef.msisdn(ThingsMobileEmulator.MSISDN_OK)))
        .isNotNull();
    assertThat(only().getName()).isEqualTo("simStatus");
  }

  @Test
  void noSpanAttributeOrEventHoldsASecretOrASimIdentifier() {
    M2mIportalEmulator m2m =
        M2mIportalEmulator.builder().clock(clock).generatedSims(3).build().start();
    FreebitEmulator freebit =
        FreebitEmulator.builder().clock(clock).phoneNumbers(3).build().start();
    List<String> forbidden =
        new ArrayList<>(
            List.of(
                ThingsMobileEmulator.TOKEN,
                ThingsMobileEmulator.USERNAME,
                M2mIportalEmulator.USERNAME,
                M2mIportalEmulator.PASSWORD,
                M2mIportalEmulator.API_ID,
                FreebitEmulator.OEM_ID,
                FreebitEmulator.OEM_KEY));
    try {
      SimProvider tm =
          thingsMobile()
              .callInterval(ThingsMobileOperation.SIM_STATUS, Duration.ZERO)
              .build()
              .asSimProvider();
      SimProvider mp =
          M2mIportalClient.builder()
              .baseUrl(m2m.baseUrl())
              .username(M2mIportalEmulator.USERNAME)
              .password(M2mIportalEmulator.PASSWORD)
              .apiId(M2mIportalEmulator.API_ID)
              .clock(clock)
              .sleeper(clock)
              .addListener(listener)
              .build()
              .asSimProvider();
      SimProvider fb =
          FreebitClient.builder()
              .baseUrl(freebit.baseUrl())
              .oemCredentials(FreebitEmulator.OEM_ID, FreebitEmulator.OEM_KEY)
              .clock(clock)
              .sleeper(clock)
              .addListener(listener)
              .build()
              .asSimProvider();
      for (String msisdn : things.generatedMsisdns()) {
        forbidden.add(msisdn);
        forbidden.add(things.iccidOf(msisdn));
        quietly(() -> tm.state(SimRef.msisdn(msisdn)));
        quietly(() -> tm.suspend(SimRef.msisdn(msisdn)));
      }
      for (String iccid : m2m.iccids()) {
        forbidden.add(iccid);
        quietly(() -> mp.state(SimRef.iccid(iccid)));
      }
      for (String number : freebit.phoneNumbers()) {
        forbidden.add(number);
        forbidden.add("81" + number.substring(1));
        quietly(() -> fb.usageNow(SimRef.msisdn("81" + number.substring(1))));
      }
    } finally {
      m2m.stop();
      freebit.stop();
    }

    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertThat(spans)
        .extracting(s -> s.getAttributes().get(AttributeKey.stringKey("simbridge.provider")))
        .contains("thingsmobile", "m2miportal", "freebit");
    List<String> recorded = new ArrayList<>();
    for (SpanData s : spans) {
      recorded.add(s.getName());
      recorded.add(s.getStatus().getDescription());
      s.getAttributes().forEach((k, v) -> recorded.add(k.getKey() + "=" + v));
      s.getEvents()
          .forEach(
              e -> {
                recorded.add(e.getName());
                e.getAttributes().forEach((k, v) -> recorded.add(k.getKey() + "=" + v));
              });
    }
    assertThat(recorded)
        .allSatisfy(
            value -> {
              assertThat(value).doesNotContainPattern("\\d{6,}");
              forbidden.forEach(secret -> assertThat(value).doesNotContain(secret));
            });
  }

  private static void quietly(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException expected) {
      // Failed calls make spans too; they are scanned like the others.
    }
  }
}
