package vn.connector.payment;

import java.net.URI;
import java.time.Clock;
import vn.connector.core.Answers;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.HttpTransport;
import vn.connector.core.ResponseException;
import vn.connector.core.Secret;
import vn.connector.payment.internal.BillWire;
import vn.connector.payment.internal.InitWire;
import vn.connector.payment.internal.PlatformAnswers;
import vn.connector.payment.internal.QueryWire;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentRequest;
import vn.connector.payment.model.PaymentStatus;
import vn.connector.payment.model.Receipt;

/**
 * The three platform calls over core's transport: each call is judged by {@link
 * PlatformAnswers#PLATFORM} inside the retry loop, the accepted answer read by the wire layer.
 */
final class PlatformCalls {

  static final String SYSTEM = "payment";
  static final String JSON = "application/json; charset=utf-8";

  private final HttpTransport transport;
  private final Endpoints endpoints;
  private final String partnerCode;
  private final Secret secret;
  private final Clock clock;
  private final String ip;

  record Endpoints(URI init, URI query, URI bill) {}

  PlatformCalls(
      HttpTransport transport,
      Endpoints endpoints,
      String partnerCode,
      Secret secret,
      Clock clock,
      String ip) {
    this.transport = transport;
    this.endpoints = endpoints;
    this.partnerCode = partnerCode;
    this.secret = secret;
    this.clock = clock;
    this.ip = ip;
  }

  /**
   * Sends INIT. The call is idempotent because the reference is the platform's idempotency key: the
   * transport's retries resend the very same bytes (same MaThamChieu, ThoiGianGD, MaXacThuc).
   */
  URI init(CallContext context, PaymentRequest request, PaymentReference reference) {
    byte[] body =
        InitWire.encode(request, reference, partnerCode, secret.reveal(), clock.instant(), ip);
    Call call =
        Call.builder(SYSTEM, "init")
            .requestId(reference.value())
            .context(context)
            .idempotent(true)
            .build();
    return transport.call(
        call,
        HttpRequest.post(endpoints.init()).body(body, JSON).build(),
        PlatformAnswers.PLATFORM,
        response -> InitWire.paymentUrl(Answers.json(response)));
  }

  PaymentStatus query(PaymentReference reference) {
    byte[] body =
        QueryWire.encode("QUERY", partnerCode, reference, secret.reveal(), clock.instant());
    Call call = Call.builder(SYSTEM, "query").idempotent(true).build();
    return transport.call(
        call,
        HttpRequest.post(endpoints.query()).body(body, JSON).build(),
        PlatformAnswers.PLATFORM,
        response -> QueryWire.status(reference, Answers.json(response)));
  }

  Receipt bill(CallContext context, PaymentReference reference) {
    byte[] body =
        QueryWire.encode("GET_BILL", partnerCode, reference, secret.reveal(), clock.instant());
    Call call = Call.builder(SYSTEM, "getBill").context(context).idempotent(true).build();
    return transport.call(
        call,
        HttpRequest.post(endpoints.bill()).body(body, JSON).build(),
        PlatformAnswers.PLATFORM,
        response -> receipt(call, response, reference));
  }

  private static Receipt receipt(Call call, HttpResponse response, PaymentReference reference) {
    // The table has refused every MaLoi that is not 00: what is left is a PDF or a bad answer.
    BillWire.Kind kind = BillWire.kind(response.contentType(), response.body());
    if (kind == BillWire.Kind.PDF) {
      return new Receipt(reference, response.body());
    }
    if (kind == BillWire.Kind.JSON) {
      throw new IllegalArgumentException("GET_BILL: MaLoi 00 but no PDF receipt");
    }
    throw new ResponseException(
        call,
        "GET_BILL answered neither a PDF nor JSON (" + response.contentType() + ")",
        response.status(),
        null);
  }
}
