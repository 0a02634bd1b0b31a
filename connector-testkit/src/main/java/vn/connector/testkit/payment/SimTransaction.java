package vn.connector.testkit.payment;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** One attempt the simulated platform knows, by MaThamChieu. Guarded by its own monitor. */
final class SimTransaction {

  enum State {
    PENDING("3"),
    PAID("1"),
    FAILED("4");

    final String code;

    State(String code) {
      this.code = code;
    }
  }

  final String reference;
  final long amount;
  final String dossier;
  final String description;
  final String initTime;
  final String initChecksum;
  final URI returnUrl;

  /** Non-null for an attempt started through PayGov, whose callback has another dialect. */
  final String payGovOrderId;

  final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
  private State state = State.PENDING;
  private String transactionId = "";
  private String bankCode = "";
  private String paidTime = "";
  private long paidAmount;
  private CountDownLatch delivered = new CountDownLatch(0);
  private Runnable late;

  SimTransaction(
      String reference,
      long amount,
      String dossier,
      String description,
      String initTime,
      String initChecksum,
      URI returnUrl,
      String payGovOrderId) {
    this.reference = reference;
    this.amount = amount;
    this.dossier = dossier;
    this.description = description;
    this.initTime = initTime;
    this.initChecksum = initChecksum;
    this.returnUrl = returnUrl;
    this.payGovOrderId = payGovOrderId;
  }

  synchronized void settle(
      State newState,
      String transactionId,
      String bankCode,
      String paidTime,
      long paidAmount,
      int copies) {
    this.state = newState;
    this.paidAmount = paidAmount;
    this.transactionId = transactionId;
    this.bankCode = bankCode;
    this.paidTime = paidTime;
    this.delivered = new CountDownLatch(copies);
  }

  synchronized State state() {
    return state;
  }

  synchronized String transactionId() {
    return transactionId;
  }

  synchronized String bankCode() {
    return bankCode;
  }

  /** What the platform holds as paid: the asked amount, unless a fault changed it. */
  synchronized long paidAmount() {
    return state == State.PENDING ? amount : paidAmount;
  }

  synchronized String paidTime() {
    return paidTime;
  }

  synchronized CountDownLatch delivered() {
    return delivered;
  }

  synchronized void holdLate(Runnable send) {
    this.late = send;
  }

  synchronized Runnable takeLate() {
    Runnable r = late;
    late = null;
    return r;
  }
}
