package vn.connector.payment;

import java.net.URI;
import vn.connector.core.Answers;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpTransport;
import vn.connector.payment.internal.CallbackDialect;
import vn.connector.payment.internal.PayGovWire;
import vn.connector.payment.internal.PlatformAnswers;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentRequest;

/** The PayGov payment request over core's transport (LGSP auth comes with the transport). */
final class PayGovCalls {

  private final HttpTransport transport;
  private final PayGovProfile profile;
  private final String ip;

  PayGovCalls(HttpTransport transport, PayGovProfile profile, String ip) {
    this.transport = transport;
    this.profile = profile;
    this.ip = ip;
  }

  /** Idempotent for the same reason as INIT: requestCode is the attempt's unique key. */
  URI init(CallContext context, PaymentRequest request, PaymentReference reference) {
    byte[] body = PayGovWire.encode(profile.settings(), request, reference, ip);
    Call call =
        Call.builder(PlatformCalls.SYSTEM, "paygovPayment")
            .requestId(reference.value())
            .context(context)
            .idempotent(true)
            .build();
    return transport.call(
        call,
        HttpRequest.post(profile.endpoint()).body(body, PlatformCalls.JSON).build(),
        PlatformAnswers.PAYGOV,
        response -> PayGovWire.paymentUrl(Answers.json(response)));
  }

  CallbackDialect dialect() {
    return CallbackDialect.payGov(profile.secretKey().reveal());
  }
}
