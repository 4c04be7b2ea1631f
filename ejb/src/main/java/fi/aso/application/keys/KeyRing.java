package fi.aso.application.keys;

import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keys of one purpose (sealing, or keyed hashing): the current one, which makes everything new,
 * and retired ones, which only open or recognise what they made before. Each key has an id, stored
 * beside what it made, so that the right key is found and a rotation can tell what is left to do.
 *
 * <p>A key is written {@code <id>:<Base64 of 32 bytes>}; a key written without an id has the id
 * {@value #LEGACY}, which is also the id of everything made before keys had ids.
 */
public final class KeyRing {

  /** The id of a key given without one, and of data sealed or hashed before key ids. */
  public static final String LEGACY = "legacy";

  public static final int KEY_BYTES = 32;

  /** Short and plain: it is stored in every sealed value and in SQL comparisons. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

  private final String currentId;
  private final Map<String, byte[]> keys;

  private KeyRing(String currentId, Map<String, byte[]> keys) {
    this.currentId = currentId;
    this.keys = keys;
  }

  /**
   * The ring from a setting's current key and its retired keys (separated by commas or white
   * space). Every complaint names the setting, never a key.
   */
  public static KeyRing parse(
      String setting, String current, String retiredSetting, String retired) {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    String[] first = entry(setting, current.strip());
    keys.put(first[0], decode(setting, first));
    if (retired != null) {
      for (String written : retired.strip().split("[,\\s]+")) {
        if (written.isEmpty()) {
          continue;
        }
        String[] entry = entry(retiredSetting, written);
        byte[] key = decode(retiredSetting, entry);
        byte[] earlier = keys.putIfAbsent(entry[0], key);
        if (earlier != null && !Arrays.equals(earlier, key)) {
          throw new KeyProblem(
              retiredSetting, "names key '" + entry[0] + "' twice, with different keys");
        }
      }
    }
    return new KeyRing(first[0], keys);
  }

  /** One key, for a ring of its own (tests, and a key made for one process). */
  public static KeyRing of(String id, byte[] key) {
    if (!ID.matcher(id).matches() || key.length != KEY_BYTES) {
      throw new IllegalArgumentException("a key id of 1-32 letters, digits, . _ - and 32 bytes");
    }
    Map<String, byte[]> keys = new LinkedHashMap<>();
    keys.put(id, key.clone());
    return new KeyRing(id, keys);
  }

  /** This ring with another key as the current one, this ring's keys retired (tests). */
  public KeyRing rotatedTo(String id, byte[] key) {
    Map<String, byte[]> next = new LinkedHashMap<>(of(id, key).keys);
    keys.forEach(next::putIfAbsent);
    return new KeyRing(id, next);
  }

  public String currentId() {
    return currentId;
  }

  byte[] current() {
    return keys.get(currentId);
  }

  Optional<byte[]> find(String id) {
    return Optional.ofNullable(keys.get(id));
  }

  /** Every id, the current one first. */
  public List<String> ids() {
    return List.copyOf(keys.keySet());
  }

  private static String[] entry(String setting, String written) {
    int colon = written.indexOf(':');
    String id = colon < 0 ? LEGACY : written.substring(0, colon);
    if (!ID.matcher(id).matches()) {
      throw new KeyProblem(setting, "has a key id that is not 1-32 letters, digits, '.', '_', '-'");
    }
    return new String[] {id, written.substring(colon + 1)};
  }

  private static byte[] decode(String setting, String[] entry) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(entry[1]);
    } catch (IllegalArgumentException e) {
      throw new KeyProblem(setting, "key '" + entry[0] + "' is not Base64");
    }
    if (key.length != KEY_BYTES) {
      throw new KeyProblem(
          setting, "key '" + entry[0] + "' is " + key.length + " bytes, not " + KEY_BYTES);
    }
    return key;
  }
}
