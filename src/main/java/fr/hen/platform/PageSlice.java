package fr.hen.platform;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the 0-based page number, the page size and the total count. */
public record PageSlice<T>(List<T> items, int page, int size, long total) {

  public static final int DEFAULT_SIZE = 25;
  public static final int MAX_SIZE = 200;

  @JsonProperty("total_pages")
  public int totalPages() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return page + 1 < totalPages();
  }

  public <R> PageSlice<R> map(Function<? super T, R> mapper) {
    return new PageSlice<>(items.stream().<R>map(mapper).toList(), page, size, total);
  }

  /** One page of a short list already in memory (tens of rows, e.g. the units of a hospital). */
  public static <T> PageSlice<T> of(List<T> all, int page, int size) {
    int from = (int) Math.min((long) page * size, all.size());
    return new PageSlice<>(List.copyOf(all.subList(from, Math.min(all.size(), from + size))), page, size,
        all.size());
  }

  /** Clamps a requested page size to 1..{@link #MAX_SIZE}. */
  public static int clampSize(Integer size) {
    return size == null ? DEFAULT_SIZE : Math.max(1, Math.min(MAX_SIZE, size));
  }

  public static int clampPage(Integer page) {
    return page == null ? 0 : Math.max(0, page);
  }
}
