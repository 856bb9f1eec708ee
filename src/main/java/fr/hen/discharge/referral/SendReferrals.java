package fr.hen.discharge.referral;

import java.util.List;

/** One file sent to one or several partners: the stay, the partners' codes and the hospital's summary. */
public record SendReferrals(long stayId, List<String> partnerCodes, String summary) {

  public SendReferrals {
    partnerCodes = partnerCodes == null ? List.of() : java.util.Collections.unmodifiableList(
        new java.util.ArrayList<>(partnerCodes));
  }
}
