package fr.hen.stays.stay;

import fr.hen.platform.Visible;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Who is admitted: the hospital's medical record number (MRN) and the identity it must match. */
public record PatientIdentity(
    @NotBlank @Size(max = 32) @Visible String mrn,
    @NotBlank @Size(max = 100) @Visible String familyName,
    @NotBlank @Size(max = 100) @Visible String givenName,
    @NotNull @Past LocalDate birthDate,
    @NotNull Sex sex) {

  /** The same identity with surrounding blanks removed. */
  PatientIdentity trimmed() {
    return new PatientIdentity(mrn.trim(), familyName.trim(), givenName.trim(), birthDate, sex);
  }
}
