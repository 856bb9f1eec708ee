/**
 * Demo network: seeds an empty database with a deterministic fictional network in the Hauts-de-France (a
 * regional cancer centre, two member hospitals, partners of every type, 12 months of stays, one user per role)
 * when the application starts with {@code --demo} or {@code hen.demo=true}.
 *
 * <p>The demo owns no table: it generates the network in memory and hands it to the modules' own bulk loaders
 * ({@code network.OrganisationBulkLoader}, {@code discharge.DischargeBulkLoader} for the discharge plans and
 * referrals, then {@code stays.StaysBulkLoader}, which publishes {@code StaysLoaded} so that the quality module
 * rebuilds its bed census) and creates the accounts through {@code platform.UserAccounts}, one per role and one
 * partner coordinator per partner. On PostgreSQL all of it runs in one transaction; on H2 without one, and a failure
 * undoes the load with the loaders' {@code clear()}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo network", allowedDependencies = {"platform", "network", "stays", "discharge"})
package fr.hen.demo;
