package fr.hen.platform.notify;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live channels of signed-in users (server-sent events): one {@link SseEmitter} per open page, kept per user
 * until it completes, times out or fails to send (then dropped). {@link #push} sends an event {@code notification}
 * (JSON: {@code unread}, {@code text}, {@code link}) to every page of a user, in the language of that page; a
 * comment line every {@code hen.notifications.heartbeat} keeps proxies from closing idle connections and finds
 * dead ones.
 */
@Component
class NotificationStream {

  record Channel(SseEmitter emitter, Locale locale) {}

  /** What to tell a user: the unread count and, per language, the text of the new notification. */
  interface Event {
    long unread();

    String text(Locale locale);

    String link();
  }

  private final Map<Long, List<Channel>> channels = new ConcurrentHashMap<>();
  private final Duration timeout;

  NotificationStream(@Value("${hen.notifications.stream-timeout:30m}") Duration timeout) {
    this.timeout = timeout;
  }

  SseEmitter open(long userId, Locale locale, long unread) {
    SseEmitter emitter = new SseEmitter(timeout.toMillis());
    Channel channel = new Channel(emitter, locale);
    channels.computeIfAbsent(userId, id -> new CopyOnWriteArrayList<>()).add(channel);
    Runnable drop = () -> drop(userId, channel);
    emitter.onCompletion(drop);
    emitter.onTimeout(drop);
    emitter.onError(e -> drop.run());
    send(userId, channel, SseEmitter.event().name("unread").data(Map.of("unread", unread),
        MediaType.APPLICATION_JSON));
    return emitter;
  }

  void push(long userId, Event event) {
    for (Channel channel : channels.getOrDefault(userId, List.of())) {
      send(userId, channel, SseEmitter.event().name("notification").data(Map.of("unread", event.unread(),
          "text", event.text(channel.locale()), "link", event.link() == null ? "" : event.link()),
          MediaType.APPLICATION_JSON));
    }
  }

  /** Tells every page of a user the new unread count (after marking read). */
  void pushCount(long userId, long unread) {
    for (Channel channel : channels.getOrDefault(userId, List.of())) {
      send(userId, channel, SseEmitter.event().name("unread").data(Map.of("unread", unread),
          MediaType.APPLICATION_JSON));
    }
  }

  @Scheduled(fixedDelayString = "${hen.notifications.heartbeat:25s}",
      initialDelayString = "${hen.notifications.heartbeat:25s}")
  void heartbeat() {
    channels.forEach((userId, list) -> list.forEach(channel ->
        send(userId, channel, SseEmitter.event().comment("heartbeat"))));
  }

  /** Open channels of a user (tests, diagnostics). */
  int open(long userId) {
    return channels.getOrDefault(userId, List.of()).size();
  }

  private void send(long userId, Channel channel, SseEmitter.SseEventBuilder event) {
    try {
      channel.emitter().send(event);
    } catch (IOException | IllegalStateException e) {
      drop(userId, channel);
      try {
        channel.emitter().completeWithError(e);
      } catch (RuntimeException alreadyDone) {
        // the emitter was already completed: nothing more to close
      }
    }
  }

  private void drop(long userId, Channel channel) {
    channels.computeIfPresent(userId, (id, list) -> {
      list.remove(channel);
      return list.isEmpty() ? null : list;
    });
  }
}
