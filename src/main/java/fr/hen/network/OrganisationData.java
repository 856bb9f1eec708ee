package fr.hen.network;

import fr.hen.platform.Visible;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The editable fields of an organisation, to create or fully update it. {@code capabilities} null on update
 * keeps the declared capacity; {@code contacts} null means none. {@code serviceRadiusKm} is the territory a partner
 * serves around its site (null: not declared).
 */
public record OrganisationData(
    @NotBlank @Pattern(regexp = CODE, message = "{network.code.pattern}") String code,
    @NotNull OrganisationType type,
    @NotBlank @Size(max = 200) @Visible String name,
    @Pattern(regexp = "[0-9A-B]{9}", message = "{network.finess.pattern}") String finess,
    @Size(max = 200) String address,
    @Size(max = 10) String postcode,
    @NotBlank @Size(max = 100) String city,
    @DecimalMin("-90") @DecimalMax("90") Double latitude,
    @DecimalMin("-180") @DecimalMax("180") Double longitude,
    @Size(max = 30) @Pattern(regexp = PHONE, message = "{network.phone.pattern}") String phone,
    @Email @Size(max = 200) String email,
    @NotNull PartnershipStatus partnershipStatus,
    @PositiveOrZero Integer answerDelayHours,
    @Min(1) @Max(500) Integer serviceRadiusKm,
    List<@NotNull @Valid CapacityDeclaration> capabilities,
    List<@NotNull @Valid Contact> contacts) {

  /** Organisation codes: upper-case letters, digits, dash and underscore. */
  public static final String CODE = "[A-Z0-9_-]{2,32}";

  /** Phone numbers: digits, spaces, dots, dashes and parentheses, optionally a leading plus. */
  public static final String PHONE = "\\+?[0-9 .()-]{6,30}";
}
