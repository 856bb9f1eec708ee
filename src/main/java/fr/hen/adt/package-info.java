/**
 * The hospital's HL7 v2 ADT feed over MLLP (PRODUCT.md §6): the listener, the message store with its replay, the
 * mapping of each event onto the stays module's published API (run as the feed's system actor), the integration
 * monitor and the {@code adt send} command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "ADT feed",
    allowedDependencies = {"platform", "platform :: spi", "network", "stays"})
package fr.hen.adt;
