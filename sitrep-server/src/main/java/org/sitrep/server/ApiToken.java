package org.sitrep.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The bearer token that writes need: 32 random bytes in hex, generated at first start and stored in a
 * file only its owner can read or write (0600), so that another local user cannot ingest into the
 * database or read the token.
 */
public final class ApiToken {
  private final String value;

  private ApiToken(String value) {
    this.value = value;
  }

  /** The token file's default place: {@code $SITREP_CONFIG/token}, else {@code ~/.config/sitrep/token}. */
  public static Path defaultFile() {
    String dir = System.getenv("SITREP_CONFIG");
    return (dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".config", "sitrep"))
        .resolve("token");
  }

  /** Reads the token, creating it (and its directory) on first use. */
  public static ApiToken loadOrCreate(Path file) throws IOException {
    if (Files.exists(file)) {
      checkPrivate(file);
      String text = Files.readString(file).strip();
      if (text.length() < 32) {
        throw new IOException(file + " holds no usable token (fewer than 32 characters): delete it to make a new one");
      }
      return new ApiToken(text);
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String token = HexFormat.of().formatHex(random);
    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, token + "\n");
    return new ApiToken(token);
  }

  /**
   * A token others can read is no secret: refused, as ssh refuses such a private key, with the command
   * that fixes it (a file system without POSIX modes is taken as it is).
   */
  static void checkPrivate(Path file) throws IOException {
    java.util.Set<java.nio.file.attribute.PosixFilePermission> mode;
    try {
      mode = Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException e) {
      return;
    }
    java.util.Set<java.nio.file.attribute.PosixFilePermission> others = java.util.EnumSet.copyOf(mode);
    others.removeAll(java.util.EnumSet.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE, java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE));
    if (!others.isEmpty()) {
      throw new IOException(file + " is open to others (mode " + PosixFilePermissions.toString(mode)
          + "); a token must be private: chmod 600 " + file);
    }
  }

  /** Whether an Authorization header carries this token; compared in constant time. */
  public boolean accepts(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    return MessageDigest.isEqual(authorization.substring(7).strip().getBytes(), value.getBytes());
  }

  public String value() {
    return value;
  }
}
