package vn.connector.criminalrecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.connector.core.Answers;
import vn.connector.core.Secret;
import vn.connector.core.internal.Json;
import vn.connector.criminalrecord.internal.VneidWire;
import vn.connector.criminalrecord.model.ProcessingState;
import vn.connector.criminalrecord.model.VneidAnswer;
import vn.connector.criminalrecord.model.VneidDossier;

/**
 * Receives the dossiers VNeID pushes to the province ({@code POST …/LLTP/TaoHoSo?CodeGet=…});
 * framework-neutral: give it the {@code CodeGet} value and the raw body, write back the answer.
 *
 * <pre>{@code
 * VneidReceiver receiver = new VneidReceiver(inbox, Secret.of(System.getenv("LLTP_CODE_GET")));
 *
 * // in a servlet (Spring: a @PostMapping taking @RequestParam("CodeGet") and @RequestBody byte[])
 * protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
 *   VneidAnswer answer = receiver.handle(req.getParameter("CodeGet"), req.getInputStream().readNBytes(VneidReceiver.MAX_BODY_BYTES + 1));
 *   resp.setStatus(200);
 *   resp.setContentType(answer.contentType());
 *   resp.getOutputStream().write(answer.body());
 * }
 * }</pre>
 *
 * <p>Answers {@code {"statusCode":"00"}} when the dossier was stored, {@code
 * {"statusCode":"01","errorDetail":reason}} otherwise (the reason field is modelled): a wrong
 * {@code CodeGet} (compared in constant time), a body over {@link #MAX_BODY_BYTES}, not UTF-8, not
 * one JSON object, not VNeID's shape, or a dossier code already received that is not waiting for a
 * supplement (state 5). Immutable and thread-safe.
 */
public final class VneidReceiver {

  /** Attachments travel base64 inside the body: 20 MiB holds a dossier with its scans. */
  public static final int MAX_BODY_BYTES = 20 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(VneidReceiver.class);

  private final VneidInbox inbox;
  private final byte[] codeGet;

  public VneidReceiver(VneidInbox inbox, Secret codeGet) {
    this.inbox = Objects.requireNonNull(inbox, "inbox");
    this.codeGet =
        Objects.requireNonNull(codeGet, "codeGet").reveal().getBytes(StandardCharsets.UTF_8);
  }

  /** Handles one push; never throws (a null body aside). */
  public VneidAnswer handle(String codeGetParameter, byte[] body) {
    Objects.requireNonNull(body, "body");
    byte[] given =
        codeGetParameter == null ? new byte[0] : codeGetParameter.getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(codeGet, given)) {
      return refuse("CodeGet không hợp lệ (wrong CodeGet)");
    }
    VneidDossier dossier;
    try {
      JsonNode root = Answers.strictJson(body, MAX_BODY_BYTES);
      dossier = VneidWire.read(root);
    } catch (IllegalArgumentException e) {
      return refuse("Dữ liệu không hợp lệ: " + e.getMessage());
    }
    try {
      return store(dossier);
    } catch (RuntimeException e) {
      // The class only: the portal's exception may quote personal data.
      LOG.error(
          "VNeID dossier {} not stored ({}); answered 01",
          dossier.dossierCode(),
          e.getClass().getName());
      return refuse(
          "Cổng dịch vụ công chưa lưu được hồ sơ, vui lòng gửi lại (not stored, push again)");
    }
  }

  private VneidAnswer store(VneidDossier dossier) {
    Optional<ProcessingState> state = inbox.stateOf(dossier.dossierCode());
    if (state.isEmpty()) {
      return inbox.create(dossier) ? accept() : refuse(exists());
    }
    if (state.get() == ProcessingState.SUPPLEMENT_REQUESTED && inbox.supplement(dossier)) {
      return accept();
    }
    return refuse(exists());
  }

  private static String exists() {
    return "Hồ sơ đã tồn tại và không ở trạng thái chờ bổ sung (already received, not waiting for a supplement)";
  }

  private static VneidAnswer accept() {
    ObjectNode body = Json.mapper().createObjectNode().put("statusCode", "00");
    return new VneidAnswer(true, "", Json.write(body));
  }

  private static VneidAnswer refuse(String reason) {
    ObjectNode body =
        Json.mapper().createObjectNode().put("statusCode", "01").put("errorDetail", reason);
    return new VneidAnswer(false, reason, Json.write(body));
  }

  @Override
  public String toString() {
    return "VneidReceiver[" + inbox.getClass().getSimpleName() + "]";
  }
}
