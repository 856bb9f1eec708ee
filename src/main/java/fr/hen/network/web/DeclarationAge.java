package fr.hen.network.web;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * How long ago capacity was declared, in the largest whole unit that reads well: {@code now} under a minute,
 * minutes under an hour, hours under two days, days beyond; {@code unit} completes the message key
 * {@code network.age.<unit>}.
 */
record DeclarationAge(long amount, String unit) {

  static DeclarationAge between(LocalDateTime declaredAt, LocalDateTime now) {
    long minutes = Math.max(0, Duration.between(declaredAt, now).toMinutes());
    if (minutes < 1) {
      return new DeclarationAge(0, "now");
    }
    if (minutes < 60) {
      return new DeclarationAge(minutes, "minutes");
    }
    long hours = minutes / 60;
    return hours < 48 ? new DeclarationAge(hours, "hours") : new DeclarationAge(hours / 24, "days");
  }
}
