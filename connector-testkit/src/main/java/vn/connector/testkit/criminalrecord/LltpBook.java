package vn.connector.testkit.criminalrecord;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The simulated ministry's dossiers: state, certificate, the result reports applied. */
final class LltpBook {

  /** The states a submitted dossier moves through when it advances: received, processing, done. */
  private static final List<Integer> LIFECYCLE = List.of(2, 4, 9);

  static final class Dossier {
    final String code;
    final String type;
    volatile int state;
    final List<String> reports = new CopyOnWriteArrayList<>();

    Dossier(String code, String type, int state) {
      this.code = code;
      this.type = type;
      this.state = state;
    }

    byte[] certificate() {
      return certificatePdf(code);
    }

    String number() {
      return code.substring(code.lastIndexOf('-') + 1) + "/LLTP";
    }
  }

  private final Map<String, Dossier> dossiers = new ConcurrentHashMap<>();

  /** Stores a new dossier in state 2; false when the code is known. */
  boolean submit(String code, String type) {
    return dossiers.putIfAbsent(code, new Dossier(code, type, 2)) == null;
  }

  Optional<Dossier> find(String code) {
    return Optional.ofNullable(dossiers.get(code));
  }

  /** Registers a VNeID-originated dossier the province will report on, in state 2. */
  void registerVneid(String code, String type) {
    dossiers.putIfAbsent(code, new Dossier(code, type, 2));
  }

  void setState(String code, int state) {
    dossier(code).state = state;
  }

  /** Moves the dossier one step on 2 → 4 → 9 → 10; stays at 10. */
  int advance(String code) {
    Dossier d = dossier(code);
    int at = LIFECYCLE.indexOf(d.state);
    d.state =
        at >= 0 && at + 1 < LIFECYCLE.size() ? LIFECYCLE.get(at + 1) : d.state == 9 ? 10 : d.state;
    return d.state;
  }

  void clear() {
    dossiers.clear();
  }

  private Dossier dossier(String code) {
    Dossier d = dossiers.get(code);
    if (d == null) {
      throw new IllegalArgumentException("code: no dossier " + code + " at the simulator");
    }
    return d;
  }

  /** A small, well-formed PDF naming the dossier, so that each certificate has its own digest. */
  static byte[] certificatePdf(String code) {
    String text =
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + "% Phieu ly lich tu phap cho ho so "
            + code
            + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
