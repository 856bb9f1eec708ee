package fr.hen.platform.notify;

import fr.hen.platform.HenUser;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.PageSlice;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's notifications: the page (newest first, 20 a page), opening one (marks it read, then its
 * link), marking one or all read, and the live stream of the header's bell.
 */
@Controller
class NotificationController {

  static final int PAGE_SIZE = 20;

  private final JdbcNotifications notifications;
  private final NotificationStream stream;

  NotificationController(JdbcNotifications notifications, NotificationStream stream) {
    this.notifications = notifications;
    this.stream = stream;
  }

  @GetMapping("/notifications")
  String page(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) Integer page, Locale locale,
      Model model) {
    model.addAttribute("notifications", notifications.page(user.id(), PageSlice.clampPage(page), PAGE_SIZE,
        locale));
    return "platform/notifications";
  }

  @GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  SseEmitter stream(@AuthenticationPrincipal HenUser user, Locale locale) {
    return stream.open(user.id(), locale, notifications.unreadCount(user.id()));
  }

  @PostMapping("/notifications/{id}/open")
  String open(@AuthenticationPrincipal HenUser user, @PathVariable long id) {
    String link = notifications.linkOf(user.id(), id).orElseThrow(() -> new NotFoundException("Notification", id));
    notifications.markRead(user.id(), id);
    return "redirect:" + (link.isEmpty() ? "/notifications" : link);
  }

  @PostMapping("/notifications/{id}/read")
  String markRead(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @RequestParam(required = false) Integer page, RedirectAttributes redirect) {
    if (!notifications.markRead(user.id(), id)) {
      throw new NotFoundException("Notification", id);
    }
    redirect.addFlashAttribute("message", "notify.marked");
    return "redirect:/notifications" + (page == null || page <= 0 ? "" : "?page=" + page);
  }

  @PostMapping("/notifications/read-all")
  String markAllRead(@AuthenticationPrincipal HenUser user, RedirectAttributes redirect) {
    notifications.markAllRead(user.id());
    redirect.addFlashAttribute("message", "notify.marked.all");
    return "redirect:/notifications";
  }
}
