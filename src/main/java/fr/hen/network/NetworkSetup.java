package fr.hen.network;

import fr.hen.platform.FirstRun;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.Role;
import fr.hen.platform.SystemActor;
import fr.hen.platform.UserAccounts;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The set-up of a new installation: the first organisation and its first administrator (with {@code ADMIN} and
 * {@code PLATFORM_ADMIN}), in one transaction, allowed once and only with the one-time code of {@link FirstRun}
 * (nobody is signed in yet to authorise it).
 */
@Service
public class NetworkSetup {

  private static final Logger log = LoggerFactory.getLogger(NetworkSetup.class);

  /** Who creates the first organisation in the audit log: nobody is signed in yet. */
  static final SystemActor SETUP = SystemActor.of("setup");

  /** The first administrator: the username, password and names of a new account. */
  public record Administrator(String username, String password, String fullName, String email) {}

  private final FirstRun firstRun;
  private final OrganisationDirectory directory;
  private final UserAccounts accounts;
  private final TransactionTemplate transactions;

  NetworkSetup(FirstRun firstRun, OrganisationDirectory directory, UserAccounts accounts,
      TransactionTemplate transactions) {
    this.firstRun = firstRun;
    this.directory = directory;
    this.accounts = accounts;
    this.transactions = transactions;
  }

  /** Whether the installation still waits for its set-up. */
  public boolean pending() {
    return firstRun.pending();
  }

  /**
   * Creates the organisation (already validated) and its administrator, then closes the set-up. A wrong code is an
   * {@link InvalidFieldException} on {@code setupCode}. Serialised: two browsers cannot both set up the network.
   */
  public synchronized OrganisationProfile complete(String setupCode, OrganisationData organisation,
      Administrator administrator) {
    if (!firstRun.accepts(setupCode)) {
      throw new InvalidFieldException("setupCode", "Wrong or expired set-up code");
    }
    OrganisationProfile created = transactions.execute(status -> {
      if (!accounts.isEmpty()) {
        throw new InvalidFieldException("setupCode", "The set-up is already done");
      }
      OrganisationProfile profile = directory.onboard(SETUP, organisation);
      // The installer is the platform's administrator: they alone can then create other organisations' accounts.
      accounts.create(new UserAccounts.NewAccount(administrator.username(), administrator.password(),
          administrator.fullName(), administrator.email(), profile.id(), EnumSet.of(Role.ADMIN,
          Role.PLATFORM_ADMIN)));
      return profile;
    });
    firstRun.completed();
    log.info("Set-up done: organisation {} and administrator {} created.", created.code(), administrator.username());
    return created;
  }
}
