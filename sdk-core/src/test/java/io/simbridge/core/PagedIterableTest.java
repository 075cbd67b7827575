package io.simbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.MalformedResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedIterableTest {
  private final List<Integer> fetched = new ArrayList<>();

  /** Three pages of two items, 1 to 6. */
  private PagedIterable<Integer> threePages() {
    return PagedIterable.of(
        n -> {
          fetched.add(n);
          List<Integer> items = IntStream.rangeClosed(n * 2 - 1, n * 2).boxed().toList();
          return new Page<>(items, n, 2, OptionalLong.of(6), n < 3);
        });
  }

  @Test
  void nothingIsFetchedUntilConsumed() {
    PagedIterable<Integer> all = threePages();
    var stream = all.stream().map(i -> i * 10);

    assertThat(fetched).isEmpty();
    assertThat(stream.findFirst()).contains(10);
    assertThat(fetched).containsExactly(1);
  }

  @Test
  void aPageIsFetchedOnlyWhenTheOneBeforeIsConsumed() {
    List<Integer> firstThree = threePages().stream().limit(3).toList();

    assertThat(firstThree).containsExactly(1, 2, 3);
    assertThat(fetched).containsExactly(1, 2);
  }

  @Test
  void everyPageIsReadWhenEverythingIsConsumed() {
    assertThat(threePages().stream().collect(Collectors.toList()))
        .containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(fetched).containsExactly(1, 2, 3);
  }

  @Test
  void iterationsStartAgainFromTheFirstPage() {
    PagedIterable<Integer> all = threePages();
    all.iterator().next();
    all.iterator().next();

    assertThat(fetched).containsExactly(1, 1);
  }

  @Test
  void anEmptyPageEndsTheListEvenIfItClaimsMore() {
    PagedIterable<String> odd =
        PagedIterable.of(
            n -> {
              fetched.add(n);
              return new Page<>(List.of(), n, 10, OptionalLong.empty(), true);
            });

    assertThat(odd.stream().count()).isZero();
    assertThat(fetched).containsExactly(1);
  }

  @Test
  void byPageAndMapAreLazyToo() {
    PagedIterable<String> labels = threePages().map(i -> "#" + i);
    var pages = labels.byPage().iterator();

    assertThat(fetched).isEmpty();
    Page<String> first = pages.next();
    assertThat(first.items()).containsExactly("#1", "#2");
    assertThat(first.totalItems()).hasValue(6);
    assertThat(fetched).containsExactly(1);
  }

  // ---- issue 14 section 3: a list that keeps answering the same page ----

  /** Serves the pages given, by number; past them, the last one again, always claiming more. */
  private PagedIterable<Integer> serving(List<List<Integer>> pages) {
    return PagedIterable.of(
        ErrorDetails.of("acme", "simList"),
        n -> {
          fetched.add(n);
          if (fetched.size() > 1_000) {
            throw new AssertionError("still fetching after 1,000 pages");
          }
          return new Page<>(
              pages.get(Math.min(n, pages.size()) - 1), n, 2, OptionalLong.empty(), true);
        });
  }

  @Test
  void aProviderThatIgnoresThePageNumberEndsPromptlyWithATypedError() {
    PagedIterable<Integer> same = serving(List.of(List.of(1, 2)));
    List<Integer> read = new ArrayList<>();

    assertThatThrownBy(() -> same.forEach(read::add))
        .isInstanceOfSatisfying(
            MalformedResponseException.class,
            e -> {
              assertThat(e.provider()).isEqualTo("acme");
              assertThat(e.operation()).isEqualTo("simList");
            })
        .hasMessageContaining("page 2 repeats page 1");
    assertThat(read).containsExactly(1, 2);
    assertThat(fetched).containsExactly(1, 2);
  }

  @Test
  void pagesThatLoopBackToAnEarlierPageEndToo() {
    PagedIterable<Integer> loop = serving(List.of(List.of(1, 2), List.of(3, 4), List.of(1, 2)));

    assertThatThrownBy(() -> loop.stream().count())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("page 3 repeats page 1");
    assertThat(fetched).containsExactly(1, 2, 3);
  }

  @Test
  void aPageThatBringsNothingNewEndsTheList() {
    PagedIterable<Integer> stale = serving(List.of(List.of(1, 2), List.of(2)));

    assertThatThrownBy(() -> stale.stream().count())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("page 2 repeats page 1");
    assertThat(fetched).containsExactly(1, 2);
  }

  @Test
  void theCheckSeesTheProvidersItemsNotTheMappedOnes() {
    // Distinct items that map to the same label are not a repeat.
    PagedIterable<String> labels = threePages().map(i -> "same");

    assertThat(labels.stream().count()).isEqualTo(6);
    assertThatThrownBy(() -> serving(List.of(List.of(1, 2))).map(i -> "#" + i).stream().count())
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void pagesOfIdenticalItemsAreNotTakenForRepeats() {
    // Two identical CDRs are possible; such a page cannot be told from its repetition, so it
    // passes.
    PagedIterable<Integer> same =
        PagedIterable.of(
            n -> {
              fetched.add(n);
              return new Page<>(List.of(7, 7), n, 2, OptionalLong.empty(), n < 3);
            });

    assertThat(same.stream().count()).isEqualTo(6);
    assertThat(fetched).containsExactly(1, 2, 3);
  }
}
