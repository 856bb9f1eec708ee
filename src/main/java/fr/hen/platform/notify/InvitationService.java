package fr.hen.platform.notify;

import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.Invitations;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.OrganisationNames;
import fr.hen.platform.Role;
import fr.hen.platform.Text;
import fr.hen.platform.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: {@link #invite} (network coordinators, administrators) and, on the public page
 * {@code /invitations/{token}}, {@link #find} and {@link #accept}. A token is 32 random bytes (URL-safe Base64);
 * the table holds its SHA-256 only. A used, expired or unknown token is one and the same answer: nothing about the
 * invitation is shown.
 */
@Service
class InvitationService implements Invitations {

  /** The audit resource type of invitations (administration). */
  static final String RESOURCE = "Invitation";
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** An invitation that its token still opens: what the page shows. */
  record Open(long id, long organisationId, String organisationName, String email, String fullName,
      LocalDateTime expiresAt) {}

  private record Row(long id, long organisationId, String email, String fullName, String invitedBy,
      LocalDateTime createdAt, LocalDateTime expiresAt, LocalDateTime usedAt) {}

  /** The token no longer opens anything (used, expired or unknown). */
  static final class InvalidToken extends RuntimeException {
    InvalidToken() {
      super("This invitation link is not valid");
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;
  private final MailOutbox outbox;
  private final MessageSource messages;
  private final OrganisationNames organisations;
  private final UserAccounts accounts;
  private final AuditLog audit;
  private final Duration validFor;

  InvitationService(JdbcClient jdbc, Clock clock, MailOutbox outbox, MessageSource messages,
      OrganisationNames organisations, UserAccounts accounts, AuditLog audit,
      @Value("${hen.invitations.valid-for:72h}") Duration validFor) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.outbox = outbox;
    this.messages = messages;
    this.organisations = organisations;
    this.accounts = accounts;
    this.audit = audit;
    this.validFor = validFor;
  }

  @Override
  @Transactional
  @PreAuthorize("hasAnyRole('NETWORK_COORDINATOR', 'ADMIN')")
  public Invitation invite(Actor actor, long organisationId, String email, String fullName) {
    String address = email == null ? "" : email.trim();
    if (address.isEmpty() || address.length() > 200 || !EMAIL.matcher(address).matches()) {
      throw new InvalidFieldException("email", "A well-formed e-mail address of at most 200 characters");
    }
    String name = fullName == null ? "" : fullName.trim();
    if (name.isEmpty() || name.length() > 120 || !Text.isVisible(name)) {
      throw new InvalidFieldException("full_name", "A name of 1 to 120 characters, with a letter or a digit");
    }
    var organisation = organisations.find(organisationId)
        .orElseThrow(() -> new NotFoundException("Organisation", organisationId));
    String token = newToken();
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime expires = now.plus(validFor);
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO invitation (organisation_id, email, full_name, role, token_hash, invited_by, created_at,
                                    expires_at)
            VALUES (:org, :email, :name, :role, :hash, :by, :now, :expires)""")
        .param("org", organisationId).param("email", address).param("name", name)
        .param("role", Role.PARTNER_COORDINATOR.name()).param("hash", hash(token)).param("by", actor.name())
        .param("now", now).param("expires", expires).update(keys, "id");
    long id = keys.getKey().longValue();
    String link = outbox.settings().baseUrl() + "/invitations/" + token;
    Object[] args = {name, organisation.name(), link, WHEN.format(expires)};
    outbox.queue(address, messages.getMessage("invite.mail.subject", args, JdbcNotifications.MAIL_LOCALE),
        messages.getMessage("invite.mail.body", args, JdbcNotifications.MAIL_LOCALE), null);
    audit.record(actor, AuditAction.CREATE, RESOURCE, String.valueOf(id), null,
        "organisation=" + organisation.code() + "; email=" + address + "; role=PARTNER_COORDINATOR");
    return new Invitation(id, organisationId, address, name, actor.name(), now, expires);
  }

  @Override
  @Transactional(readOnly = true)
  public Invitation get(long id) {
    return jdbc.sql("""
            SELECT id, organisation_id, email, full_name, invited_by, created_at, expires_at FROM invitation
            WHERE id = :id""").param("id", id).query(Invitation.class).optional()
        .orElseThrow(() -> new NotFoundException("Invitation", id));
  }

  /** The invitation this token opens, if it is unused and not expired. */
  @Transactional(readOnly = true)
  Optional<Open> find(String token) {
    return row(token, false).filter(this::usable).map(this::open);
  }

  /**
   * Creates the invitee's account (enabled, {@code PARTNER_COORDINATOR} of the invitation's organisation) and uses
   * the token up, in one transaction; a taken username is a {@link ConflictException} (the token stays valid);
   * a used, expired or unknown token an {@link InvalidToken}.
   */
  @Transactional
  long accept(String token, String username, String password) {
    Row row = row(token, true).filter(this::usable).orElseThrow(InvalidToken::new);
    long userId = accounts.create(new UserAccounts.NewAccount(username, password, row.fullName(), row.email(),
        row.organisationId(), Set.of(Role.PARTNER_COORDINATOR)));
    int used = jdbc.sql("""
            UPDATE invitation SET used_at = :now, user_id = :user WHERE id = :id AND used_at IS NULL""")
        .param("now", LocalDateTime.now(clock)).param("user", userId).param("id", row.id()).update();
    if (used == 0) {
      throw new InvalidToken();
    }
    HenUser invitee = new HenUser(userId, username.trim(), null, row.fullName(), row.organisationId(),
        List.of(Role.PARTNER_COORDINATOR), true, false);
    String code = organisations.find(row.organisationId()).map(OrganisationNames.OrganisationRef::code)
        .orElse(String.valueOf(row.organisationId()));
    audit.record(invitee, AuditAction.CREATE, fr.hen.platform.AuditLog.ACCOUNT, username.trim(), null,
        "organisation=" + code + "; roles=PARTNER_COORDINATOR; by invitation " + row.id() + " of "
            + row.invitedBy());
    return userId;
  }

  private boolean usable(Row row) {
    return row.usedAt() == null && row.expiresAt().isAfter(LocalDateTime.now(clock));
  }

  private Open open(Row row) {
    String organisation = organisations.find(row.organisationId()).map(OrganisationNames.OrganisationRef::name)
        .orElse("");
    return new Open(row.id(), row.organisationId(), organisation, row.email(), row.fullName(), row.expiresAt());
  }

  private Optional<Row> row(String token, boolean lock) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    return jdbc.sql("""
            SELECT id, organisation_id, email, full_name, invited_by, created_at, expires_at, used_at
            FROM invitation WHERE token_hash = :hash""" + (lock ? " FOR UPDATE" : ""))
        .param("hash", hash(token)).query(Row.class).optional();
  }

  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
