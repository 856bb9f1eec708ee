package fr.hen.discharge.referral;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a referral file accepts as attachment: a PDF, PNG or JPEG of at most {@link #MAX_BYTES}, its type read from
 * its first bytes (never trusted from the name or the client's content type), its name agreeing with that type and
 * made safe (no path, no control or markup character).
 */
final class AttachmentCheck {

  static final int MAX_BYTES = 10 * 1024 * 1024;
  static final int MAX_NAME = 120;

  /** A file over {@link #MAX_BYTES}: HTTP 413. */
  static final class TooLarge extends RuntimeException {
    TooLarge(long size) {
      super("The file is " + size + " bytes; at most " + MAX_BYTES + " bytes (10 MB) are accepted");
    }
  }

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final Map<String, Set<String>> EXTENSIONS = Map.of(
      "application/pdf", Set.of("pdf"), "image/png", Set.of("png"), "image/jpeg", Set.of("jpg", "jpeg"));

  private AttachmentCheck() {}

  /** Checks the upload and gives what is stored, or refuses it (413 for the size, 422 naming {@code file}). */
  static CheckedUpload check(String originalName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new ReferralRefused("file", "file-empty", "the file is empty");
    }
    if (content.length > MAX_BYTES) {
      throw new TooLarge(content.length);
    }
    String type = typeOf(content);
    if (type == null) {
      throw new ReferralRefused("file", "file-type",
          "only PDF, PNG and JPEG files are accepted (checked on the content)");
    }
    String name = safeName(originalName, type);
    String extension = extension(name);
    if (!EXTENSIONS.get(type).contains(extension)) {
      throw new ReferralRefused("file", "file-disguised",
          "the name says ." + extension + " but the content is " + type, extension, type);
    }
    return new CheckedUpload(name, type, content, sha256(content));
  }

  /** The type the content's first bytes show, or null for anything else (an executable, a text…). */
  static String typeOf(byte[] content) {
    if (startsWith(content, PDF)) {
      return "application/pdf";
    }
    if (startsWith(content, PNG)) {
      return "image/png";
    }
    if (startsWith(content, JPEG)) {
      return "image/jpeg";
    }
    return null;
  }

  /**
   * The last segment of the name (no directories), accents stripped, every character but letters, digits, dot, dash
   * and underscore replaced by {@code _}, at most {@link #MAX_NAME} characters keeping the extension; a name left
   * empty becomes {@code piece-jointe.<ext>}.
   */
  static String safeName(String original, String type) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    name = name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_{2,}", "_").replaceAll("^[._]+", "");
    name = name.replaceAll("\\.+$", "");
    if (name.isEmpty()) {
      name = "piece-jointe";
    }
    if (!name.contains(".")) {
      name = name + "." + EXTENSIONS.get(type).stream().sorted().findFirst().orElseThrow();
    }
    if (name.length() > MAX_NAME) {
      String extension = extension(name);
      name = name.substring(0, MAX_NAME - extension.length() - 1) + "." + extension;
    }
    return name;
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
