package fr.hen.platform.notify;

import fr.hen.platform.HenUser;
import fr.hen.platform.Notifications;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The bell of the layout's header: {@code ${@notificationBadge.unread()}}, one count query per page render (the
 * layout reads it once), 0 for anyone but a signed-in user.
 */
@Component("notificationBadge")
public class NotificationBadge {

  private final Notifications notifications;

  NotificationBadge(Notifications notifications) {
    this.notifications = notifications;
  }

  public long unread() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof HenUser user
        ? notifications.unreadCount(user.id()) : 0;
  }
}
