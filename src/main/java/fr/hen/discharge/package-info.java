/**
 * Discharge coordination with partners (PRODUCT.md §3): the discharge plan of every stay with the history of its
 * changes, partner matching, referrals and their lifecycle, the partner portal, the discharge worklist and its
 * figures. Reads stays through {@code stays.StayRoster}, {@code stays.StayFacts} and the stays events, partners
 * through the network directory; publishes {@link fr.hen.discharge.ReferralStatusChanged} and
 * {@link fr.hen.discharge.ReferralMessagePosted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discharge coordination",
    allowedDependencies = {"platform", "platform :: spi", "network", "stays"})
package fr.hen.discharge;
