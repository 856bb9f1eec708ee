package fr.hen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageSliceTest {

  @Test
  void pageOfAListInMemory_hasItsItemsAndTheTotal() {
    PageSlice<String> second = PageSlice.of(List.of("a", "b", "c", "d", "e"), 1, 2);
    assertThat(second.items()).containsExactly("c", "d");
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.totalPages()).isEqualTo(3);
    assertThat(second.hasPrevious()).isTrue();
    assertThat(second.hasNext()).isTrue();
    assertThat(PageSlice.of(List.of("a", "b", "c", "d", "e"), 2, 2).items()).containsExactly("e");
    assertThat(PageSlice.of(List.of("a", "b", "c", "d", "e"), 2, 2).hasNext()).isFalse();
  }

  @Test
  void pageBeyondTheEnd_isEmpty_butKeepsTheTotal() {
    PageSlice<String> beyond = PageSlice.of(List.of("a", "b"), 7, 25);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(2);
    assertThat(PageSlice.of(List.of(), 0, 25).totalPages()).isZero();
  }

  @Test
  void requestedSizesAndPages_areClamped() {
    assertThat(PageSlice.clampSize(null)).isEqualTo(PageSlice.DEFAULT_SIZE);
    assertThat(PageSlice.clampSize(0)).isEqualTo(1);
    assertThat(PageSlice.clampSize(10_000)).isEqualTo(PageSlice.MAX_SIZE);
    assertThat(PageSlice.clampPage(-3)).isZero();
  }

  @Test
  void firstPage_hasNoPrevious_aLastPageNoNext() {
    PageSlice<String> first = PageSlice.of(List.of("a", "b", "c"), 0, 2);
    assertThat(first.hasPrevious()).isFalse();
    assertThat(first.hasNext()).isTrue();
    assertThat(PageSlice.of(List.of("a", "b"), 0, 2).hasNext()).isFalse();
  }

  @Test
  void aRequestedPage_isKept_aNegativeOrMissingOneIsTheFirst() {
    assertThat(PageSlice.clampPage(3)).isEqualTo(3);
    assertThat(PageSlice.clampPage(null)).isZero();
  }
}
