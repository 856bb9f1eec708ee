package fr.hen.discharge.matching;

import fr.hen.discharge.matching.MatchRules.Availability;
import fr.hen.network.OrganisationProfile;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns ranked matches into the lines the API and the page show, reasons translated ({@code matching.reason.*}). */
@Component
class MatchViews {

  private final MessageSource messages;

  MatchViews(MessageSource messages) {
    this.messages = messages;
  }

  List<MatchLine> lines(List<PartnerMatch> matches) {
    Locale locale = LocaleContextHolder.getLocale();
    return matches.stream().map(m -> line(m, locale)).toList();
  }

  MatchLine line(PartnerMatch match, Locale locale) {
    OrganisationProfile partner = match.partner();
    PartnerStats stats = match.stats();
    boolean known = stats.answered() >= MatchRules.MIN_ANSWERS;
    Availability availability = match.places().availability();
    return new MatchLine(match.rank(), match.score(), partner.code(), partner.name(), partner.type(),
        partner.partnershipStatus(), partner.city(), match.places().free(), match.places().declaredAt(),
        availability, availability == Availability.FREE_STALE || availability == Availability.FULL_STALE,
        match.distanceKm(), match.territory(), partner.serviceRadiusKm(),
        known ? Math.round(stats.acceptanceRate() * 1000) / 1000.0 : null, stats.answered(),
        known && stats.medianAnswerHours() != null ? Math.round(stats.medianAnswerHours() * 10) / 10.0 : null,
        partner.answerDelayHours(), stats.recentRequests(), match.peerMedian(), match.underSolicited(),
        match.reasons().stream().map(r -> new MatchLine.Reason(r.code(), r.points(),
            messages.getMessage("matching.reason." + r.code(), r.args().toArray(), locale))).toList());
  }
}
