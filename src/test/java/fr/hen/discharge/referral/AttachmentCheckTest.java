package fr.hen.discharge.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.platform.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The type of an attachment is read from its content; its name is made safe and must agree with that type. */
class AttachmentCheckTest {

  static final byte[] PDF = "%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0};
  static final byte[] ELF = {0x7F, 'E', 'L', 'F', 2};

  @Test
  void typeOf_readsTheMagicBytes() {
    assertThat(AttachmentCheck.typeOf(PDF)).isEqualTo("application/pdf");
    assertThat(AttachmentCheck.typeOf(PNG)).isEqualTo("image/png");
    assertThat(AttachmentCheck.typeOf(JPEG)).isEqualTo("image/jpeg");
    assertThat(AttachmentCheck.typeOf(EXE)).isNull();
    assertThat(AttachmentCheck.typeOf(ELF)).isNull();
    assertThat(AttachmentCheck.typeOf("%PD".getBytes(StandardCharsets.US_ASCII))).isNull();
    assertThat(AttachmentCheck.typeOf("<html>".getBytes(StandardCharsets.US_ASCII))).isNull();
  }

  @Test
  void check_acceptsEachTypeUnderItsNames() {
    assertThat(AttachmentCheck.check("cr.pdf", PDF).contentType()).isEqualTo("application/pdf");
    assertThat(AttachmentCheck.check("radio.PNG", PNG).contentType()).isEqualTo("image/png");
    assertThat(AttachmentCheck.check("photo.jpeg", JPEG).contentType()).isEqualTo("image/jpeg");
    assertThat(AttachmentCheck.check("photo.jpg", JPEG).sha256()).hasSize(64);
  }

  @Test
  void check_refusesADisguisedFile() {
    assertThatThrownBy(() -> AttachmentCheck.check("cr.pdf", PNG)).isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("image/png");
    assertThatThrownBy(() -> AttachmentCheck.check("cr.pdf", EXE)).isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> AttachmentCheck.check("radio.png", PDF)).isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> AttachmentCheck.check("cr.exe", PDF)).isInstanceOf(InvalidFieldException.class);
  }

  @Test
  void check_refusesEmptyAndOversizeFiles() {
    assertThatThrownBy(() -> AttachmentCheck.check("a.pdf", new byte[0])).isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> AttachmentCheck.check("a.pdf", Arrays.copyOf(PDF, AttachmentCheck.MAX_BYTES + 1)))
        .isInstanceOf(AttachmentCheck.TooLarge.class);
    assertThat(AttachmentCheck.check("a.pdf", Arrays.copyOf(PDF, AttachmentCheck.MAX_BYTES)).content())
        .hasSize(AttachmentCheck.MAX_BYTES);
  }

  @Test
  void safeName_dropsPathsAccentsAndMarkup_andKeepsTheExtension() {
    assertThat(AttachmentCheck.safeName("C:\\Users\\x\\Lettre de sortie.pdf", "application/pdf"))
        .isEqualTo("Lettre_de_sortie.pdf");
    assertThat(AttachmentCheck.safeName("../../etc/passwd", "application/pdf")).isEqualTo("passwd.pdf");
    assertThat(AttachmentCheck.safeName("<script>é.png", "image/png")).isEqualTo("script_e.png");
    assertThat(AttachmentCheck.safeName(null, "image/jpeg")).isEqualTo("piece-jointe.jpeg");
    assertThat(AttachmentCheck.safeName("...", "application/pdf")).isEqualTo("piece-jointe.pdf");
    assertThat(AttachmentCheck.safeName(".hidden.pdf", "application/pdf")).isEqualTo("hidden.pdf");
    String longName = AttachmentCheck.safeName("a".repeat(300) + ".pdf", "application/pdf");
    assertThat(longName).hasSize(AttachmentCheck.MAX_NAME).endsWith(".pdf");
  }
}
