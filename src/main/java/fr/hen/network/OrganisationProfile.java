package fr.hen.network;

import java.time.LocalDate;
import java.util.List;

/**
 * An organisation as the directory shows it: identity, address, coordinates, partnership, declared capacity per
 * capability and contacts; the territory it serves ({@code serviceRadiusKm} around its site, null when not
 * declared) and the date of its partnership agreement (null for a prospect); {@code distanceKm} is set only in searches
 * near a point.
 */
public record OrganisationProfile(long id, String code, String name, OrganisationType type, String finess,
    String address, String postcode, String city, Double latitude, Double longitude, String phone, String email,
    PartnershipStatus partnershipStatus, Integer answerDelayHours, Integer serviceRadiusKm, LocalDate agreementDate,
    boolean active, List<Capacity> capabilities, List<Contact> contacts, Double distanceKm) {

  OrganisationProfile withDistance(Double km) {
    return new OrganisationProfile(id, code, name, type, finess, address, postcode, city, latitude, longitude, phone,
        email, partnershipStatus, answerDelayHours, serviceRadiusKm, agreementDate, active, capabilities, contacts,
        km);
  }

  public boolean hasCoordinates() {
    return latitude != null && longitude != null;
  }
}
