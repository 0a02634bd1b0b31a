package vn.connector.testkit.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Pushes CONFIRM to the portal's callback URL and repeats it, like the platform, until the portal
 * answers "00" or the attempts run out.
 */
final class ConfirmSender implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ScheduledExecutorService scheduler =
      Executors.newScheduledThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "payment-simulator-confirm");
            t.setDaemon(true);
            return t;
          });
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String partnerCode;
  private final String secret;
  private final String payGovSecret;
  private volatile Duration retryDelay = Duration.ofMillis(50);
  private volatile int maxAttempts = 5;

  ConfirmSender(String partnerCode, String secret, String payGovSecret) {
    this.partnerCode = partnerCode;
    this.secret = secret;
    this.payGovSecret = payGovSecret;
  }

  void retryDelay(Duration delay) {
    this.retryDelay = delay;
  }

  void maxAttempts(int attempts) {
    this.maxAttempts = attempts;
  }

  /** Sends the CONFIRM of {@code tx} (already settled) with result {@code code}. */
  void send(SimTransaction tx, URI callback, String code, Set<ConfirmFault> faults) {
    String body = body(tx, code, faults);
    int copies = faults.contains(ConfirmFault.DUPLICATE) ? 2 : 1;
    Runnable go =
        () -> {
          for (int i = 0; i < copies; i++) {
            scheduler.execute(() -> attempt(tx, callback, body, 1));
          }
        };
    if (faults.contains(ConfirmFault.LATE)) {
      tx.holdLate(go);
    } else {
      go.run();
    }
  }

  private void attempt(SimTransaction tx, URI callback, String body, int n) {
    Delivery d = post(tx, callback, body, n);
    tx.deliveries.add(d);
    if (d.acknowledged() || n >= maxAttempts || scheduler.isShutdown()) {
      tx.delivered().countDown();
      return;
    }
    scheduler.schedule(
        () -> attempt(tx, callback, body, n + 1), retryDelay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private Delivery post(SimTransaction tx, URI callback, String body, int n) {
    String sent = read(body).path("MaXacThuc").asText();
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(callback)
                  .timeout(Duration.ofSeconds(5))
                  .header("Content-Type", "application/json; charset=utf-8")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode answer = read(r.body());
      return new Delivery(
          tx.reference,
          n,
          r.statusCode(),
          answer.path("MaLoi").asText(answer.path("error_code").asText("")),
          answer.path("MaXacThuc").asText(""),
          sent);
    } catch (IOException e) {
      return new Delivery(tx.reference, n, 0, "", "", sent);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Delivery(tx.reference, n, 0, "", "", sent);
    }
  }

  String body(SimTransaction tx, String code, Set<ConfirmFault> faults) {
    if (tx.payGovOrderId != null) {
      return payGovBody(tx, code, faults);
    }
    long amount = tx.paidAmount();
    String amountText = Long.toString(amount);
    String key = faults.contains(ConfirmFault.WRONG_CHECKSUM) ? secret + "-not-it" : secret;
    ObjectNode m = JSON.createObjectNode();
    m.put("LoaiBanTin", "CONFIRM");
    m.put("MaLoi", code);
    m.put("MaDoiTac", partnerCode);
    m.put("MaThamChieu", tx.reference);
    if (faults.contains(ConfirmFault.AMOUNT_AS_NUMBER)) {
      m.put("SoTien", amount);
    } else {
      m.put("SoTien", amountText);
    }
    m.put("MaTienTe", "VND");
    m.put("MaGiaoDich", tx.transactionId());
    m.put("MaNganHang", tx.bankCode());
    m.put("ThoiGianGD", tx.paidTime());
    m.put("ThongTinGiaoDich", tx.description);
    m.put("MaHoSo", tx.dossier);
    m.put(
        "MaXacThuc",
        SimSigning.maXacThuc(
            key,
            "CONFIRM",
            code,
            partnerCode,
            tx.reference,
            amountText,
            "VND",
            tx.transactionId(),
            tx.bankCode(),
            tx.paidTime(),
            tx.description));
    return m.toString();
  }

  /** The PayGov callback; its checksum is the contract's modelled one. */
  private String payGovBody(SimTransaction tx, String code, Set<ConfirmFault> faults) {
    long amount = tx.paidAmount();
    String key =
        faults.contains(ConfirmFault.WRONG_CHECKSUM) ? payGovSecret + "-not-it" : payGovSecret;
    ObjectNode m = JSON.createObjectNode();
    m.put("orderId", tx.payGovOrderId);
    if (faults.contains(ConfirmFault.AMOUNT_AS_NUMBER)) {
      m.put("amount", amount);
    } else {
      m.put("amount", Long.toString(amount));
    }
    m.put("orderInfo", tx.description);
    m.put("requestCode", tx.reference);
    m.put("transactionNo", tx.transactionId());
    m.put("payDate", tx.paidTime());
    m.put("paygate", tx.bankCode());
    m.put("errorCode", code);
    m.put("type", "PAY");
    m.put("transactionCode", "TC" + tx.transactionId());
    m.put(
        "checksum",
        SimSigning.sha256Hex(
            key + tx.payGovOrderId + tx.reference + tx.transactionId() + amount + code));
    return m.toString();
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text == null || text.isEmpty() ? "{}" : text);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
